import { prisma } from "~/db/db.server";
import type { Prisma } from "~/generated/prisma/client";

// Every enrolment figure is counted from Student rows, never stored, so it cannot drift from the roll.

/** The three cohorts in school during the 2023–24 year the bureau's statistics describe. */
export const COHORTS = [2023, 2022, 2021] as const;
/** The graduating class reported on (2023届). */
export const GRADUATION_YEAR = 2023;

export type CohortCounts = Record<(typeof COHORTS)[number], number>;
export const emptyCohorts = (): CohortCounts => ({ 2023: 0, 2022: 0, 2021: 0 });

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

/** Enrolled students per program offering and cohort (2023/2022/2021), one query. */
export async function cohortsByOffering(where: Prisma.StudentWhereInput): Promise<Map<number, CohortCounts>> {
  const groups = await prisma().student.groupBy({
    by: ["schoolProgramId", "cohortYear"],
    where: { ...where, status: "ENROLLED", cohortYear: { in: [...COHORTS] } },
    _count: { _all: true },
  });
  const result = new Map<number, CohortCounts>();
  for (const g of groups) {
    const counts = result.get(g.schoolProgramId) ?? emptyCohorts();
    counts[g.cohortYear as keyof CohortCounts] = g._count._all;
    result.set(g.schoolProgramId, counts);
  }
  return result;
}
