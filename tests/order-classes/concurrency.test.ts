import { beforeAll, expect, it } from "vitest";
import { describeOnPostgres } from "../support/postgres-only";
import { classPath, COHORT, useOrderClassWorld } from "./world";

// Seats under 50 simultaneous requests, on a real PostgreSQL server with a connection pool (PGlite is
// one connection: the race would be serialised before it starts). Run with
// bash scripts/with-postgres.sh npx vitest run tests/order-classes/concurrency.test.ts

const CAPACITY = 40;
const LEFT = 3;
const RIVALS = 50;

describeOnPostgres("order-class seats under concurrency (skipped on PGlite: one connection cannot race)", () => {
  const o = useOrderClassWorld();
  const { w } = o;
  beforeAll(() => o.setup());

  const newStudent = () => w.make.student({ schoolId: w.school.id, schoolProgramId: w.offering.id, cohortYear: COHORT });
  async function classWithSeatsLeft() {
    const c = await o.orderClass({ capacity: CAPACITY });
    for (let i = 0; i < CAPACITY - LEFT; i++) {
      await w.db.prisma.orderClassMember.create({ data: { orderClassId: c.id, studentId: (await newStudent()).id, status: "ENROLLED" } });
    }
    return c;
  }
  const enrolled = (id: number) => w.db.prisma.orderClassMember.count({ where: { orderClassId: id, status: "ENROLLED" } });

  it(`${RIVALS} approvals at once for the last ${LEFT} seats: exactly ${LEFT} enrolled, the rest told the class is full`, async () => {
    const c = await classWithSeatsLeft();
    const requests = [];
    for (let i = 0; i < RIVALS; i++) {
      requests.push(await w.db.prisma.orderClassMember.create({ data: { orderClassId: c.id, studentId: (await newStudent()).id, status: "REQUESTED" } }));
    }
    const responses = await Promise.all(requests.map((m) => o.extra.office.post(classPath(c.id), { intent: "approve", memberId: String(m.id) })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 302)).toHaveLength(LEFT);
    expect(statuses.filter((s) => s === 400)).toHaveLength(RIVALS - LEFT);
    for (const r of responses.filter((r) => r.status === 400)) expect(await r.text()).toContain("名额已满，不能再入班");
    expect(await enrolled(c.id)).toBe(CAPACITY);
  });

  it(`${RIVALS} direct enrolments at once for the last ${LEFT} seats: exactly ${LEFT}`, async () => {
    const c = await classWithSeatsLeft();
    const students = [];
    for (let i = 0; i < RIVALS; i++) students.push(await newStudent());
    const responses = await Promise.all(students.map((s) => o.extra.office.post(classPath(c.id), { intent: "enrol", studentId: String(s.id) })));
    expect(responses.filter((r) => r.status === 302)).toHaveLength(LEFT);
    expect(responses.filter((r) => r.status === 400)).toHaveLength(RIVALS - LEFT);
    expect(await enrolled(c.id)).toBe(CAPACITY);
  });

  it("a student's double tap on 报名 makes one request", async () => {
    const c = await o.orderClass();
    const s = await w.student();
    const responses = await Promise.all([s.client.post(classPath(c.id), { intent: "ask" }), s.client.post(classPath(c.id), { intent: "ask" })]);
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
    expect(await w.db.prisma.orderClassMember.count({ where: { orderClassId: c.id, studentId: s.student.id } })).toBe(1);
  });
});
