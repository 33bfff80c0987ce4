import type { Prisma } from "~/generated/prisma/client";
import type { PositionSearchEngine } from "../../../search/engine";
import { day, next, type FactoryContext } from "./context";
import { enterprise } from "./organisation";

// A position (岗位). The smallest valid one is a published job for one person, open without a
// deadline, at a new enterprise; every column can be overridden. Made directly, without the audit
// row (PositionChange) an edit through the forms writes.
//
// With `indexed`, it is written the way the platform writes positions: the row and the search
// engine's index update in one transaction, then the engine told after the commit
// (engine.afterCommit). `indexed: true` uses the factories' engine (the built-in one over the
// test's database); pass an engine to use that one. Without it, the migration's triggers mark the
// index row stale and the built-in engine refreshes it before its next search.

type DayColumn = string | Date | null;

export type PositionTraits = Partial<Omit<Prisma.PositionUncheckedCreateInput, "deadline" | "startDate" | "programs" | "categories">> & {
  /** "YYYY-MM-DD" or a Date; none by default. */
  deadline?: DayColumn;
  startDate?: DayColumn;
  /** Programs (专业) and categories (专业大类) the position is for. */
  programIds?: readonly number[];
  categoryIds?: readonly number[];
  indexed?: boolean | PositionSearchEngine;
};

export async function position(ctx: FactoryContext, traits: PositionTraits = {}) {
  const n = next();
  const { indexed, programIds = [], categoryIds = [], deadline, startDate, ...columns } = traits;
  const status = columns.status ?? "PUBLISHED";
  const title = columns.title ?? `测试岗位${n}`;
  const enterpriseId = columns.enterpriseId ?? (await enterprise(ctx)).id;
  const data: Prisma.PositionUncheckedCreateInput = {
    kind: "JOB",
    description: `${title}，负责日常工作。`,
    headcount: 1,
    publishedAt: status === "DRAFT" ? null : new Date(),
    ...columns,
    enterpriseId,
    status,
    title,
    deadline: day(deadline) ?? null,
    startDate: day(startDate) ?? null,
    programs: { create: programIds.map((programId) => ({ programId })) },
    categories: { create: categoryIds.map((categoryId) => ({ categoryId })) },
  };
  if (!indexed) return ctx.db.prisma.position.create({ data });
  return writeIndexed(ctx, indexed, (tx) => tx.position.create({ data }));
}

/**
 * Changes a position as the platform does with `indexed` (index in the same transaction, then
 * afterCommit), e.g. updatePosition(id, { status: "CLOSED" }); without it, straight to the table.
 */
export async function updatePosition(
  ctx: FactoryContext,
  id: number,
  data: Prisma.PositionUncheckedUpdateInput,
  options: { indexed?: boolean | PositionSearchEngine } = {},
) {
  const { indexed } = options;
  if (!indexed) return ctx.db.prisma.position.update({ where: { id }, data });
  return writeIndexed(ctx, indexed, (tx) => tx.position.update({ where: { id }, data }));
}

async function writeIndexed<T extends { id: number }>(
  ctx: FactoryContext,
  indexed: true | PositionSearchEngine,
  write: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  const engine = indexed === true ? ctx.engine() : indexed;
  const record = await ctx.db.prisma.$transaction(async (tx) => {
    const written = await write(tx);
    await engine.indexInTransaction(tx, [written.id]);
    return written;
  });
  await engine.afterCommit([record.id]);
  return record;
}
