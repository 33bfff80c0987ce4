import { beforeAll, describe, expect, it } from "vitest";
import { installDatabase } from "~/db/db.server";
import { sendSavedSearchAlerts } from "~/features/saved/alerts.server";
import { useTestDatabase } from "../support/test-database";

// Saved-search alerts (issue 9, item 7): one inbox notice per saved search when positions matching
// it were published since its last notice, at most once a day. Each case has a cluster of its own,
// and its saved search filters by that cluster, so the cases do not see each other's positions.

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const MINUTE = 60 * 1000;

const t = useTestDatabase();
beforeAll(() => installDatabase(t.db));

/** A student's saved search of a new cluster's positions, last noticed at `lastNoticeAt`. */
async function searchOfNewCluster(lastNoticeAt: Date) {
  const cluster = await t.make.cluster();
  const student = await t.make.user({ role: "STUDENT" });
  const search = await t.make.savedSearch({ userId: student.id, query: `clusterId=${cluster.id}`, lastNoticeAt, createdAt: lastNoticeAt });
  const notices = () => t.db.prisma.notification.findMany({ where: { userId: student.id } });
  const lastNotice = async () => (await t.db.prisma.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).lastNoticeAt;
  return { cluster, student, search, notices, lastNotice };
}

describe("saved-search alerts", () => {
  it("at 23 h 59 min after the last notice nothing is sent; at 24 h one notice, and then not again that day", async () => {
    const last = new Date(Date.now() - DAY);
    const s = await searchOfNewCluster(last);
    await t.make.position({ clusterId: s.cluster.id, title: "新岗位甲", publishedAt: new Date(last.getTime() + HOUR) });

    await sendSavedSearchAlerts(new Date(last.getTime() + DAY - MINUTE));
    expect(await s.notices()).toEqual([]);
    expect(await s.lastNotice()).toEqual(last);

    const at = new Date(last.getTime() + DAY);
    await sendSavedSearchAlerts(at);
    const written = await s.notices();
    expect(written).toHaveLength(1);
    expect(written[0]!.title).toBe("有 1 个新岗位符合你保存的搜索");
    expect(written[0]!.link).toBe(`/positions?clusterId=${s.cluster.id}&sort=newest`);
    expect(await s.lastNotice()).toEqual(at);

    // A position published after this notice is news again only a day later.
    await t.make.position({ clusterId: s.cluster.id, title: "新岗位乙", publishedAt: new Date(at.getTime() + MINUTE) });
    await sendSavedSearchAlerts(new Date(at.getTime() + HOUR));
    expect(await s.notices()).toHaveLength(1);
  });

  it("counts only positions published since the last notice", async () => {
    const last = new Date(Date.now() - DAY - HOUR);
    const s = await searchOfNewCluster(last);
    await t.make.position({ clusterId: s.cluster.id, publishedAt: new Date(last.getTime() - HOUR) });
    await t.make.position({ clusterId: s.cluster.id, publishedAt: new Date(last.getTime() + HOUR) });
    await t.make.position({ clusterId: s.cluster.id, publishedAt: new Date(last.getTime() + 2 * HOUR) });
    await sendSavedSearchAlerts(new Date());
    const written = await s.notices();
    expect(written.map((n) => n.title)).toEqual(["有 2 个新岗位符合你保存的搜索"]);
    expect(written[0]!.body).toContain("新发布了 2 个岗位");
  });

  it("a saved search with no new match writes nothing and stays due", async () => {
    const last = new Date(Date.now() - 2 * DAY);
    const s = await searchOfNewCluster(last);
    await t.make.position({ clusterId: s.cluster.id, publishedAt: new Date(last.getTime() - MINUTE) });
    await t.make.position({ publishedAt: new Date(last.getTime() + HOUR) }); // new, but another cluster
    await sendSavedSearchAlerts(new Date());
    expect(await s.notices()).toEqual([]);
    expect(await s.lastNotice()).toEqual(last);
  });

  it("a draft or a closed position does not count, nor one past its deadline", async () => {
    const last = new Date(Date.now() - DAY - HOUR);
    const s = await searchOfNewCluster(last);
    const since = new Date(last.getTime() + HOUR);
    await t.make.position({ clusterId: s.cluster.id, status: "DRAFT", publishedAt: null });
    await t.make.position({ clusterId: s.cluster.id, status: "CLOSED", publishedAt: since });
    await t.make.position({ clusterId: s.cluster.id, publishedAt: since, deadline: "2020-01-01" });
    await sendSavedSearchAlerts(new Date());
    expect(await s.notices()).toEqual([]);

    await t.make.position({ clusterId: s.cluster.id, publishedAt: since });
    await sendSavedSearchAlerts(new Date());
    expect((await s.notices()).map((n) => n.title)).toEqual(["有 1 个新岗位符合你保存的搜索"]);
  });

  it("matches as /positions does: words and filters together", async () => {
    const last = new Date(Date.now() - DAY - HOUR);
    const cluster = await t.make.cluster();
    const student = await t.make.user({ role: "STUDENT" });
    await t.make.savedSearch({ userId: student.id, query: `clusterId=${cluster.id}&kind=INTERNSHIP`, lastNoticeAt: last });
    const since = new Date(last.getTime() + HOUR);
    await t.make.position({ clusterId: cluster.id, kind: "JOB", publishedAt: since });
    await t.make.position({ clusterId: cluster.id, kind: "INTERNSHIP", publishedAt: since });
    await sendSavedSearchAlerts(new Date());
    expect((await t.db.prisma.notification.findMany({ where: { userId: student.id } })).map((n) => n.title)).toEqual([
      "有 1 个新岗位符合你保存的搜索",
    ]);
  });

  it("two runs at once send one notice, not two", async () => {
    const last = new Date(Date.now() - DAY - HOUR);
    const s = await searchOfNewCluster(last);
    await t.make.position({ clusterId: s.cluster.id, publishedAt: new Date(last.getTime() + HOUR) });
    const now = new Date();
    await Promise.all([sendSavedSearchAlerts(now), sendSavedSearchAlerts(now)]);
    expect(await s.notices()).toHaveLength(1);
  });
});
