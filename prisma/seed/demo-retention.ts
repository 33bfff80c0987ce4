import type { PrismaClient } from "~/generated/prisma/client";
import { yearsSinceReport } from "./generate";
import { GRADUATION_YEAR } from "./report-2023";

// 留呼 demo (issue 13 item 5, docs/decisions/0015 "Retention"): records the retention tracker counts.
//
// 1. The demo placements the host kept on (demo-placements.ts sets `retained`) get the day they were kept
//    from: retainedOn = the day after the placement ended.
// 2. Graduates of the two cohorts BEFORE the report's (the report's 2023届, moved by yearsSinceReport, is
//    left to issue 14, which generates its destinations from the report's figures): at the first
//    RETENTION_SCHOOLS schools (by id), GRADUATES_PER_COHORT made-up 示例· graduates per cohort, whose
//    destinations follow GRADUATE_PLAN by their place in the group — some employed by Hohhot employers,
//    two of them members of that employer's order class (示例·留呼订单班, one per school and cohort; a third
//    member was declined), some employed outside Hohhot, one 升学, one 待就业. An order-class hire is in two
//    sources and counts once. No placements are written for these graduates: the placements demo's rules
//    (histories, pay, reports, attendance for every placement) are demo-placements.ts's to keep, so the
//    kept-on source comes from step 1 only.
// Idempotent: each step writes only what is missing (the graduates by their 学号, the retained days where unset).

export const RETENTION_SCHOOLS = 4;
export const GRADUATES_PER_COHORT = 10;

/** What each graduate of a group is (index in the group), and whether the tracker counts them. */
export const GRADUATE_PLAN = [
  "ORDER_CLASS_HIRE", // a member of the host's order class, hired by it in July: counted once, two sources
  "HOHHOT", // employed by the host in August; asked to join its order class and was declined: one source
  "HOHHOT", // … September
  "HOHHOT", // … October
  "HOHHOT_TYPED", // employed in Hohhot by an employer not on the platform (typed, location LOCAL) in November
  "ORDER_CLASS_HIRE", // as the first
  "ELSEWHERE_TYPED", // employed outside Hohhot (typed employer, location ELSEWHERE): not counted
  "ELSEWHERE_ORGANISATION", // employed by an enterprise registered outside Hohhot: not counted
  "STUDY", // 升学: not counted
  "UNPLACED", // 待就业: not counted
] as const;

/** The demo graduates' cohorts for `today`: the two graduation years before the report's (moved). */
export function retentionCohorts(today: string): number[] {
  const reportYear = GRADUATION_YEAR + yearsSinceReport(today);
  return [reportYear - 2, reportYear - 1];
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const pad = (n: number) => String(n).padStart(2, "0");

export async function seedDemoRetention(prisma: PrismaClient, today: string): Promise<{ created: number; keptOn: number }> {
  const keptOn = await markKeptOn(prisma, today);
  const created = await seedGraduates(prisma, today);
  return { created, keptOn };
}

/** Step 1: retainedOn for the demo placements kept on, the day after each ended (never after today). */
async function markKeptOn(prisma: PrismaClient, today: string): Promise<number> {
  const rows = await prisma.internshipPlacement.findMany({
    where: { retained: true, retainedOn: null, status: "COMPLETED", endsOn: { lt: day(today) } },
    select: { id: true, endsOn: true },
    orderBy: { id: "asc" },
  });
  for (const r of rows) {
    await prisma.internshipPlacement.update({ where: { id: r.id }, data: { retainedOn: new Date(r.endsOn.getTime() + 86_400_000) } });
  }
  return rows.length;
}

/** Step 2: the earlier cohorts' graduates, their destinations, placements and order classes. */
async function seedGraduates(prisma: PrismaClient, today: string): Promise<number> {
  const schools = await prisma.school.findMany({
    where: { programs: { some: {} } },
    orderBy: { organisationId: "asc" },
    take: RETENTION_SCHOOLS,
    select: { organisationId: true, programs: { orderBy: { id: "asc" }, take: 1, select: { id: true } } },
  });
  const hohhot = await prisma.enterprise.findMany({
    where: { standing: "VERIFIED", organisation: { district: { not: null } } },
    orderBy: { organisationId: "asc" },
    take: RETENTION_SCHOOLS,
    select: { organisationId: true },
  });
  const outside = await prisma.enterprise.findFirst({
    where: { organisation: { district: null } },
    orderBy: { organisationId: "asc" },
    select: { organisationId: true, organisation: { select: { name: true } } },
  });
  if (schools.length === 0 || hohhot.length === 0) return 0;
  let created = 0;
  for (const [s, school] of schools.entries()) {
    const host = hohhot[s % hohhot.length]!.organisationId;
    for (const year of retentionCohorts(today)) {
      const number = (i: number) => `LH${year}${pad(s + 1)}${pad(i + 1)}`;
      const exists = await prisma.student.count({ where: { schoolId: school.organisationId, studentNumber: number(0) } });
      if (exists) continue;
      await prisma.$transaction(async (tx) => {
        const students = await tx.student.createManyAndReturn({
          data: GRADUATE_PLAN.map((_, i) => ({
            schoolId: school.organisationId,
            schoolProgramId: school.programs[0]!.id,
            name: `示例·留呼${year}届${pad(s + 1)}${pad(i + 1)}`,
            studentNumber: number(i),
            gender: i % 2 ? "女" : "男",
            birthDate: day(`${year - 18}-0${(i % 9) + 1}-15`),
            cohortYear: year - 3,
            graduationYear: year,
            status: "GRADUATED" as const,
          })),
          select: { id: true },
        });
        const id = (i: number) => students[i]!.id;
        const employed = (i: number, employedOn: string, employer: { employerOrganisationId?: number; employerName?: string; employerProvince?: string; employerCity?: string }) => ({
          studentId: id(i),
          graduationYear: year,
          kind: "EMPLOYED_CONTRACT" as const,
          employedOn: day(employedOn),
          ...employer,
        });
        const orderClass = await tx.orderClass.create({
          data: {
            schoolId: school.organisationId,
            enterpriseId: host,
            schoolProgramId: school.programs[0]!.id,
            kind: "ORDER_CLASS",
            name: `示例·留呼订单班（${year}届）`,
            cohortYear: year - 3,
            capacity: 10,
            hiringCommitment: "考核合格者全部录用",
          },
        });
        await tx.orderClassMember.createMany({
          data: [
            ...GRADUATE_PLAN.flatMap((kind, i) => (kind === "ORDER_CLASS_HIRE" ? [{ orderClassId: orderClass.id, studentId: id(i), status: "ENROLLED" as const }] : [])),
            { orderClassId: orderClass.id, studentId: id(1), status: "DECLINED" as const, declineReason: "示例·名额已满" },
          ],
        });
        await tx.graduateDestination.createMany({
          data: GRADUATE_PLAN.map((kind, i) => {
            switch (kind) {
              case "HOHHOT":
                return employed(i, `${year}-${pad(7 + i)}-01`, { employerOrganisationId: host });
              case "HOHHOT_TYPED":
                return employed(i, `${year}-11-01`, { employerName: "示例·呼和浩特某物流有限公司", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市" });
              case "ORDER_CLASS_HIRE":
                return employed(i, `${year}-07-15`, { employerOrganisationId: host });
              case "ELSEWHERE_TYPED":
                return employed(i, `${year}-07-01`, { employerName: "示例·北京某科技有限公司", employerProvince: "北京市", employerCity: "北京市" });
              case "ELSEWHERE_ORGANISATION":
                return employed(
                  i,
                  `${year}-07-01`,
                  outside ? { employerOrganisationId: outside.organisationId } : { employerName: "示例·包头某酒店", employerProvince: "内蒙古自治区", employerCity: "包头市" },
                );
              case "STUDY":
                return { studentId: id(i), graduationYear: year, kind: "STUDY_SINGLE_ENROLMENT" as const };
              case "UNPLACED":
                return { studentId: id(i), graduationYear: year, kind: "UNPLACED" as const };
            }
          }),
        });
      });
      created += GRADUATE_PLAN.length;
    }
  }
  return created;
}
