import type { Prisma } from "~/generated/prisma/client";
import { position } from "./position";
import { user } from "./user";
import type { FactoryContext } from "./context";

// 收藏 and saved searches. A saved position of a new student account and a new published position
// unless given; a saved search of a new student account for 「厨师」, saved now (lastNoticeAt =
// now) unless told. Trait `dueSince`: the search's last notice (and creation) that long ago, in ms.

export type SavedPositionTraits = Partial<Prisma.SavedPositionUncheckedCreateInput>;

export async function savedPosition(ctx: FactoryContext, traits: SavedPositionTraits = {}) {
  const userId = traits.userId ?? (await user(ctx, { role: "STUDENT" })).id;
  const positionId = traits.positionId ?? (await position(ctx)).id;
  return ctx.db.prisma.savedPosition.create({ data: { ...traits, userId, positionId } });
}

export type SavedSearchTraits = Partial<Prisma.SavedSearchUncheckedCreateInput> & {
  /** The last notice this many ms before `now` (default: the real clock). */
  dueSince?: { ms: number; now?: Date };
};

export async function savedSearch(ctx: FactoryContext, traits: SavedSearchTraits = {}) {
  const { dueSince, ...columns } = traits;
  const userId = columns.userId ?? (await user(ctx, { role: "STUDENT" })).id;
  const at = dueSince ? new Date((dueSince.now ?? new Date()).getTime() - dueSince.ms) : undefined;
  return ctx.db.prisma.savedSearch.create({
    data: { query: "q=%E5%8E%A8%E5%B8%88", ...(at ? { createdAt: at, lastNoticeAt: at } : {}), ...columns, userId },
  });
}
