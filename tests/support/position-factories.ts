import type { Database } from "~/db/database.server";
import type { District, EnterpriseSize, PositionKind, PositionStatus, Prisma } from "~/generated/prisma/client";
import type { PositionSearchEngine } from "../../search/engine";

// Positions for search tests, written the way the platform writes them: one transaction holding
// the change and the engine's index update, then the engine told after the commit. Each factory
// makes the smallest valid record and takes overrides; names carry a counter so they never collide.

let counter = 0;
const next = () => ++counter;

export type PositionInput = {
  title: string;
  description?: string;
  kind?: PositionKind;
  status?: PositionStatus;
  enterpriseId: number;
  clusterId?: number | null;
  district?: District | null;
  payMin?: number | null;
  payMax?: number | null;
  deadline?: string | null; // YYYY-MM-DD
  publishedAt?: Date | null;
  programIds?: number[];
  categoryIds?: number[];
};

export function positionFactories(db: Database, engine: PositionSearchEngine) {
  const prisma = db.prisma;

  /** A write as production does it: the change and the index in one transaction, then afterCommit. */
  async function write(work: (tx: Prisma.TransactionClient) => Promise<number[]>): Promise<number[]> {
    const ids = await prisma.$transaction(async (tx) => {
      const changed = await work(tx);
      await engine.indexInTransaction(tx, changed);
      return changed;
    });
    await engine.afterCommit(ids);
    return ids;
  }

  async function position(input: PositionInput): Promise<number> {
    const status = input.status ?? "PUBLISHED";
    const [id] = await write(async (tx) => {
      const created = await tx.position.create({
        data: {
          enterpriseId: input.enterpriseId,
          kind: input.kind ?? "JOB",
          status,
          title: input.title,
          description: input.description ?? `${input.title}，负责日常工作。`,
          headcount: 1,
          clusterId: input.clusterId ?? null,
          district: input.district === undefined ? "SAIHAN" : input.district,
          payMin: input.payMin === undefined ? 3000 : input.payMin,
          payMax: input.payMax === undefined ? 4500 : input.payMax,
          durationMonths: input.kind === "INTERNSHIP" ? 6 : null,
          minAge: input.kind === "INTERNSHIP" ? 16 : null,
          deadline: input.deadline ? new Date(`${input.deadline}T00:00:00Z`) : null,
          publishedAt: input.publishedAt === undefined ? (status === "DRAFT" ? null : new Date()) : input.publishedAt,
          programs: { create: (input.programIds ?? []).map((programId) => ({ programId })) },
          categories: { create: (input.categoryIds ?? []).map((categoryId) => ({ categoryId })) },
        },
        select: { id: true },
      });
      return [created.id];
    });
    return id!;
  }

  async function update(id: number, data: Prisma.PositionUpdateInput): Promise<void> {
    await write(async (tx) => {
      await tx.position.update({ where: { id }, data });
      return [id];
    });
  }

  async function enterprise(data: { name?: string; size?: EnterpriseSize; clusterId?: number | null; district?: District } = {}) {
    const n = next();
    return prisma.organisation.create({
      data: {
        kind: "ENTERPRISE",
        name: data.name ?? `检索测试企业${n}有限公司`,
        district: data.district ?? "SAIHAN",
        enterprise: { create: { size: data.size ?? "SMALL", clusterId: data.clusterId ?? null } },
      },
    });
  }

  const publish = (id: number) => update(id, { status: "PUBLISHED", publishedAt: new Date() });
  const close = (id: number) => update(id, { status: "CLOSED" });

  return { write, position, update, publish, close, enterprise };
}
