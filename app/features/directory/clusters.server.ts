import { prisma } from "~/db/db.server";
import { notFound } from "~/lib/errors.server";
import { todayInHohhot } from "~/lib/dates";
import { latestGraduationYear } from "~/lib/school-year";
import { enrolledByOffering } from "./enrolment.server";

export type ClusterSummary = {
  id: number;
  name: string;
  programs: number;
  enterprises: number;
  enrolled: number;
  graduates: number;
};

/** The six clusters with their students and the graduating class of `today`'s school year, in three queries whatever the number of schools. */
export async function clusterOverview(today = todayInHohhot()) {
  const db = prisma();
  const graduationYear = latestGraduationYear(today);
  const [clusters, offerings, groups, schools, enterprises] = await Promise.all([
    db.industryCluster.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, _count: { select: { programs: true, enterprises: true } } },
    }),
    db.schoolProgram.findMany({ select: { id: true, program: { select: { clusterId: true } } } }),
    db.student.groupBy({
      by: ["schoolProgramId", "status"],
      where: { OR: [{ status: "ENROLLED" }, { status: "GRADUATED", graduationYear }] },
      _count: { _all: true },
    }),
    db.school.count(),
    db.enterprise.count(),
  ]);
  const clusterOf = new Map(offerings.map((o) => [o.id, o.program.clusterId]));
  const byCluster = new Map<number, { enrolled: number; graduates: number }>();
  for (const g of groups) {
    const clusterId = clusterOf.get(g.schoolProgramId);
    if (clusterId == null) continue; // programs outside the six clusters
    const totals = byCluster.get(clusterId) ?? { enrolled: 0, graduates: 0 };
    if (g.status === "ENROLLED") totals.enrolled += g._count._all;
    else totals.graduates += g._count._all;
    byCluster.set(clusterId, totals);
  }
  const summaries: ClusterSummary[] = clusters.map((c) => ({
    id: c.id,
    name: c.name,
    programs: c._count.programs,
    enterprises: c._count.enterprises,
    enrolled: byCluster.get(c.id)?.enrolled ?? 0,
    graduates: byCluster.get(c.id)?.graduates ?? 0,
  }));
  return { clusters: summaries, schools, enterprises, graduationYear };
}

const ENTERPRISES_SHOWN = 30;

/** A cluster's programs, the schools offering each with enrolment, and its enterprises. */
export async function clusterDetail(clusterId: number) {
  const db = prisma();
  const cluster = await db.industryCluster.findUnique({
    where: { id: clusterId },
    select: {
      id: true,
      name: true,
      programs: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          category: { select: { name: true } },
          offerings: {
            orderBy: { schoolId: "asc" },
            select: { id: true, qualityTier: true, school: { select: { organisation: { select: { id: true, name: true } } } } },
          },
        },
      },
    },
  });
  if (!cluster) notFound("找不到该产业集群");
  const [enrolled, enterprises, enterpriseCount] = await Promise.all([
    enrolledByOffering({ schoolProgram: { program: { clusterId } } }),
    db.enterprise.findMany({
      where: { clusterId },
      orderBy: [{ organisation: { name: "asc" } }, { organisationId: "asc" }],
      take: ENTERPRISES_SHOWN,
      select: { size: true, organisation: { select: { id: true, name: true, district: true } } },
    }),
    db.enterprise.count({ where: { clusterId } }),
  ]);
  const programs = cluster.programs.map((p) => ({
    id: p.id,
    name: p.name,
    category: p.category.name,
    offerings: p.offerings.map((o) => ({
      schoolId: o.school.organisation.id,
      school: o.school.organisation.name,
      qualityTier: o.qualityTier,
      enrolled: enrolled.get(o.id) ?? 0,
    })),
  }));
  const flatEnterprises = enterprises.map((e) => ({ ...e.organisation, size: e.size }));
  return { id: cluster.id, name: cluster.name, programs, enterprises: flatEnterprises, enterpriseCount };
}
