import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { DISTRICTS } from "~/lib/districts";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import { DISTRICT_LABEL } from "~/lib/labels";
import { assertCan } from "~/features/auth/permissions.server";
import { APPLICATION_STATUSES, type ApplicationStatus } from "./application-status";

// The bureau's city-wide view: positions and applications counted by industry cluster, kind and
// district, applications split by status. Counts only; the bureau reaches people through schools.
// Drafts are an enterprise's unfinished work and are not counted as positions.

type Dims = { clusterId: number | null; kind: string; district: string | null };
type ApplicationGroup = Dims & { status: ApplicationStatus; n: number };
type PositionGroup = Dims & { status: string; _count: { _all: number } };

export type OverviewRow = {
  key: string;
  label: string;
  positions: number;
  open: number;
  applications: number;
  byStatus: Record<ApplicationStatus, number>;
};

const NONE = "none";
const emptyRow = (key: string, label: string): OverviewRow => ({
  key,
  label,
  positions: 0,
  open: 0,
  applications: 0,
  byStatus: Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>,
});

/** One table: a row per value of the dimension (in the given order), an "unset" row when used, and a total. */
function tabulate(
  values: Array<[string, string]>,
  unset: string,
  keyOf: (d: Dims) => string,
  positions: PositionGroup[],
  applications: ApplicationGroup[],
) {
  const rows = new Map(values.map(([key, label]) => [key, emptyRow(key, label)]));
  const total = emptyRow("total", "合计");
  const rowOf = (d: Dims) => {
    const key = keyOf(d);
    if (!rows.has(key)) rows.set(key, emptyRow(key, unset));
    return rows.get(key)!;
  };
  for (const g of positions) {
    for (const row of [rowOf(g), total]) {
      row.positions += g._count._all;
      if (g.status === "PUBLISHED") row.open += g._count._all;
    }
  }
  for (const g of applications) {
    for (const row of [rowOf(g), total]) {
      row.applications += g.n;
      row.byStatus[g.status] += g.n;
    }
  }
  return { rows: [...rows.values()], total };
}

export async function bureauOverview(user: SessionUser) {
  assertCan(user, { action: "bureau.applications.overview" }, "只有市教育局可以查看全市岗位与申请统计");
  const db = prisma();
  const [positions, applications, clusters] = await Promise.all([
    db.position.groupBy({
      by: ["clusterId", "kind", "district", "status"],
      where: { status: { not: "DRAFT" } },
      _count: { _all: true },
    }),
    db.$queryRaw<ApplicationGroup[]>`
      SELECT p."clusterId", p."kind"::text AS "kind", p."district"::text AS "district", a."status"::text AS "status", count(*)::int AS "n"
      FROM "Application" a JOIN "Position" p ON p."id" = a."positionId"
      GROUP BY 1, 2, 3, 4`,
    db.industryCluster.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  const table = (values: Array<[string, string]>, unset: string, keyOf: (d: Dims) => string) =>
    tabulate(values, unset, keyOf, positions, applications);
  return {
    byCluster: table(
      clusters.map((c) => [String(c.id), c.name]),
      "未归入产业集群",
      (d) => String(d.clusterId ?? NONE),
    ),
    byKind: table(Object.entries(POSITION_KIND_LABEL), "其他", (d) => d.kind),
    byDistrict: table(
      DISTRICTS.map((d) => [d, DISTRICT_LABEL[d]!]),
      "未填写区县",
      (d) => d.district ?? NONE,
    ),
  };
}
