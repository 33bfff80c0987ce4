import type { PrismaClient } from "~/generated/prisma/client";
import { todayInHohhot } from "~/lib/dates";
import { seedDemoApplications } from "./demo-applications";
import { seedDemoCertificates } from "./demo-certificates";
import { seedDemoCertification } from "./demo-certification";
import { seedDemoConsortium } from "./demo-consortium";
import { seedDemoDashboard } from "./demo-dashboard";
import { seedDemoDestinations } from "./demo-destinations";
import { seedDemoFairs } from "./demo-fairs";
import { seedDemoMentors } from "./demo-mentors";
import { seedDemoPlacements } from "./demo-placements";
import { seedDemoPositions, type PositionIndex } from "./demo-positions";
import { seedDemoRetention } from "./demo-retention";
import { seedDemoPractice } from "./demo-practice";
import { formatSummary, seed, type SeedSummary } from "./seed";

// The whole demo in order: the 2023 report's schools, students and enterprises (seed.ts), then the
// campus-fair positions those enterprises post, then applications in every status, placements, and the job fairs (demo-fairs.ts). Each step is
// idempotent on its own, so a rerun (or a start after a crash between steps) finishes what is missing.

export type DemoSummary = {
  base: SeedSummary;
  positionsCreated: number;
  applicationsCreated: number;
  placementsCreated: number;
  fairsCreated: number;
  practiceCreated: number;
  market: Market;
  placements: Record<string, number>;
};
type Market = { positions: number; published: number; applications: number; byStatus: Record<string, number> };

/**
 * `engine` indexes the demo positions as they are written: the app's position search (app/lib/position-search.server.ts positionSearchFor).
 * `today` (YYYY-MM-DD, Hohhot) places the report's students in that day's school year (seed.ts) and dates the market:
 * deadlines, start dates and application histories are counted back and forth from it.
 */
export async function seedDemo(prisma: PrismaClient, engine: PositionIndex, today: string = todayInHohhot()): Promise<DemoSummary> {
  const base = await seed(prisma, today);
  const positions = await seedDemoPositions(prisma, engine, today);
  const applications = await seedDemoApplications(prisma, engine, today);
  const placements = await seedDemoPlacements(prisma, today);
  const fairs = await seedDemoFairs(prisma, today);
  const practice = await seedDemoPractice(prisma, today);
  await seedDemoCertification(prisma, today); // after the practice: a submission keeps the ledger's days
  await seedDemoRetention(prisma, today); // after the placements: it dates the ones kept on
  // Issue 14: the report year's destinations (and 三年内晋升 on the retention graduates, so after them),
  // 1+X certificates, and 行业导师 hours (after the placements and order classes whose mentors they are).
  await seedDemoDestinations(prisma, today);
  await seedDemoCertificates(prisma, today);
  await seedDemoMentors(prisma, today);
  await seedDemoConsortium(prisma); // the consortium's launch composition and activities (issue 13 item 4)
  await seedDemoDashboard(prisma, today); // after everything it looks at: it picks pairs with no activity
  return {
    base,
    positionsCreated: positions.created,
    applicationsCreated: applications.created,
    placementsCreated: placements.created,
    fairsCreated: fairs.created,
    practiceCreated: practice.created,
    market: await countMarket(prisma),
    placements: await countPlacements(prisma),
  };
}

/** Counted from rows, like the base summary (a generator self-check): what the database holds, not what the seed meant to write. */
async function countMarket(prisma: PrismaClient): Promise<Market> {
  const [positions, published, byStatus] = await Promise.all([
    prisma.position.count(),
    prisma.position.count({ where: { status: "PUBLISHED" } }),
    prisma.application.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
  ]);
  return {
    positions,
    published,
    applications: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    byStatus: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])),
  };
}

/** Placements by state, counted from rows. */
async function countPlacements(prisma: PrismaClient): Promise<Record<string, number>> {
  const byStatus = await prisma.internshipPlacement.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } });
  return Object.fromEntries(byStatus.map((row) => [row.status, row._count._all]));
}

export function formatDemoSummary(s: DemoSummary): string {
  const statuses = Object.entries(s.market.byStatus)
    .map(([status, n]) => `${status} ${n}`)
    .join(" · ");
  return [
    formatSummary(s.base),
    `岗位 Positions: ${s.market.positions}（招聘中 published ${s.market.published}；本次写入 created ${s.positionsCreated}）`,
    `申请 Applications: ${s.market.applications}（本次写入 created ${s.applicationsCreated}）${statuses ? `：${statuses}` : ""}`,
    `岗位实习 Placements: ${Object.values(s.placements).reduce((a, b) => a + b, 0)}（本次写入 created ${s.placementsCreated}）：${Object.entries(s.placements).map(([status, n]) => `${status} ${n}`).join(" · ")}`,
    `招聘会 Job fairs: 本次写入 created ${s.fairsCreated}`,
  ].join("\n");
}
