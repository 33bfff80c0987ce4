import { prisma } from "~/db/db.server";
import { assertCan, assertVisible, can } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { readSearchQuery, type SearchQuery } from "~/features/positions/index.server";
import { isoDayOf, todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { enterprisesBlockedForStudent } from "~/lib/hosting.server";
import { reachesStudents } from "../../../shared/open-for-applications";
import { describeSearch, searchKey } from "./search-key";

// 收藏 and saved searches, scoped to the acting student: every query is keyed by user.id, and a
// row of someone else is as missing as none (404), so ids cannot be probed.

/** Saved searches per student: enough for every trade a student considers, few enough for a daily alert run. */
export const MAX_SAVED_SEARCHES = 10;

/** A refusal the student can act on, shown on the form (400), never a failed request. */
export class SavedProblem extends Error {}

const ONLY_STUDENTS = "只有学生可以收藏岗位和保存搜索";

/** Saves the position for the student; saving it again changes nothing (one row by the primary key). 404 for a position the student cannot see. */
export async function savePosition(user: SessionUser, positionId: number): Promise<void> {
  assertCan(user, { action: "saved.use" }, ONLY_STUDENTS);
  const position = await prisma().position.findUnique({
    where: { id: positionId },
    select: { enterpriseId: true, status: true, enterprise: { select: { standing: true } } },
  });
  if (!position) notFound("找不到该岗位");
  // Only a position the student may open is saved; a draft is as missing as none, and so is one of an
  // enterprise not in good standing or blocked by the student's school (shared/open-for-applications.ts).
  assertVisible(user, { action: "position.view", enterpriseId: position.enterpriseId, status: position.status }, "找不到该岗位");
  const blocked = (await enterprisesBlockedForStudent(prisma(), user.id)).includes(position.enterpriseId);
  if (!reachesStudents({ standing: position.enterprise.standing, blocked })) notFound("找不到该岗位");
  await prisma().savedPosition.createMany({ data: [{ userId: user.id, positionId }], skipDuplicates: true });
}

/** Removes the student's 收藏 of the position; removing one that is not there changes nothing. */
export async function unsavePosition(user: SessionUser, positionId: number): Promise<void> {
  assertCan(user, { action: "saved.use" }, ONLY_STUDENTS);
  await prisma().savedPosition.deleteMany({ where: { userId: user.id, positionId } });
}

/** Of `positionIds`, those the user saved; empty for anyone but a student (nothing to toggle). */
export async function savedAmong(user: SessionUser, positionIds: readonly number[]): Promise<number[]> {
  if (!can(user, { action: "saved.use" }) || positionIds.length === 0) return [];
  const rows = await prisma().savedPosition.findMany({
    where: { userId: user.id, positionId: { in: [...positionIds] } },
    select: { positionId: true },
  });
  return rows.map((r) => r.positionId);
}

/** The /positions query a saved search's string stands for, read exactly as the page reads its URL. */
export function queryOfKey(key: string): SearchQuery {
  return readSearchQuery(new Request(`http://saved.invalid/positions?${key}`));
}

/**
 * Saves the search of a /positions query string (`search`, with or without "?"), normalised
 * (search-key.ts). Saving the same search again changes nothing. SavedProblem: nothing to save,
 * or already MAX_SAVED_SEARCHES.
 */
export async function saveSearch(user: SessionUser, search: string): Promise<void> {
  assertCan(user, { action: "saved.use" }, ONLY_STUDENTS);
  const key = searchKey(queryOfKey(search.replace(/^\?/, "")));
  if (!key) throw new SavedProblem("请先输入关键词或选择筛选条件，再保存搜索");
  const db = prisma();
  const existing = await db.savedSearch.findUnique({ where: { userId_query: { userId: user.id, query: key } }, select: { id: true } });
  if (existing) return;
  if ((await db.savedSearch.count({ where: { userId: user.id } })) >= MAX_SAVED_SEARCHES) {
    throw new SavedProblem(`最多保存 ${MAX_SAVED_SEARCHES} 个搜索，请先删除不再需要的搜索`);
  }
  await db.savedSearch.createMany({ data: [{ userId: user.id, query: key }], skipDuplicates: true });
}

/** Deletes one of the student's saved searches; another's, or none, is 404. */
export async function deleteSearch(user: SessionUser, searchId: number): Promise<void> {
  assertCan(user, { action: "saved.use" }, ONLY_STUDENTS);
  const row = await prisma().savedSearch.findUnique({ where: { id: searchId }, select: { userId: true } });
  if (!row) notFound("找不到该保存的搜索");
  assertVisible(user, { action: "saved.own", ownerUserId: row.userId }, "找不到该保存的搜索");
  await prisma().savedSearch.deleteMany({ where: { id: searchId, userId: user.id } });
}

/** The /saved page: saved positions newest first (closed or past their deadline marked, not hidden), and saved searches. */
export async function savedOf(user: SessionUser) {
  assertCan(user, { action: "saved.use" }, ONLY_STUDENTS);
  const db = prisma();
  const today = todayInHohhot();
  const [positions, searches, blocked] = await Promise.all([
    db.savedPosition.findMany({
      where: { userId: user.id },
      orderBy: [{ createdAt: "desc" }, { positionId: "desc" }],
      select: {
        createdAt: true,
        position: {
          select: {
            id: true,
            title: true,
            kind: true,
            status: true,
            deadline: true,
            enterprise: { select: { standing: true, organisation: { select: { id: true, name: true } } } },
          },
        },
      },
    }),
    db.savedSearch.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, query: true } }),
    enterprisesBlockedForStudent(db, user.id).then((ids) => new Set(ids)),
  ]);
  return {
    positions: positions.map(({ position: p, createdAt }) => {
      const deadline = isoDayOf(p.deadline);
      // Saved before its enterprise was suspended or blocked by the school: kept, but no longer shown
      // (its page is 404 for the student), so it reads 暂不可见 without a link.
      const reaches = reachesStudents({ standing: p.enterprise.standing, blocked: blocked.has(p.enterprise.organisation.id) });
      return {
        id: p.id,
        title: p.title,
        kind: p.kind,
        enterprise: p.enterprise.organisation,
        savedOn: todayInHohhot(createdAt),
        // 已关闭 / 已截止: kept on the list so the student sees what became of it.
        state: !reaches
          ? ("hidden" as const)
          : p.status !== "PUBLISHED"
            ? ("closed" as const)
            : deadline !== null && deadline < today
              ? ("expired" as const)
              : ("open" as const),
      };
    }),
    searches: searches.map((s) => ({ id: s.id, link: `/positions?${s.query}`, description: describeSearch(queryOfKey(s.query)) })),
    maxSearches: MAX_SAVED_SEARCHES,
  };
}
