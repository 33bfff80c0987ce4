import { prisma } from "~/db/db.server";
import { dualTeacherFigures } from "~/features/certification/index.server";
import { Prisma } from "~/generated/prisma/client";
import { inSchoolOf, type Scope } from "./population.server";

// 附表4 and 附表6 from records: students in school, full-time teachers and their levels (the
// certification feature's rule), 1+X passes of the year, and the enterprise mentors of the year.

const schoolColumn = (scope: Scope, column: Prisma.Sql) => (scope.schoolId === null ? Prisma.empty : Prisma.sql`AND ${column} = ${scope.schoolId}`);

/** The calendar year as a half-open day range: [year-01-01, year+1-01-01). */
export const calendarYear = (year: number) => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });

export async function inSchoolCount(scope: Scope): Promise<number> {
  const [row] = await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Student" s WHERE ${inSchoolOf(scope)}`;
  return Number(row!.n);
}

/** Full-time teachers and those with a dual-teacher level in force on `day`, by level. */
export async function teacherCounts(scope: Scope, day: string) {
  const { total } = await dualTeacherFigures(day, scope.schoolId ?? undefined);
  return total;
}

/** Students of the scope with a passed 1+X (or 职业资格) attempt in the calendar year: each student once. */
export const certificatePassedSql = (scope: Scope) => {
  const { from, to } = calendarYear(scope.year);
  return Prisma.sql`EXISTS (SELECT 1 FROM "CertificateAttempt" a WHERE a."studentId" = s.id AND a.passed
    AND a."attemptedOn" >= ${from}::date AND a."attemptedOn" < ${to}::date) ${schoolColumn(scope, Prisma.sql`s."schoolId"`)}`;
};

export async function certificateCount(scope: Scope): Promise<number> {
  const [row] = await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Student" s WHERE ${certificatePassedSql(scope)}`;
  return Number(row!.n);
}

/**
 * 聘请行业导师: the enterprise mentors of the year, each person once as (enterprise, name trimmed): the
 * mentors named on order / apprenticeship classes of the cohorts in school during the calendar year
 * (cohortYear year−3 … year) and on their enrolled members, and the mentors of internship placements
 * under way in the year (started, not PLANNED, overlapping it).
 */
export function mentorsSql(scope: Scope) {
  const { from, to } = calendarYear(scope.year);
  const classSchool = schoolColumn(scope, Prisma.sql`c."schoolId"`);
  return Prisma.sql`
    SELECT DISTINCT enterprise_id, mentor FROM (
      SELECT c."enterpriseId" AS enterprise_id, btrim(m) AS mentor
        FROM "OrderClass" c CROSS JOIN LATERAL unnest(c.mentors) AS m
        WHERE c."cohortYear" BETWEEN ${scope.year - 3} AND ${scope.year} ${classSchool}
      UNION ALL
      SELECT c."enterpriseId", btrim(om."mentorName")
        FROM "OrderClassMember" om JOIN "OrderClass" c ON c.id = om."orderClassId"
        WHERE om.status = 'ENROLLED' AND om."mentorName" IS NOT NULL
          AND c."cohortYear" BETWEEN ${scope.year - 3} AND ${scope.year} ${classSchool}
      UNION ALL
      SELECT p."enterpriseId", btrim(p."mentorName")
        FROM "InternshipPlacement" p
        WHERE p.status <> 'PLANNED' AND p."mentorName" IS NOT NULL
          AND p."startsOn" < ${to}::date AND p."endsOn" >= ${from}::date ${schoolColumn(scope, Prisma.sql`p."schoolId"`)}
    ) named WHERE mentor <> ''`;
}

export async function mentorCount(scope: Scope): Promise<number> {
  const [row] = await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${mentorsSql(scope)}) mentors`;
  return Number(row!.n);
}
