import { beforeAll, describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { classPath, COHORT, orderClassTables, useOrderClassWorld } from "./world";

// Each rule of order-class enrolment on both sides of its edge, over HTTP.

const o = useOrderClassWorld();
const { w } = o;
beforeAll(() => o.setup());

const FULL = "名额已满，不能再入班";

async function fill(classId: number, n: number) {
  for (let i = 0; i < n; i++) {
    const s = await w.student();
    await w.db.prisma.orderClassMember.create({ data: { orderClassId: classId, studentId: s.student.id, status: "ENROLLED" } });
  }
}
const enrolled = (classId: number) => w.db.prisma.orderClassMember.count({ where: { orderClassId: classId, status: "ENROLLED" } });

describe("seats: the last one is taken, the next is refused", () => {
  it("approving: with one seat left the approval holds it; with none it is refused in Chinese and nothing changes", async () => {
    const c = await o.orderClass({ capacity: 3 });
    await fill(c.id, 2);
    const [a, b] = [await w.student(), await w.student()];
    const ma = await w.db.prisma.orderClassMember.create({ data: { orderClassId: c.id, studentId: a.student.id, status: "REQUESTED" } });
    const mb = await w.db.prisma.orderClassMember.create({ data: { orderClassId: c.id, studentId: b.student.id, status: "REQUESTED" } });
    expect((await o.extra.office.post(classPath(c.id), { intent: "approve", memberId: String(ma.id) })).status).toBe(302);
    expect(await enrolled(c.id)).toBe(3);
    const before = await orderClassTables(w.db);
    const refused = await o.extra.office.post(classPath(c.id), { intent: "approve", memberId: String(mb.id) });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(FULL);
    expect(await orderClassTables(w.db)).toEqual(before);
  });

  it("enrolling directly: the same edge", async () => {
    const c = await o.orderClass({ capacity: 2 });
    await fill(c.id, 1);
    const [a, b] = [await w.student(), await w.student()];
    expect((await o.extra.office.post(classPath(c.id), { intent: "enrol", studentId: String(a.student.id) })).status).toBe(302);
    const refused = await o.extra.office.post(classPath(c.id), { intent: "enrol", studentId: String(b.student.id) });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(FULL);
    expect(await enrolled(c.id)).toBe(2);
  });

  it("a withdrawal frees a seat; requests, declines and withdrawals hold none", async () => {
    const c = await o.orderClass({ capacity: 1 });
    const [a, b, d] = [await w.student(), await w.student(), await w.student()];
    await w.db.prisma.orderClassMember.create({ data: { orderClassId: c.id, studentId: d.student.id, status: "DECLINED" } });
    expect((await o.extra.office.post(classPath(c.id), { intent: "enrol", studentId: String(a.student.id) })).status).toBe(302);
    expect((await o.extra.office.post(classPath(c.id), { intent: "enrol", studentId: String(b.student.id) })).status).toBe(400);
    expect((await a.client.post(classPath(c.id), { intent: "withdraw", confirm: "yes" })).status).toBe(302);
    expect((await o.extra.office.post(classPath(c.id), { intent: "enrol", studentId: String(b.student.id) })).status).toBe(302);
    expect(await enrolled(c.id)).toBe(1);
  });

  it("the page shows seats used and left", async () => {
    const c = await o.orderClass({ capacity: 5 });
    await fill(c.id, 2);
    const html = await (await o.extra.office.get(classPath(c.id))).text();
    expect(html).toMatch(/data-testid="seats-used">2</);
    expect(html).toMatch(/data-testid="seats-left">3</);
  });
});

describe("who may join: the class's own school, program and cohort", () => {
  it("the right student asks (302); one of another program, another cohort or another school cannot see the class (404)", async () => {
    const c = await o.orderClass();
    const right = await w.student();
    expect((await right.client.post(classPath(c.id), { intent: "ask" })).status).toBe(302);
    const otherProgram = await w.make.schoolProgram({ schoolId: w.school.id });
    const wrongProgram = await w.student({ schoolProgramId: otherProgram.id });
    const wrongCohort = await w.student({ cohortYear: COHORT - 1 });
    const otherSchool = await w.student({ schoolId: (await w.make.school()).id });
    const before = await orderClassTables(w.db);
    for (const s of [wrongProgram, wrongCohort, otherSchool]) {
      expect((await s.client.post(classPath(c.id), { intent: "ask" })).status).toBe(404);
      expect((await s.client.get(classPath(c.id))).status).toBe(404);
    }
    expect(await orderClassTables(w.db)).toEqual(before);
  });

  it("the office cannot enrol a student of another program, cohort or school; nor one who has left", async () => {
    const c = await o.orderClass();
    const otherProgram = await w.make.schoolProgram({ schoolId: w.school.id });
    const refused = [
      (await w.student({ schoolProgramId: otherProgram.id })).student.id,
      (await w.student({ cohortYear: COHORT + 1 })).student.id,
      (await w.student({ schoolId: (await w.make.school()).id })).student.id,
    ];
    const left = await w.student();
    await w.db.prisma.student.update({ where: { id: left.student.id }, data: { status: "WITHDRAWN" } });
    refused.push(left.student.id);
    const before = await orderClassTables(w.db);
    for (const studentId of refused) {
      const response = await o.extra.office.post(classPath(c.id), { intent: "enrol", studentId: String(studentId) });
      expect(response.status).toBe(400);
    }
    expect(await orderClassTables(w.db)).toEqual(before);
  });

  it("no request and no seat once the agreement has ended; while in force, both", async () => {
    const ended = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, kind: "APPRENTICESHIP", endsOn: dayFromToday(-1) });
    const lastDay = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, kind: "APPRENTICESHIP", endsOn: dayFromToday(0) });
    const base = { schoolId: w.school.id, enterpriseId: w.enterprise.id, schoolProgramId: w.offering.id, cohortYear: COHORT };
    const over = await w.make.orderClass({ ...base, agreementId: ended.id });
    const today = await w.make.orderClass({ ...base, agreementId: lastDay.id });
    const s = await w.student();
    const refused = await s.client.post(classPath(over.id), { intent: "ask" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("合作协议已不在有效期内");
    expect((await o.extra.office.post(classPath(over.id), { intent: "enrol", studentId: String(s.student.id) })).status).toBe(400);
    expect((await s.client.post(classPath(today.id), { intent: "ask" })).status).toBe(302);
  });
});

describe("opening a class", () => {
  const form = (overrides: Record<string, string> = {}) => ({
    agreementId: String(o.extra.agreementId),
    name: "西贝喜悦班",
    schoolProgramId: String(w.offering.id),
    cohortYear: String(COHORT),
    capacity: "30",
    mentors: "王师傅\n李师傅\n\n王师傅",
    curriculumHours: "320",
    hiringCommitment: "考核合格者全部录用",
    ...overrides,
  });

  it("the office opens one under its apprenticeship agreement: a 现代学徒制班 with the mentors, hours and commitment", async () => {
    const response = await o.extra.office.post("/order-classes/new", form());
    expect(response.status).toBe(302);
    const id = Number(/\/order-classes\/(\d+)$/.exec(response.headers.get("location")!)![1]);
    const c = await w.db.prisma.orderClass.findUniqueOrThrow({ where: { id } });
    expect(c).toMatchObject({
      kind: "MODERN_APPRENTICESHIP",
      schoolId: w.school.id,
      enterpriseId: w.enterprise.id,
      capacity: 30,
      mentors: ["王师傅", "李师傅"],
      curriculumHours: 320,
      hiringCommitment: "考核合格者全部录用",
    });
  });

  it("refuses another school's agreement, one not in force, a 一般合作 agreement and a program the school does not offer", async () => {
    const otherSchools = await w.make.agreement({ enterpriseId: w.enterprise.id, kind: "ORDER_CLASS" });
    const proposed = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, kind: "ORDER_CLASS", status: "PROPOSED" });
    const future = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, kind: "ORDER_CLASS", startsOn: dayFromToday(1) });
    const general = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, kind: "COOPERATION" });
    const foreignProgram = await w.make.schoolProgram({ schoolId: (await w.make.school()).id });
    const before = await orderClassTables(w.db);
    for (const [overrides, message] of [
      [{ agreementId: String(otherSchools.id) }, "请选择本校正在生效的合作协议"],
      [{ agreementId: String(proposed.id) }, "请选择本校正在生效的合作协议"],
      [{ agreementId: String(future.id) }, "请选择本校正在生效的合作协议"],
      [{ agreementId: String(general.id) }, "只有订单班或学徒培养协议可以开设班级"],
      [{ schoolProgramId: String(foreignProgram.id) }, "请选择本校开设的专业"],
    ] as const) {
      const response = await o.extra.office.post("/order-classes/new", form(overrides));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
    }
    expect(await orderClassTables(w.db)).toEqual(before);
  });

  it("an order-class agreement opens a 订单班", async () => {
    const a = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, kind: "ORDER_CLASS" });
    const response = await o.extra.office.post("/order-classes/new", form({ agreementId: String(a.id), name: "西贝工匠班" }));
    const id = Number(/(\d+)$/.exec(response.headers.get("location")!)![1]);
    expect((await w.db.prisma.orderClass.findUniqueOrThrow({ where: { id } })).kind).toBe("ORDER_CLASS");
  });

  it("only the school's office opens classes (403 for teachers, enterprises, students, the bureau)", async () => {
    const bureau = await w.make.bureau();
    const bureauClient = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: bureau.id })).id);
    const student = await w.student();
    const before = await orderClassTables(w.db);
    for (const client of [o.extra.teacher, w.staff, student.client, bureauClient]) {
      expect((await client.post("/order-classes/new", form())).status).toBe(403);
      expect((await client.get("/order-classes/new")).status).toBe(403);
    }
    expect(await orderClassTables(w.db)).toEqual(before);
  });
});

describe("apprentices: a named mentor of the class and the tripartite contract flag", () => {
  it("the office names one of the class's mentors and ticks the contract; a name not among them is refused", async () => {
    const c = await o.orderClass({ mentors: ["王师傅", "李师傅"] });
    const s = await w.student();
    const m = await w.db.prisma.orderClassMember.create({ data: { orderClassId: c.id, studentId: s.student.id, status: "ENROLLED" } });
    const ok = await o.extra.office.post(classPath(c.id), { intent: "apprentice", memberId: String(m.id), mentorName: "李师傅", apprenticeContract: "on" });
    expect(ok.status).toBe(302);
    expect(await w.db.prisma.orderClassMember.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ mentorName: "李师傅", apprenticeContract: true });
    const refused = await o.extra.office.post(classPath(c.id), { intent: "apprentice", memberId: String(m.id), mentorName: "张师傅" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("请从本班企业师傅中选择");
  });

  it("an order-class (not an apprenticeship) and a member not enrolled take no apprentice record", async () => {
    const c = await o.orderClass({ kind: "ORDER_CLASS" });
    const s = await w.student();
    const m = await w.db.prisma.orderClassMember.create({ data: { orderClassId: c.id, studentId: s.student.id, status: "ENROLLED" } });
    expect((await o.extra.office.post(classPath(c.id), { intent: "apprentice", memberId: String(m.id), mentorName: "王师傅" })).status).toBe(400);
    const a = await o.orderClass();
    const r = await w.db.prisma.orderClassMember.create({ data: { orderClassId: a.id, studentId: s.student.id, status: "REQUESTED" } });
    expect((await o.extra.office.post(classPath(a.id), { intent: "apprentice", memberId: String(r.id), mentorName: "王师傅" })).status).toBe(400);
  });

  it("the enterprise edits its mentors and commitment; the school's office may not (403)", async () => {
    const c = await o.orderClass();
    expect((await w.staff.post(classPath(c.id), { intent: "terms", mentors: "赵师傅\n钱师傅", hiringCommitment: "择优录用" })).status).toBe(302);
    expect(await w.db.prisma.orderClass.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ mentors: ["赵师傅", "钱师傅"], hiringCommitment: "择优录用" });
    expect((await o.extra.office.post(classPath(c.id), { intent: "terms", mentors: "孙师傅" })).status).toBe(403);
  });
});
