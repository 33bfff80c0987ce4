import { prisma } from "~/db/db.server";
import { dualTeacherFigures } from "~/features/certification/index.server";
import { Prisma } from "~/generated/prisma/client";
import { inSchoolOf, type Scope } from "./population.server";

// 附表4 and 附表6 from records: students in school, full-time teachers and their levels (the
// certification feature's rule), 1+X passes of the year, and the enterprise mentors' teaching of the year.

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
 * 聘请行业导师: the enterprise mentors with teaching recorded (MentorTeaching) for the school year that starts
 * in the year (schoolYear = year), at the scope's schools; each person once as (enterprise, name trimmed),
 * however many schools, classes or placements they taught for.
 */
export function mentorsSql(scope: Scope) {
  return Prisma.sql`
    SELECT DISTINCT mt."enterpriseId" AS enterprise_id, btrim(mt."mentorName") AS mentor
    FROM "MentorTeaching" mt
    WHERE mt."schoolYear" = ${scope.year} AND btrim(mt."mentorName") <> '' ${schoolColumn(scope, Prisma.sql`mt."schoolId"`)}`;
}

/** 行业导师年课时总量: the hours of that school year's MentorTeaching rows at the scope's schools (0 when none). */
export async function mentorHours(scope: Scope): Promise<number> {
  const [row] = await prisma().$queryRaw<{ n: bigint | number }[]>`
    SELECT COALESCE(sum(mt.hours), 0)::bigint AS n FROM "MentorTeaching" mt
    WHERE mt."schoolYear" = ${scope.year} ${schoolColumn(scope, Prisma.sql`mt."schoolId"`)}`;
  return Number(row!.n);
}

export async function mentorCount(scope: Scope): Promise<number> {
  const [row] = await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${mentorsSql(scope)}) mentors`;
  return Number(row!.n);
}
