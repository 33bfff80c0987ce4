import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { classPath, COHORT, useOrderClassWorld } from "./world";

// Role × organisation for an order-class and its members: who reads the class (another organisation:
// 404), who sees member names, who sees their birth dates and phones (the school's own office only).

const o = useOrderClassWorld();
const { w } = o;
let classId: number;
let member: { name: string; phone: string | null; birthDate: Date; studentNumber: string | null };
const clients = {} as Record<string, Client>;

beforeAll(async () => {
  await o.setup();
  classId = (await o.orderClass()).id;
  const s = await w.student();
  member = s.student;
  await w.db.prisma.orderClassMember.create({ data: { orderClassId: classId, studentId: s.student.id, status: "ENROLLED" } });
  const otherSchool = await w.make.school();
  const otherEnterprise = await w.make.enterprise();
  const bureau = await w.make.bureau();
  const userOf = async (role: "SCHOOL_STAFF" | "TEACHER" | "ENTERPRISE_STAFF" | "BUREAU_ADMIN", organisationId: number) =>
    w.clientFor((await w.make.user({ role, organisationId })).id);
  const otherProgram = await w.make.schoolProgram({ schoolId: w.school.id });
  Object.assign(clients, {
    office: o.extra.office,
    teacher: o.extra.teacher,
    enterprise: w.staff,
    bureau: await userOf("BUREAU_ADMIN", bureau.id),
    member: s.client,
    classmate: (await w.student()).client, // same school, program and cohort: the class is open to them
    otherProgram: (await w.student({ schoolProgramId: otherProgram.id })).client,
    otherCohort: (await w.student({ cohortYear: COHORT - 1 })).client,
    otherSchoolOffice: await userOf("SCHOOL_STAFF", otherSchool.id),
    otherSchoolTeacher: await userOf("TEACHER", otherSchool.id),
    otherEnterprise: await userOf("ENTERPRISE_STAFF", otherEnterprise.id),
    otherSchoolStudent: (await w.student({ schoolId: otherSchool.id })).client,
  });
});

const day = (d: Date) => d.toISOString().slice(0, 10);

// [who, reads the class, sees member names, sees personal data]
const MATRIX: Array<[string, number, boolean, boolean]> = [
  ["office", 200, true, true],
  ["teacher", 200, true, false],
  ["enterprise", 200, true, false],
  ["bureau", 200, true, false],
  ["member", 200, false, false],
  ["classmate", 200, false, false],
  ["otherProgram", 404, false, false],
  ["otherCohort", 404, false, false],
  ["otherSchoolOffice", 404, false, false],
  ["otherSchoolTeacher", 404, false, false],
  ["otherEnterprise", 404, false, false],
  ["otherSchoolStudent", 404, false, false],
];

describe("the class page", () => {
  it.each(MATRIX)("%s: %s", async (who, status, names, personal) => {
    const response = await clients[who]!.get(classPath(classId));
    expect(response.status).toBe(status);
    const html = await response.text();
    if (status === 404) {
      expect(html).not.toContain(member.name);
      return;
    }
    expect(html.includes(`>${member.name}<`)).toBe(names);
    expect(html.includes(member.phone!)).toBe(personal);
    expect(html.includes(day(member.birthDate))).toBe(personal);
  });

  it.each(MATRIX.filter(([, status]) => status === 404))("%s: posting to it is 404 as well, for every intent", async (who) => {
    for (const intent of ["ask", "withdraw", "approve", "terms"]) {
      expect((await clients[who]!.post(classPath(classId), { intent, memberId: "1", confirm: "yes" })).status).toBe(404);
    }
  });

  it("a class that does not exist is 404 like another organisation's", async () => {
    expect((await clients.office!.get(classPath(2_147_483_647))).status).toBe(404);
    expect((await clients.office!.get("/order-classes/abc")).status).toBe(404);
  });
});

describe("the list", () => {
  it.each(MATRIX)("%s: the class is listed when the page may be read (%s)", async (who, status) => {
    const html = await (await clients[who]!.get("/order-classes")).text();
    expect(html.includes(`data-row-id="${classId}"`)).toBe(status === 200);
  });

  it("filters through the URL: kind and cohort", async () => {
    const orderClass = await o.orderClass({ kind: "ORDER_CLASS" });
    const other = await w.make.orderClass({ schoolId: w.school.id, enterpriseId: w.enterprise.id, cohortYear: COHORT - 1 });
    const rows = async (query: string) => [...(await (await clients.office!.get(`/order-classes${query}`)).text()).matchAll(/data-row-id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(await rows("?kind=ORDER_CLASS")).toEqual(expect.arrayContaining([orderClass.id, other.id]));
    expect(await rows("?kind=ORDER_CLASS")).not.toContain(classId);
    expect(await rows("?kind=MODERN_APPRENTICESHIP")).toContain(classId);
    expect(await rows(`?cohort=${COHORT - 1}`)).toEqual([other.id]);
    expect(await rows("?kind=nonsense&cohort=abc")).toEqual(expect.arrayContaining([classId, orderClass.id, other.id]));
    expect(await rows(`?school=${w.school.id}&enterprise=${w.enterprise.id}&kind=MODERN_APPRENTICESHIP`)).toContain(classId);
  });

  it("a student sees their own status beside the class", async () => {
    const html = await (await clients.member!.get("/order-classes")).text();
    expect(html).toContain("已入班");
    expect(await (await clients.classmate!.get("/order-classes")).text()).toContain("可报名");
  });
});
