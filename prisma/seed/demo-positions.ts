import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { DEMO_MARK, planPositions, type Employer } from "./positions/generate";
import { DEMO_PROFILES, DEMO_WEIGHT, fallbackProfile } from "./positions/vocabulary";
import { insertPositions, readCatalog } from "./positions/write";
import { prng } from "../../shared/prng";

// About 600 published positions from the demo enterprises, as at the 2023 campus fair of
// 商贸旅游职业学校 (report 2.8 案例11: "近 30 余家企业 … 烹饪、机电、计算机、旅游、财会、工美设计等近 600
// 余个工作岗位"), plus the trades of the six industry clusters. Run after the base seed (seed.ts):
// enterprises, programs and clusters are looked up by name, and names that are missing are skipped.
// Idempotent: demo positions carry DEMO_MARK in their contact line, and a second call finds them.

export const DEMO_POSITIONS = 600;
const LOCK = 72707371; // beside seed.ts's 72707370: two demo seeds at once against one PostgreSQL wait for each other

/**
 * What the seed needs of position search (search/engine.ts PositionSearchEngine has it): the caller
 * hands it in, so the seed imports neither search/ nor the app's configuration.
 */
export type PositionIndex = {
  indexInTransaction(tx: Prisma.TransactionClient, positionIds: number[]): Promise<void>;
  afterCommit(positionIds: number[]): Promise<void>;
};

/**
 * `today` (YYYY-MM-DD, Hohhot) dates the market: deadlines, start dates and publication days are
 * counted from it, so the demo looks the same whichever day it is seeded.
 */
export async function seedDemoPositions(prisma: PrismaClient, engine: PositionIndex, today: string): Promise<{ created: number }> {
  const seeded = () => prisma.position.count({ where: { contact: { startsWith: DEMO_MARK } } });
  if ((await seeded()) > 0) return { created: 0 };

  const enterprises = await prisma.enterprise.findMany({
    select: { organisationId: true, organisation: { select: { name: true } }, cluster: { select: { name: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  if (enterprises.length === 0) return { created: 0 };
  const employers: Employer[] = enterprises.map((e) => ({
    id: e.organisationId,
    name: e.organisation.name,
    profile: DEMO_PROFILES[e.organisation.name] ?? fallbackProfile(e.cluster?.name ?? null),
    weight: DEMO_WEIGHT[e.organisation.name] ?? 1,
    cluster: e.cluster?.name ?? null,
  }));
  const catalog = await readCatalog(prisma);
  const plan = planPositions(prng(2023_600), employers, DEMO_POSITIONS, catalog, { today });

  const ids = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK})`);
      if ((await tx.position.count({ where: { contact: { startsWith: DEMO_MARK } } })) > 0) return [];
      const written = await insertPositions(tx, plan);
      await engine.indexInTransaction(tx, written);
      return written;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  if (ids.length) await engine.afterCommit(ids);
  return { created: ids.length };
}
