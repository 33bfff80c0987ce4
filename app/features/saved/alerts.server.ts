import { prisma } from "~/db/db.server";
import { sendNotice } from "~/features/inbox/index.server";
import { searchPositions } from "~/features/positions/index.server";
import { describeSearch } from "./search-key";
import { queryOfKey } from "./saved.server";

// Saved-search alerts: a student who saved a search hears about positions published after the
// last notice, at most once a day per saved search. Matching goes through searchPositions, the
// very service /positions runs, so a notice never promises a position the page would not list:
// only searchable positions count (published, not past their deadline; drafts and closed ones never).

/** At most one notice per saved search in this long. */
export const ALERT_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** How often the job looks; a search becomes due within this long of its 24 h. */
export const ALERT_CHECK_MS = 60 * 60 * 1000;
const PAGE = 50; // the engine's largest page

/**
 * Positions matching saved search `key` published strictly after `since`: the search newest first,
 * read page by page until a position published at or before `since`.
 */
export async function newMatches(key: string, since: Date, viewer: { id: number; role: string } | null = null): Promise<number> {
  let count = 0;
  for (let page = 1; ; page++) {
    const { result } = await searchPositions({ ...queryOfKey(key), sort: "newest", page, pageSize: PAGE }, viewer);
    for (const hit of result.hits) {
      if (hit.publishedAt === null || new Date(hit.publishedAt) <= since) return count;
      count++;
    }
    if (page * PAGE >= result.total) return count;
  }
}

/**
 * One run: every saved search whose last notice is 24 h or more before `now` and that has new
 * matches gets one notice (count and a link to the search) and its lastNoticeAt set to `now`; one
 * with none gets nothing and stays due. Claiming the row by its old lastNoticeAt in the notice's
 * transaction means two instances running at once write one notice, not two. Returns notices written.
 */
export async function sendSavedSearchAlerts(now = new Date()): Promise<number> {
  const db = prisma();
  const due = await db.savedSearch.findMany({
    where: { lastNoticeAt: { lte: new Date(now.getTime() - ALERT_INTERVAL_MS) }, user: { disabledAt: null } },
    orderBy: { id: "asc" },
    select: { id: true, userId: true, query: true, lastNoticeAt: true },
  });
  let sent = 0;
  for (const search of due) {
    // As the student would search: their school's blocked enterprises left out.
    const count = await newMatches(search.query, search.lastNoticeAt, { id: search.userId, role: "STUDENT" });
    if (count === 0) continue;
    const wrote = await db.$transaction(async (tx) => {
      const claimed = await tx.savedSearch.updateMany({
        where: { id: search.id, lastNoticeAt: search.lastNoticeAt },
        data: { lastNoticeAt: now },
      });
      if (claimed.count === 0) return false; // another instance sent it, or the student deleted the search
      await sendNotice(tx, [search.userId], {
        title: `有 ${count} 个新岗位符合你保存的搜索`,
        body: `${describeSearch(queryOfKey(search.query))}：自上次提醒以来新发布了 ${count} 个岗位。`,
        link: `/positions?${search.query}&sort=newest`,
      });
      return true;
    });
    if (wrote) sent++;
  }
  return sent;
}

/** Runs sendSavedSearchAlerts now and every ALERT_CHECK_MS; failures are logged, the next run retries. The timer does not keep the process alive. */
export function startSavedSearchAlerts(): { firstRun: Promise<void>; stop(): void } {
  const run = () =>
    sendSavedSearchAlerts().then(
      () => undefined,
      (error: unknown) => console.error("保存的搜索提醒发送失败，一小时后重试", error),
    );
  const timer = setInterval(() => void run(), ALERT_CHECK_MS);
  timer.unref();
  return { firstRun: run(), stop: () => clearInterval(timer) };
}
