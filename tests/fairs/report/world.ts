import type { ApplicationStatus } from "~/generated/prisma/client";
import type { TestAppHandle } from "../../support/test-app";

// The report suites' fair, made with the factories, every record placed so that each figure's
// expected value can be counted by hand (EXPECTED below, with the reason beside each number).
//
// The fair: CLOSED, organised by school A, open to schools A and B, ended at END (17:00 Hohhot on 2026-05-20).
// Programs: P1 and P2 in cluster C1; P3 in no cluster (其他). School A offers P1 and P3, school B offers P2.
//
// Booths (E = enterprise):          status     arrived  leads   positions (headcount)
//   E1                              APPROVED   yes      2       3, 5
//   E2                              APPROVED   no       1       2
//   E3                              APPROVED   no       0       4
//   E4                              REQUESTED  —        0       10
//   E5 REFUSED, E6 WITHDRAWN        —          —        0       1 each
// Registrations:  s1 A/P1 checked in · s2 A/P1 · s3 A/P1 cancelled after checking in · s4 A/P3 checked in
//                 s5 B/P2 checked in · s6 B/P2 cancelled once, registered again (cancelledAt cleared) · s7 B/P2 cancelled
// Applications with fairId (times after END):
//   a1 OFFER at +30 d exactly · a2 OFFER at +30 d +1 ms · a3 offer +10 d, ACCEPTED at +90 d exactly
//   a4 offer +40 d, ACCEPTED at +90 d +1 ms · a5 SUBMITTED · a6 offer +1 d, ACCEPTED +1 d · a7 DECLINED after an offer at +95 d
//   and one application without fairId (offer at +1 d): not the fair's.
// Leads: s1 at E2 PENDING · s2 at E1 CONFIRMED · s4 at E1 DISMISSED.
// Another fair of the same organiser has an approved arrived booth, a checked-in registration, an
// application and a lead: none of them counts here.

export const END = new Date("2026-05-20T09:00:00Z");
const DAY = 86_400_000;
const after = (ms: number) => new Date(END.getTime() + ms);

export const EXPECTED = {
  enterprisesRegistered: 3, // E1, E2, E3 (E4 requested, E5 refused, E6 withdrawn)
  enterprisesAttending: 2, // E1 arrived, E2 recorded a lead; E3 neither
  positionsOffered: 4, // E1's two, E2's one, E3's one
  headcountOffered: 14, // 3 + 5 + 2 + 4
  studentsRegistered: 5, // s1 s2 s4 s5 s6 (s3 and s7 cancelled)
  studentsCheckedIn: 3, // s1 s4 s5 (s3 checked in but cancelled)
  applications: 7, // a1…a7
  leads: 3,
  leadsPending: 1,
  leadsConfirmed: 1,
  leadsDismissed: 1,
  offered30: 3, // a1 (at the edge), a3 (+10 d), a6 (+1 d); a2 one ms late
  hired30: 1, // a6
  offered90: 5, // a1 a2 a3 a4 a6; a7's offer at +95 d is late
  hired90: 2, // a3 (at the edge), a6; a4 one ms late
} as const;

export type ReportWorld = Awaited<ReturnType<typeof makeReportWorld>>;

export async function makeReportWorld(t: TestAppHandle) {
  const m = t.make;
  const c1 = await m.cluster();
  const [p1, p2, p3] = [await m.program({ clusterId: c1.id }), await m.program({ clusterId: c1.id }), await m.program()];
  const schoolA = await m.school();
  const schoolB = await m.school();
  const offering = async (schoolId: number, programId: number) => (await m.schoolProgram({ schoolId, programId })).id;
  const [a1, a3, b2] = [await offering(schoolA.id, p1.id), await offering(schoolA.id, p3.id), await offering(schoolB.id, p2.id)];
  const fair = await m.jobFair({
    organiserId: schoolA.id,
    schoolIds: [schoolA.id, schoolB.id],
    status: "CLOSED",
    startsAt: new Date(END.getTime() - 8 * 3_600_000),
    endsAt: END,
    enterpriseRegistrationOpensAt: after(-30 * DAY),
    enterpriseRegistrationClosesAt: after(-DAY),
    studentRegistrationOpensAt: after(-30 * DAY),
    studentRegistrationClosesAt: after(-DAY),
  });

  const enterprises = [] as Array<{ id: number }>;
  for (let i = 0; i < 6; i++) enterprises.push(await m.enterprise());
  const [e1, e2, e3, e4, e5, e6] = enterprises as [{ id: number }, { id: number }, { id: number }, { id: number }, { id: number }, { id: number }];
  const positions = async (enterpriseId: number, headcounts: number[]) => {
    const ids: number[] = [];
    for (const headcount of headcounts) ids.push((await m.position({ enterpriseId, headcount })).id);
    return ids;
  };
  const booth1 = await m.fairBooth({ fairId: fair.id, enterpriseId: e1.id, approved: true, arrivedAt: after(-7 * 3_600_000), positionIds: await positions(e1.id, [3, 5]) });
  const booth2 = await m.fairBooth({ fairId: fair.id, enterpriseId: e2.id, approved: true, positionIds: await positions(e2.id, [2]) });
  await m.fairBooth({ fairId: fair.id, enterpriseId: e3.id, approved: true, positionIds: await positions(e3.id, [4]) });
  await m.fairBooth({ fairId: fair.id, enterpriseId: e4.id, positionIds: await positions(e4.id, [10]) });
  await m.fairBooth({ fairId: fair.id, enterpriseId: e5.id, status: "REFUSED", refusalReason: "不符合要求", positionIds: await positions(e5.id, [1]) });
  await m.fairBooth({ fairId: fair.id, enterpriseId: e6.id, status: "WITHDRAWN", positionIds: await positions(e6.id, [1]) });

  const inside = after(-6 * 3_600_000);
  const student = (schoolId: number, schoolProgramId: number) => m.student({ schoolId, schoolProgramId, cohortYear: 2024 });
  const s = [
    await student(schoolA.id, a1),
    await student(schoolA.id, a1),
    await student(schoolA.id, a1),
    await student(schoolA.id, a3),
    await student(schoolB.id, b2),
    await student(schoolB.id, b2),
    await student(schoolB.id, b2),
  ];
  const register = (i: number, columns: { checkedInAt?: Date; cancelledAt?: Date } = {}) =>
    m.fairRegistration({ fairId: fair.id, studentId: s[i]!.id, ...columns });
  await register(0, { checkedInAt: inside });
  await register(1);
  await register(2, { checkedInAt: inside, cancelledAt: after(-5 * 3_600_000) });
  await register(3, { checkedInAt: inside });
  await register(4, { checkedInAt: inside });
  await register(5); // cancelled once and registered again: the row's cancelledAt is cleared
  await register(6, { cancelledAt: after(-2 * DAY) });

  // Applications of the fair, to E1's first position, one per student (the unique pair), their times moved after END.
  const fairPositionId = (await t.db.prisma.fairBoothPosition.findFirstOrThrow({ where: { boothId: booth1.id }, orderBy: { positionId: "asc" } })).positionId;
  const apply = async (i: number, status: ApplicationStatus, times: { offer?: number; accepted?: number }) => {
    const application = await m.application({ positionId: fairPositionId, studentId: s[i]!.id, status, fairId: fair.id, createdAt: after(-7 * 3_600_000) });
    await t.db.prisma.applicationEvent.updateMany({ where: { applicationId: application.id }, data: { createdAt: after(-7 * 3_600_000) } });
    if (times.offer !== undefined) await t.db.prisma.applicationEvent.updateMany({ where: { applicationId: application.id, toStatus: "OFFER" }, data: { createdAt: after(times.offer) } });
    if (times.accepted !== undefined) await t.db.prisma.applicationEvent.updateMany({ where: { applicationId: application.id, toStatus: "ACCEPTED" }, data: { createdAt: after(times.accepted) } });
    return application;
  };
  await apply(0, "OFFER", { offer: 30 * DAY });
  await apply(1, "OFFER", { offer: 30 * DAY + 1 });
  await apply(2, "ACCEPTED", { offer: 10 * DAY, accepted: 90 * DAY });
  await apply(3, "ACCEPTED", { offer: 40 * DAY, accepted: 90 * DAY + 1 });
  await apply(4, "SUBMITTED", {});
  await apply(5, "ACCEPTED", { offer: DAY, accepted: DAY });
  await apply(6, "DECLINED", { offer: 95 * DAY });
  const elsewhere = await m.position({ enterpriseId: e2.id });
  const notTheFairs = await m.application({ positionId: elsewhere.id, studentId: s[0]!.id, status: "OFFER", fairId: null });
  await t.db.prisma.applicationEvent.updateMany({ where: { applicationId: notTheFairs.id }, data: { createdAt: after(DAY) } });

  await m.fairLead({ boothId: booth2.id, studentId: s[0]!.id, status: "PENDING" });
  await m.fairLead({ boothId: booth1.id, studentId: s[1]!.id, status: "CONFIRMED" });
  await m.fairLead({ boothId: booth1.id, studentId: s[3]!.id, status: "DISMISSED" });

  // Another fair of the same organiser: none of this counts above.
  const other = await m.jobFair({ organiserId: schoolA.id, status: "CLOSED", startsAt: after(-8 * 3_600_000), endsAt: END });
  const otherBooth = await m.fairBooth({ fairId: other.id, enterpriseId: e3.id, approved: true, arrivedAt: END, withPosition: true });
  await m.fairRegistration({ fairId: other.id, studentId: s[1]!.id, checkedInAt: inside });
  const otherPosition = (await t.db.prisma.fairBoothPosition.findFirstOrThrow({ where: { boothId: otherBooth.id } })).positionId;
  await m.application({ positionId: otherPosition, studentId: s[1]!.id, status: "SUBMITTED", fairId: other.id });
  await m.fairLead({ boothId: otherBooth.id, studentId: s[1]!.id });

  return {
    fair,
    other,
    schoolA,
    schoolB,
    programs: { p1, p2, p3 },
    cluster: c1,
    enterprises: { e1, e2, e3, e4, e5, e6 },
  };
}
