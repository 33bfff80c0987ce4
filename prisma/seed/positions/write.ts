import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { CLUSTER } from "./vocabulary";
import type { Catalog, PlannedPosition } from "./generate";

type Tx = Prisma.TransactionClient | PrismaClient;
const BATCH = 2000; // rows per INSERT: 2000 × 20 columns stays under PostgreSQL's 65535 bind parameters

/** Programs and clusters by name, as the base seed wrote them; names it lacks are simply absent. */
export async function readCatalog(db: Tx): Promise<Catalog> {
  const [programs, clusters] = await Promise.all([
    db.program.findMany({ select: { id: true, name: true, categoryId: true } }),
    db.industryCluster.findMany({ where: { name: { in: Object.values(CLUSTER) } }, select: { id: true, name: true } }),
  ]);
  return {
    programs: new Map(programs.map((p) => [p.name, { id: p.id, categoryId: p.categoryId }])),
    clusterIds: new Map(clusters.map((c) => [c.name, c.id])),
  };
}

/**
 * Inserts planned positions with their programs and categories; returns their ids. RETURNING order
 * is not promised, so rows are matched back through their contact line, which the plan makes unique.
 */
export async function insertPositions(tx: Tx, plan: PlannedPosition[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < plan.length; i += BATCH) {
    const batch = plan.slice(i, i + BATCH);
    const rows = await tx.position.createManyAndReturn({
      data: batch.map(({ programIds: _p, categoryIds: _c, ...columns }) => columns),
      select: { id: true, contact: true },
    });
    const idOf = new Map(rows.map((r) => [r.contact, r.id]));
    const links = batch.map((p) => ({ id: idOf.get(p.contact)!, p }));
    await tx.positionProgram.createMany({ data: links.flatMap(({ id, p }) => p.programIds.map((programId) => ({ positionId: id, programId }))) });
    await tx.positionCategory.createMany({ data: links.flatMap(({ id, p }) => p.categoryIds.map((categoryId) => ({ positionId: id, categoryId }))) });
    ids.push(...links.map((l) => l.id));
  }
  return ids;
}
