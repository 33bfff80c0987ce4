import { prisma } from "~/db/db.server";
import { Prisma } from "~/generated/prisma/client";
import { calendarYear } from "./teaching.server";
import type { Scope } from "./population.server";

// 产教融合: the platform's own rows for the year (docs/metrics.md "产教融合"). Each is a count in SQL; the
// school scope is the school's own agreements, classes, placements, students and teachers.

const at = (scope: Scope, column: Prisma.Sql) => (scope.schoolId === null ? Prisma.empty : Prisma.sql`AND ${column} = ${scope.schoolId}`);

/** The calendar year in Hohhot as instants (for timestamp columns): [year-01-01 00:00+08, year+1-01-01 00:00+08). */
const instants = (year: number) => ({ from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) });

/** The conditions, each over its own table alias, shared with the drill-down. */
export function platformSql(scope: Scope) {
  const { from, to } = calendarYear(scope.year);
  const t = instants(scope.year);
  return {
    /** a: PartnershipAgreement ACTIVE whose period overlaps the calendar year. */
    pairs: Prisma.sql`a.status = 'ACTIVE' AND a."startsOn" < ${to}::date AND (a."endsOn" IS NULL OR a."endsOn" >= ${from}::date) ${at(scope, Prisma.sql`a."schoolId"`)}`,
    /** c: OrderClass of the cohorts in school during the calendar year (year−3 … year). */
    classes: Prisma.sql`c."cohortYear" BETWEEN ${scope.year - 3} AND ${scope.year} ${at(scope, Prisma.sql`c."schoolId"`)}`,
    /** p: InternshipPlacement started in the calendar year (not PLANNED). */
    placements: Prisma.sql`p.status <> 'PLANNED' AND p."startsOn" >= ${from}::date AND p."startsOn" < ${to}::date ${at(scope, Prisma.sql`p."schoolId"`)}`,
    /** p: kept on (留用: retainedOn set, retained not false), the retention tracker's rule. */
    keptOn: Prisma.sql`p."retainedOn" IS NOT NULL AND p.retained IS NOT FALSE`,
    /** f: JobFair starting in the calendar year, not a draft and not cancelled; for a school, fairs its students registered at. */
    fairs: Prisma.sql`f.status::text NOT IN ('DRAFT', 'CANCELLED') AND f."startsAt" >= ${t.from} AND f."startsAt" < ${t.to}
      ${scope.schoolId === null ? Prisma.empty : Prisma.sql`AND EXISTS (SELECT 1 FROM "FairRegistration" r JOIN "Student" s ON s.id = r."studentId" WHERE r."fairId" = f.id AND s."schoolId" = ${scope.schoolId})`}`,
    /** s: the scope's students (registrations, applications). */
    students: scope.schoolId === null ? Prisma.sql`TRUE` : Prisma.sql`s."schoolId" = ${scope.schoolId}`,
    /** pd: TeacherPracticeDay confirmed by the host, on a day of the calendar year; tp its placement. */
    practiceDays: Prisma.sql`pd."confirmedAt" IS NOT NULL AND pd.day >= ${from}::date AND pd.day < ${to}::date ${at(scope, Prisma.sql`tp."schoolId"`)}`,
  };
}

export type PlatformCounts = {
  pairs: number;
  orderClasses: number;
  apprenticeships: number;
  placements: number;
  completedPlacements: number;
  keptOn: number;
  fairs: number;
  fairRegistrations: number;
  fairCheckIns: number;
  fairOffers: number;
  fairHires: number;
  practiceDays: number;
};

export async function platformCounts(scope: Scope): Promise<PlatformCounts> {
  const sql = platformSql(scope);
  const [row] = await prisma().$queryRaw<Record<keyof PlatformCounts, number>[]>`
    SELECT
      (SELECT count(*) FROM (SELECT DISTINCT a."schoolId", a."enterpriseId" FROM "PartnershipAgreement" a WHERE ${sql.pairs}) x)::int AS "pairs",
      (SELECT count(*) FROM "OrderClass" c WHERE ${sql.classes} AND c.kind = 'ORDER_CLASS')::int AS "orderClasses",
      (SELECT count(*) FROM "OrderClass" c WHERE ${sql.classes} AND c.kind = 'MODERN_APPRENTICESHIP')::int AS "apprenticeships",
      (SELECT count(*) FROM "InternshipPlacement" p WHERE ${sql.placements})::int AS "placements",
      (SELECT count(*) FROM "InternshipPlacement" p WHERE ${sql.placements} AND p.status = 'COMPLETED')::int AS "completedPlacements",
      (SELECT count(*) FROM "InternshipPlacement" p WHERE ${sql.placements} AND p.status = 'COMPLETED' AND ${sql.keptOn})::int AS "keptOn",
      (SELECT count(*) FROM "JobFair" f WHERE ${sql.fairs})::int AS "fairs",
      (SELECT count(*) FROM "FairRegistration" r JOIN "JobFair" f ON f.id = r."fairId" JOIN "Student" s ON s.id = r."studentId"
        WHERE ${sql.fairs} AND ${sql.students} AND r."cancelledAt" IS NULL)::int AS "fairRegistrations",
      (SELECT count(*) FROM "FairRegistration" r JOIN "JobFair" f ON f.id = r."fairId" JOIN "Student" s ON s.id = r."studentId"
        WHERE ${sql.fairs} AND ${sql.students} AND r."checkedInAt" IS NOT NULL)::int AS "fairCheckIns",
      (SELECT count(*) FROM "Application" ap JOIN "JobFair" f ON f.id = ap."fairId" JOIN "Student" s ON s.id = ap."studentId"
        WHERE ${sql.fairs} AND ${sql.students} AND ap.status::text IN ('OFFER', 'ACCEPTED'))::int AS "fairOffers",
      (SELECT count(*) FROM "Application" ap JOIN "JobFair" f ON f.id = ap."fairId" JOIN "Student" s ON s.id = ap."studentId"
        WHERE ${sql.fairs} AND ${sql.students} AND ap.status::text = 'ACCEPTED')::int AS "fairHires",
      (SELECT count(*) FROM "TeacherPracticeDay" pd JOIN "TeacherPlacement" tp ON tp.id = pd."placementId" WHERE ${sql.practiceDays})::int AS "practiceDays"`;
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)])) as PlatformCounts;
}
