import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";

// 收藏 and saved searches through HTTP, as a browser without JavaScript posts them: only students
// save; a student's saved items are theirs alone (another's is 404); a double submit leaves one
// row; closed positions stay on /saved, marked; saved searches are normalised and capped at 10.

const w = useApplicationWorld();

const savedRows = (userId: number) => w.db.prisma.savedPosition.findMany({ where: { userId } });
const searches = (userId: number) => w.db.prisma.savedSearch.findMany({ where: { userId }, orderBy: { id: "asc" } });

describe("收藏 a position", () => {
  it("saves from the position page and comes back to it; a double submit leaves one row; 取消收藏 removes it", async () => {
    const me = await w.student();
    const position = await w.make.position({ enterpriseId: w.enterprise.id, title: "收藏测试岗位" });
    const page = `/positions/${position.id}`;
    expect(await (await me.client.get(page)).text()).toContain('data-saved="false"');

    const save = { intent: "save", positionId: String(position.id), returnTo: page };
    const first = await me.client.post("/saved", save);
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe(page);
    expect((await me.client.post("/saved", save)).status).toBe(302);
    expect(await savedRows(me.user.id)).toHaveLength(1);
    expect(await (await me.client.get(page)).text()).toContain('data-saved="true"');

    const unsave = { ...save, intent: "unsave" };
    expect((await me.client.post("/saved", unsave)).status).toBe(302);
    expect((await me.client.post("/saved", unsave)).status).toBe(302); // nothing left to remove: still fine
    expect(await savedRows(me.user.id)).toEqual([]);
  });

  it("search results carry the toggle for students, showing what each has saved; other roles see none", async () => {
    const me = await w.student();
    const cluster = await w.make.cluster();
    const saved = await w.make.position({ enterpriseId: w.enterprise.id, clusterId: cluster.id });
    const other = await w.make.position({ enterpriseId: w.enterprise.id, clusterId: cluster.id });
    await w.make.savedPosition({ userId: me.user.id, positionId: saved.id });
    const html = await (await me.client.get(`/positions?clusterId=${cluster.id}`)).text();
    const toggle = (id: number) => new RegExp(`name="positionId" value="${id}"[\\s\\S]*?data-saved="(true|false)"`).exec(html)?.[1];
    expect(toggle(saved.id)).toBe("true");
    expect(toggle(other.id)).toBe("false");
    expect(html).toContain('value="saveSearch"');

    const staffPage = await (await w.staff.get(`/positions?clusterId=${cluster.id}`)).text();
    expect(staffPage).not.toContain("data-saved");
    expect(staffPage).not.toContain('value="saveSearch"');
  });

  it("/saved lists saved positions, a closed one marked 已关闭 and one past its deadline 已截止, not hidden", async () => {
    const me = await w.student();
    const open = await w.make.position({ enterpriseId: w.enterprise.id, title: "仍在招的岗位" });
    const closed = await w.make.position({ enterpriseId: w.enterprise.id, title: "已关闭的岗位", status: "CLOSED" });
    const expired = await w.make.position({ enterpriseId: w.enterprise.id, title: "已截止的岗位", deadline: "2020-01-01" });
    for (const p of [open, closed, expired]) await w.make.savedPosition({ userId: me.user.id, positionId: p.id });
    const html = await (await me.client.get("/saved")).text();
    const state = (id: number) => new RegExp(`data-row-id="${id}" data-state="(\\w+)"`).exec(html)?.[1];
    expect(state(open.id)).toBe("open");
    expect(state(closed.id)).toBe("closed");
    expect(state(expired.id)).toBe("expired");
    expect(html).toContain("已关闭");
    expect(html).toContain("已截止");
  });

  it("a draft cannot be saved (404, as if missing), nor a position that does not exist", async () => {
    const me = await w.student();
    const draft = await w.make.position({ enterpriseId: w.enterprise.id, status: "DRAFT" });
    expect((await me.client.post("/saved", { intent: "save", positionId: String(draft.id) })).status).toBe(404);
    expect((await me.client.post("/saved", { intent: "save", positionId: "2147483000" })).status).toBe(404);
    expect(await savedRows(me.user.id)).toEqual([]);
  });

  it("a return path off the platform is not followed", async () => {
    const me = await w.student();
    const position = await w.make.position({ enterpriseId: w.enterprise.id });
    for (const returnTo of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
      const response = await me.client.post("/saved", { intent: "save", positionId: String(position.id), returnTo });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe("/saved");
    }
  });

  it("a return path a browser would send or a script could send never fails the save: non-ASCII is percent-encoded, control characters drop it (never 500)", async () => {
    const me = await w.student();
    const position = await w.make.position({ enterpriseId: w.enterprise.id });
    const cases: Array<[string, string]> = [
      ["/positions?q=厨师", "/positions?q=%E5%8E%A8%E5%B8%88"], // typed words in the return path, as a script posts them
      ["/a\u0001b", "/saved"], // a control character Node refuses in a Location header
      ["/\u200b/evil.example", "/saved"], // invisible formatting
    ];
    for (const [returnTo, location] of cases) {
      await w.db.prisma.savedPosition.deleteMany({ where: { userId: me.user.id } });
      const response = await me.client.post("/saved", { intent: "save", positionId: String(position.id), returnTo });
      expect(response.status, returnTo).toBe(302);
      expect(response.headers.get("location"), returnTo).toBe(location);
      expect(await savedRows(me.user.id), returnTo).toHaveLength(1);
    }
  });
});

describe("who may save: role × organisation", () => {
  it("only students save; school staff, teachers, enterprise staff and the bureau are refused (403) and nothing is written", async () => {
    const position = await w.make.position({ enterpriseId: w.enterprise.id });
    const others = [
      await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id }),
      await w.make.user({ role: "TEACHER", organisationId: w.school.id }),
      w.staffUser,
      await w.make.user({ role: "BUREAU_ADMIN" }),
    ];
    for (const user of others) {
      const client = await w.clientFor(user.id);
      expect((await client.post("/saved", { intent: "save", positionId: String(position.id) })).status, user.role).toBe(403);
      expect((await client.post("/saved", { intent: "saveSearch", search: "?q=厨师" })).status, user.role).toBe(403);
      expect((await client.get("/saved")).status, user.role).toBe(403);
    }
    expect(await w.db.prisma.savedPosition.count({ where: { positionId: position.id } })).toBe(0);
    expect(await w.db.prisma.savedSearch.count({ where: { userId: { in: others.map((u) => u.id) } } })).toBe(0);
    const visitor = await w.visitor().get("/saved");
    expect(visitor.status).toBe(302);
  });

  it("a student sees only their own saved items and cannot delete another's saved search (404); 取消收藏 touches only their own row", async () => {
    const me = await w.student();
    const other = await w.student({ schoolId: (await w.make.school()).id });
    const position = await w.make.position({ enterpriseId: w.enterprise.id, title: "别人收藏的岗位" });
    await w.make.savedPosition({ userId: other.user.id, positionId: position.id });
    const theirs = await w.make.savedSearch({ userId: other.user.id, query: "q=%E5%88%AB%E4%BA%BA%E7%9A%84%E6%90%9C%E7%B4%A2" });

    const page = await (await me.client.get("/saved")).text();
    expect(page).not.toContain("别人收藏的岗位");
    expect(page).not.toContain("别人的搜索");
    expect((await me.client.post("/saved", { intent: "deleteSearch", searchId: String(theirs.id) })).status).toBe(404);
    expect((await me.client.post("/saved", { intent: "deleteSearch", searchId: "2147483000" })).status).toBe(404);
    expect((await me.client.post("/saved", { intent: "unsave", positionId: String(position.id) })).status).toBe(302);
    expect(await searches(other.user.id)).toHaveLength(1);
    expect(await savedRows(other.user.id)).toHaveLength(1);

    // The owner can.
    expect((await other.client.post("/saved", { intent: "deleteSearch", searchId: String(theirs.id) })).status).toBe(302);
    expect(await searches(other.user.id)).toEqual([]);
  });
});

describe("保存此搜索", () => {
  it("keeps the words and every filter, normalised: page and order dropped, lists sorted; the same search twice is one row", async () => {
    const me = await w.student();
    const first = await me.client.post("/saved", {
      intent: "saveSearch",
      search: "?q=%E5%8E%A8%E5%B8%88&page=3&sort=pay&kind=JOB&kind=INTERNSHIP&district=XINCHENG&payAtLeast=3000&bogus=1",
    });
    expect(first.status).toBe(302);
    const [saved] = await searches(me.user.id);
    expect(saved!.query).toBe("q=%E5%8E%A8%E5%B8%88&kind=INTERNSHIP&kind=JOB&district=XINCHENG&payAtLeast=3000");
    // The same search in another order, from another page.
    const again = await me.client.post("/saved", { intent: "saveSearch", search: "district=XINCHENG&kind=INTERNSHIP&payAtLeast=3000&kind=JOB&q=%E5%8E%A8%E5%B8%88" });
    expect(again.status).toBe(302);
    expect(await searches(me.user.id)).toHaveLength(1);
    const html = await (await me.client.get("/saved")).text();
    expect(html).toContain(`href="/positions?${saved!.query.replaceAll("&", "&amp;")}"`);
    expect(html).toContain("「厨师」");
  });

  it("at most 10: the tenth is saved, the eleventh is refused with a Chinese message (400) and nothing written", async () => {
    const me = await w.student();
    for (let i = 1; i <= 9; i++) await w.make.savedSearch({ userId: me.user.id, query: `payAtLeast=${i * 1000}` });
    expect((await me.client.post("/saved", { intent: "saveSearch", search: "?payAtLeast=10000" })).status).toBe(302);
    expect(await searches(me.user.id)).toHaveLength(10);
    const refused = await me.client.post("/saved", { intent: "saveSearch", search: "?payAtLeast=11000" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("最多保存 10 个搜索");
    expect(await searches(me.user.id)).toHaveLength(10);
    // Saving one of the ten again is not an eleventh.
    expect((await me.client.post("/saved", { intent: "saveSearch", search: "?payAtLeast=10000" })).status).toBe(302);
  });

  it("a search of nothing (no words, no filters) is refused with a message", async () => {
    const me = await w.student();
    for (const search of ["", "?page=2&sort=newest", "?q=%20%20"]) {
      const response = await me.client.post("/saved", { intent: "saveSearch", search });
      expect(response.status, search).toBe(400);
      expect(await response.text()).toContain("请先输入关键词或选择筛选条件");
    }
    expect(await searches(me.user.id)).toEqual([]);
  });

  it("markup in the words is kept as text and shown escaped", async () => {
    const me = await w.student();
    const q = "<script>alert(1)</script>";
    expect((await me.client.post("/saved", { intent: "saveSearch", search: `?q=${encodeURIComponent(q)}` })).status).toBe(302);
    const html = await (await me.client.get("/saved")).text();
    expect(html).not.toContain(q);
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("bad input: 400 with a Chinese message, nothing written, never 500", () => {
  const HUGE = "9".repeat(5_000);
  const CASES: Array<[string, Record<string, string>]> = [
    ["no intent", { positionId: "1" }],
    ["unknown intent", { intent: "delete-all" }],
    ["missing position", { intent: "save" }],
    ["position not a number", { intent: "save", positionId: "abc" }],
    ["position negative", { intent: "save", positionId: "-3" }],
    ["position huge", { intent: "save", positionId: HUGE }],
    ["position with control characters", { intent: "save", positionId: "1\u0000\u0007" }],
    ["position as markup", { intent: "save", positionId: "<b>1</b>" }],
    ["saved search id not a number", { intent: "deleteSearch", searchId: "x" }],
    ["search text huge", { intent: "saveSearch", search: `?q=${"厨".repeat(3_000)}` }],
  ];
  it.each(CASES)("%s", async (_name, form) => {
    const me = await w.student();
    const response = await me.client.post("/saved", form);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/[\u4e00-\u9fff]/);
    expect(await savedRows(me.user.id)).toEqual([]);
    expect(await searches(me.user.id)).toEqual([]);
  });
});
