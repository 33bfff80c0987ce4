import { prisma } from "~/db/db.server";
import type { Prisma } from "~/generated/prisma/client";

// Every enrolment figure is counted from Student rows, never stored, so it cannot drift from the roll.
// Which cohorts are in school, and which class graduated, the caller reads from the school-year
// clock (app/lib/school-year.ts): the years are never typed here.

/** Enrolled students per school, one query. */
export async function enrolledBySchool(where: Prisma.StudentWhereInput = {}): Promise<Map<number, number>> {
  const groups = await prisma().student.groupBy({
    by: ["schoolId"],
    where: { ...where, status: "ENROLLED" },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.schoolId, g._count._all]));
}

/** Enrolled students per program offering, one query. */
export async function enrolledByOffering(where: Prisma.StudentWhereInput = {}): Promise<Map<number, number>> {
  const groups = await prisma().student.groupBy({
    by: ["schoolProgramId"],
    where: { ...where, status: "ENROLLED" },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.schoolProgramId, g._count._all]));
}

/**
 * Enrolled students per program offering in each of `cohorts` (e.g. cohortsInSchool(today)), one
 * query: counts[i] is cohorts[i]'s; an offering with none of them is absent (read it as zeros).
 */
export async function cohortsByOffering(where: Prisma.StudentWhereInput, cohorts: readonly number[]): Promise<Map<number, number[]>> {
  const groups = await prisma().student.groupBy({
    by: ["schoolProgramId", "cohortYear"],
    where: { ...where, status: "ENROLLED", cohortYear: { in: [...cohorts] } },
    _count: { _all: true },
  });
  const result = new Map<number, number[]>();
  for (const g of groups) {
    const counts = result.get(g.schoolProgramId) ?? cohorts.map(() => 0);
    counts[cohorts.indexOf(g.cohortYear)] = g._count._all;
    result.set(g.schoolProgramId, counts);
  }
  return result;
}
