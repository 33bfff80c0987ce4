import { beforeAll, describe, expect, it } from "vitest";
import { loadWorld, partnershipDashboard } from "~/features/partnership-dashboard/dashboard.server";
import { figureRecords } from "~/features/partnership-dashboard/figures";
import { useTestApp } from "../support/test-app";

// "Activity under a pair" read from the database (decision 0015), on both sides of the 12-month edge:
// on 2026-06-15 the window opens on 2025-06-15. For each kind of activity one pair has it on that
// first day (active) and another pair only the day before (idle); records that do not count (a
// proposed teacher practice, a cancelled fair, a booth not approved, another school's application, a
// booth at a fair open to every school that met none of the school's students)
// leave their pair idle. Each pair has one agreement in force since 2024-01-01.

const t = useTestApp();
const TODAY = "2026-06-15";
const IN = "2025-06-15";
const OUT = "2025-06-14";
/** 09:00 in Hohhot on `day`. */
const morning = (day: string) => new Date(`${day}T01:00:00Z`);

type Pair = { schoolId: number; enterpriseId: number; agreementId: number };
const pairs: Record<string, Pair> = {};
let schoolA: number;

async function pair(name: string, schoolId?: number): Promise<Pair> {
  const s = schoolId ?? (await t.make.school()).id;
  const e = (await t.make.enterprise()).id;
  const a = await t.make.agreement({ schoolId: s, enterpriseId: e, startsOn: "2024-01-01" });
  return (pairs[name] = { schoolId: s, enterpriseId: e, agreementId: a.id });
}

beforeAll(async () => {
  const m = t.make;
  schoolA = (await m.school()).id;
  for (const [name, last] of [["orderClass-in", IN], ["orderClass-out", OUT]] as const) {
    const p = await pair(name, schoolA);
    await m.orderClass({ schoolId: p.schoolId, enterpriseId: p.enterpriseId, startsOn: "2023-09-01", endsOn: last });
  }
  for (const [name, last] of [["placement-in", IN], ["placement-out", OUT]] as const) {
    const p = await pair(name);
    await m.internshipPlacement({ schoolId: p.schoolId, enterpriseId: p.enterpriseId, startsOn: "2025-03-01", endsOn: last, status: "COMPLETED" });
  }
  // An application sent at 00:30 on 15 June in Hohhot (16:30 UTC the day before) is in; 23:30 on 14 June is out.
  for (const [name, at] of [["position-in", "2025-06-14T16:30:00Z"], ["position-out", "2025-06-14T15:30:00Z"]] as const) {
    const p = await pair(name);
    const student = await m.student({ schoolId: p.schoolId });
    const position = await m.position({ enterpriseId: p.enterpriseId });
    await m.application({ studentId: student.id, positionId: position.id, createdAt: new Date(at) });
  }
  {
    // A student of another school applied: not under this pair.
    const p = await pair("position-other-school");
    const position = await m.position({ enterpriseId: p.enterpriseId });
    await m.application({ studentId: (await m.student()).id, positionId: position.id, createdAt: new Date("2026-05-01T02:00:00Z") });
  }
  for (const [name, day] of [["fairBooth-in", IN], ["fairBooth-out", OUT]] as const) {
    const p = await pair(name);
    const fair = await m.jobFair({ organiserId: p.schoolId, status: "CLOSED", startsAt: morning(day), endsAt: new Date(morning(day).getTime() + 8 * 3_600_000) });
    await m.fairBooth({ fairId: fair.id, enterpriseId: p.enterpriseId, approved: true });
  }
  {
    // A bureau fair open to every school: the booth alone is not under the pair; a lead of the school's student is.
    const bureau = await m.bureau();
    const fair = await m.jobFair({ organiserId: bureau.id, status: "CLOSED", allSchools: true, startsAt: morning("2026-04-01"), endsAt: morning("2026-04-02") });
    const alone = await pair("fairBooth-bureau-fair-no-lead");
    await m.fairBooth({ fairId: fair.id, enterpriseId: alone.enterpriseId, approved: true });
    const met = await pair("fairBooth-bureau-fair-lead");
    const booth = await m.fairBooth({ fairId: fair.id, enterpriseId: met.enterpriseId, approved: true });
    const student = await m.student({ schoolId: met.schoolId });
    await m.fairLead({ fairId: fair.id, boothId: booth.id, studentId: student.id });
    // A lead of another school's student ties the booth to that school, not to this pair's.
    const other = await pair("fairBooth-bureau-fair-other-school-lead");
    const otherBooth = await m.fairBooth({ fairId: fair.id, enterpriseId: other.enterpriseId, approved: true });
    await m.fairLead({ fairId: fair.id, boothId: otherBooth.id, studentId: (await m.student()).id });
  }
  {
    const p = await pair("fairBooth-cancelled-or-refused");
    const cancelled = await m.jobFair({ organiserId: p.schoolId, status: "CANCELLED", startsAt: morning("2026-04-01"), endsAt: morning("2026-04-02") });
    await m.fairBooth({ fairId: cancelled.id, enterpriseId: p.enterpriseId, approved: true });
    const held = await m.jobFair({ organiserId: p.schoolId, status: "CLOSED", startsAt: morning("2026-05-01"), endsAt: morning("2026-05-02") });
    await m.fairBooth({ fairId: held.id, enterpriseId: p.enterpriseId, status: "REFUSED" });
  }
  for (const [name, last] of [["teacherPractice-in", IN], ["teacherPractice-out", OUT]] as const) {
    const p = await pair(name);
    const teacher = await m.teacher({ schoolId: p.schoolId });
    await m.teacherPlacement({ teacherId: teacher.id, hostEnterpriseId: p.enterpriseId, trainingBaseId: null, status: "COMPLETED", startsOn: "2025-05-01", endsOn: last });
  }
  {
    const p = await pair("teacherPractice-proposed");
    const teacher = await m.teacher({ schoolId: p.schoolId });
    await m.teacherPlacement({ teacherId: teacher.id, hostEnterpriseId: p.enterpriseId, trainingBaseId: null, status: "PROPOSED", startsOn: "2026-05-01", endsOn: "2026-06-01" });
  }
});

const EXPECTED_IDLE = [
  "orderClass-out",
  "placement-out",
  "position-out",
  "position-other-school",
  "fairBooth-out",
  "fairBooth-cancelled-or-refused",
  "fairBooth-bureau-fair-no-lead",
  "fairBooth-bureau-fair-other-school-lead",
  "teacherPractice-out",
  "teacherPractice-proposed",
].sort();

describe("agreements with no activity in 12 months, read from the records", () => {
  it("each kind of activity keeps its pair's agreement off the list on the window's first day, not the day before", async () => {
    const w = await loadWorld({ schoolId: null }, TODAY);
    const idleIds = new Set(figureRecords(w, "idle").list.map((a) => ("id" in a ? a.id : 0)));
    const idle = Object.entries(pairs)
      .filter(([, p]) => idleIds.has(p.agreementId))
      .map(([name]) => name)
      .sort();
    expect(idle).toEqual(EXPECTED_IDLE);
  });

  it("a school's own dashboard counts its own pairs only", async () => {
    const own = await partnershipDashboard({ schoolId: schoolA }, TODAY);
    expect(own.totals).toMatchObject({ agreements: 2, inForce: 2, pairs: 2, idle: 1, enterprises: 2 });
  });
});
