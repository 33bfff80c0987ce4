import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";

// 全部标为已读 on its own: several unread notices of the user's become read in one press, the page
// and the header say so, and another user's unread notices stay unread.

const w = useApplicationWorld();

const notice = (userId: number, title: string) => w.make.notification({ userId, title, body: "测试消息", link: "/applications" });

describe("全部标为已读", () => {
  it("reads every unread notice of the user's, and only theirs", async () => {
    const me = await w.student();
    const other = await w.student();
    for (const title of ["第一条", "第二条", "第三条"]) await notice(me.user.id, title);
    await notice(other.user.id, "别人的消息");
    const unread = (userId: number) => w.db.prisma.notification.count({ where: { userId, readAt: null } });
    expect(await unread(me.user.id)).toBe(3);
    expect(await (await me.client.get("/inbox")).text()).toContain("3 条未读");

    expect((await me.client.post("/inbox", { intent: "readAll" })).status).toBe(302);

    expect(await unread(me.user.id)).toBe(0);
    expect(await unread(other.user.id)).toBe(1);
    const page = await (await me.client.get("/inbox")).text();
    expect(page).toContain("没有未读消息");
    expect(page).not.toContain("【未读】");
    expect(page).not.toContain('value="readAll"');
  });

  it("with nothing unread, pressing it changes nothing (a notice read earlier keeps its time)", async () => {
    const me = await w.student();
    const readAt = new Date("2026-01-01T00:00:00Z");
    const { id } = await w.make.notification({ userId: me.user.id, title: "旧消息", body: "测试消息", readAt });
    expect((await me.client.post("/inbox", { intent: "readAll" })).status).toBe(302);
    expect((await w.db.prisma.notification.findUniqueOrThrow({ where: { id } })).readAt).toEqual(readAt);
  });
});
