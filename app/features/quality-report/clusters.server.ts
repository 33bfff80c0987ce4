import { prisma } from "~/db/db.server";
import { Prisma } from "~/generated/prisma/client";
import { graduatesOf, inSchoolOf, type Scope } from "./population.server";
import type { ClusterRow } from "./report-shape";

// 表5 专业与产业集群对接: per cluster (IndustryCluster, in its order), the catalogue programs of the cluster
// the scope's schools offer (SchoolProgram), the year's graduates, and the students in school by cohort
// (the school year's three cohorts, newest first) and in total. Programs outside every cluster are not in 表5.

export async function clusterRows(scope: Scope): Promise<ClusterRow[]> {
  const cohorts = [scope.year, scope.year - 1, scope.year - 2];
  const db = prisma();
  const offeringSchool = scope.schoolId === null ? Prisma.empty : Prisma.sql`AND sp."schoolId" = ${scope.schoolId}`;
  const [clusters, programs, graduates, enrolled] = await Promise.all([
    db.industryCluster.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, code: true, name: true } }),
    db.$queryRaw<{ clusterId: number; n: number }[]>`
      SELECT p."clusterId", count(DISTINCT p.id)::int AS n
      FROM "SchoolProgram" sp JOIN "Program" p ON p.id = sp."programId"
      WHERE p."clusterId" IS NOT NULL ${offeringSchool} GROUP BY p."clusterId"`,
    db.$queryRaw<{ clusterId: number; n: number }[]>`
      SELECT p."clusterId", count(*)::int AS n
      FROM "Student" s JOIN "SchoolProgram" sp ON sp.id = s."schoolProgramId" JOIN "Program" p ON p.id = sp."programId"
      WHERE ${graduatesOf(scope)} AND p."clusterId" IS NOT NULL GROUP BY p."clusterId"`,
    db.$queryRaw<{ clusterId: number; cohortYear: number; n: number }[]>`
      SELECT p."clusterId", s."cohortYear", count(*)::int AS n
      FROM "Student" s JOIN "SchoolProgram" sp ON sp.id = s."schoolProgramId" JOIN "Program" p ON p.id = sp."programId"
      WHERE ${inSchoolOf(scope)} AND p."clusterId" IS NOT NULL GROUP BY p."clusterId", s."cohortYear"`,
  ]);
  const programsOf = new Map(programs.map((r) => [r.clusterId, Number(r.n)]));
  const graduatesOfCluster = new Map(graduates.map((r) => [r.clusterId, Number(r.n)]));
  const enrolledOf = new Map(enrolled.map((r) => [`${r.clusterId}:${r.cohortYear}`, Number(r.n)]));
  return clusters.map((c) => {
    const enrolledByCohort = cohorts.map((cohortYear) => ({ cohortYear, students: enrolledOf.get(`${c.id}:${cohortYear}`) ?? 0 }));
    return {
      code: c.code,
      name: c.name,
      programs: programsOf.get(c.id) ?? 0,
      graduates: graduatesOfCluster.get(c.id) ?? 0,
      enrolledByCohort,
      enrolled: enrolledByCohort.reduce((sum, e) => sum + e.students, 0),
    };
  });
}
