import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../support/test-app";

const t = useTestApp();
type Who = "bureau" | "staffA" | "staffB" | "teacherA" | "teacherB" | "enterprise" | "studentA" | "studentA2" | "studentB";
const users = {} as Record<Who, number>;
type Record_ = { id: number; name: string; phone: string | null; birthDate: Date };
let own: Record_; // studentA's record at school A
let schoolA: number, schoolB: number, programA1: number, programA2: number, programB: number;

beforeAll(async () => {
  const { make } = t;
  schoolA = (await make.school()).id;
  schoolB = (await make.school()).id;
  const enterprise = await make.enterprise();
  const bureau = await make.bureau();
  programA1 = (await make.schoolProgram({ schoolId: schoolA })).id;
  programA2 = (await make.schoolProgram({ schoolId: schoolA })).id;
  programB = (await make.schoolProgram({ schoolId: schoolB })).id;

  const account = async (who: Who, role: Parameters<typeof make.user>[0]["role"], organisationId: number) =>
    (users[who] = (await make.user({ role, organisationId })).id);
  await account("bureau", "BUREAU_ADMIN", bureau.id);
  await account("staffA", "SCHOOL_STAFF", schoolA);
  await account("staffB", "SCHOOL_STAFF", schoolB);
  await account("teacherA", "TEACHER", schoolA);
  await account("teacherB", "TEACHER", schoolB);
  await account("enterprise", "ENTERPRISE_STAFF", enterprise.id);
  await account("studentA", "STUDENT", schoolA);
  await account("studentA2", "STUDENT", schoolA);
  await account("studentB", "STUDENT", schoolB);
  own = await make.student({ schoolId: schoolA, schoolProgramId: programA1, userId: users.studentA, cohortYear: 2023 });
  await make.student({ schoolId: schoolA, schoolProgramId: programA1, userId: users.studentA2, cohortYear: 2023 });
  await make.student({ schoolId: schoolB, schoolProgramId: programB, userId: users.studentB, cohortYear: 2023 });
  // 50 more at A in the 2022 cohort: 52 in all, so the roll runs to a second page.
  for (let i = 0; i < 50; i++) await make.student({ schoolId: schoolA, schoolProgramId: programA2, cohortYear: 2022 });
});

const as = (who: Who) => t.clientFor(users[who]);
const day = (date: Date) => date.toISOString().slice(0, 10);
const rows = (html: string) => html.match(/href="\/students\/\d+"/g)?.length ?? 0;

function expectPersonal(html: string, visible: boolean) {
  for (const fragment of [own.phone!, day(own.birthDate), "出生日期", "联系电话"]) {
    expect(html.includes(fragment), `${fragment} visible`).toBe(visible);
  }
}

describe("school roll /schools/:id/students", () => {
  // who → [status, personal data shown]: only the school's own office sees birth dates and phones
  // in the roll; the bureau and own teachers the roll without them (decision 6); everyone else nothing.
  it.each<[Who, number, boolean]>([
    ["bureau", 200, false],
    ["staffA", 200, true],
    ["teacherA", 200, false],
    ["staffB", 403, false],
    ["teacherB", 403, false],
    ["enterprise", 403, false],
    ["studentA", 403, false],
    ["studentB", 403, false],
  ])("%s → %i (personal data: %s)", async (who, status, personal) => {
    const response = await (await as(who)).get(`/schools/${schoolA}/students`);
    expect(response.status).toBe(status);
    const html = await response.text();
    expectPersonal(html, personal);
    expect(html.includes(`>${own.name}<`)).toBe(status === 200);
  });

  it("pages 50 students at a time", async () => {
    const staff = await as("staffA");
    expect(rows(await (await staff.get(`/schools/${schoolA}/students`)).text())).toBe(50);
    const second = await (await staff.get(`/schools/${schoolA}/students?page=2`)).text();
    expect(rows(second)).toBe(2);
    expect(second).toContain("第 2 / 2 页，共 52 条");
  });

  it("filters by cohort and program", async () => {
    const staff = await as("staffA");
    expect(rows(await (await staff.get(`/schools/${schoolA}/students?cohort=2023`)).text())).toBe(2);
    expect(rows(await (await staff.get(`/schools/${schoolA}/students?program=${programA1}`)).text())).toBe(2);
    expect(rows(await (await staff.get(`/schools/${schoolA}/students?cohort=2023&program=${programA2}`)).text())).toBe(0);
    // Another school's program id matches nothing here: the school scope always applies.
    expect(rows(await (await staff.get(`/schools/${schoolA}/students?program=${programB}`)).text())).toBe(0);
  });

  it.each(["?cohort=abc&program=-1", "?page=zzz&cohort=99999999999", "?program=1e309&cohort=2023.5", "?page=0"])(
    "bad query %s is ignored, never a 500",
    async (query) => {
      const response = await (await as("staffA")).get(`/schools/${schoolA}/students${query}`);
      expect(response.status).toBe(200);
      expect(rows(await response.text())).toBe(50);
    },
  );

  it("answers 404 for a school that does not exist", async () => {
    expect((await (await as("bureau")).get("/schools/999999/students")).status).toBe(404);
    expect((await (await as("staffA")).get("/schools/abc/students")).status).toBe(404);
  });
});

describe("student record /students/:id", () => {
  // One student's record: the bureau sees birth date and phone for casework (decision 6).
  it.each<[Who, number, boolean]>([
    ["bureau", 200, true],
    ["staffA", 200, true],
    ["teacherA", 200, false],
    ["studentA", 200, true], // the student themself
    // Those who may not see the record get 404, as for a missing student: existence is not probed (issue 8, item 9).
    ["studentA2", 404, false], // a classmate
    ["staffB", 404, false],
    ["teacherB", 404, false],
    ["enterprise", 404, false],
    ["studentB", 404, false],
  ])("%s → %i (personal data: %s)", async (who, status, personal) => {
    const response = await (await as(who)).get(`/students/${own.id}`);
    expect(response.status).toBe(status);
    const html = await response.text();
    expectPersonal(html, personal);
    expect(html.includes(`<h1>${own.name}</h1>`)).toBe(status === 200);
  });

  it.each(["/students/999999", "/students/abc", "/students/0"])("%s is 404", async (path) => {
    expect((await (await as("bureau")).get(path)).status).toBe(404);
  });
});

describe("not signed in", () => {
  it("both pages redirect to /login and come back afterwards", async () => {
    for (const path of [`/schools/${schoolA}/students`, `/students/${own.id}`]) {
      const response = await t.visitor().get(path);
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
    }
  });
});
