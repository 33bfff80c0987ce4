import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// A student applies from the position page (POST /positions/:id/apply), once per position, and
// follows or withdraws the application in 我的申请.

const w = useApplicationWorld();

const applyPath = (id: number) => `/positions/${id}/apply`;
const openJob = () => w.make.position({ enterpriseId: w.enterprise.id, title: "中式烹调师" });

describe("applying", () => {
  it("creates one application with the note and its SUBMITTED event, no notice to the student (their own act), then shows it in 我的申请", async () => {
    const { user, student, client } = await w.student();
    const position = await openJob();
    const response = await client.post(applyPath(position.id), { note: "我有中式烹调师（初级）证书" });
    expect(response.status).toBe(302);
    const application = await w.db.prisma.application.findUniqueOrThrow({
      where: { positionId_studentId: { positionId: position.id, studentId: student.id } },
      include: { events: true },
    });
    expect(response.headers.get("location")).toBe(`/applications?notice=applied#application-${application.id}`);
    expect(application).toMatchObject({ status: "SUBMITTED", note: "我有中式烹调师（初级）证书" });
    expect(application.events).toMatchObject([
      { fromStatus: null, toStatus: "SUBMITTED", actorId: user.id, note: "我有中式烹调师（初级）证书" },
    ]);
    // Issue 9 item 6: a student's own actions are not notices to them; the enterprise's staff hear of it.
    expect(await w.db.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await w.db.prisma.notification.count({ where: { userId: w.staffUser.id, link: { endsWith: `#application-${application.id}` } } })).toBe(1);

    const page = await (await client.get("/applications?notice=applied")).text();
    expect(page).toContain("申请已提交");
    expect(page).toContain("中式烹调师");
    expect(page).toContain("已投递");
    expect(page).toContain("撤回申请");
  });

  it("an empty note is no note", async () => {
    const { student, client } = await w.student();
    const position = await openJob();
    expect((await client.post(applyPath(position.id), { note: "" })).status).toBe(302);
    const application = await w.db.prisma.application.findFirstOrThrow({ where: { studentId: student.id } });
    expect(application.note).toBeNull();
  });

  it("a second submit makes no second application and says 你已申请过该岗位", async () => {
    const { student, client } = await w.student();
    const position = await openJob();
    await client.post(applyPath(position.id), { note: "第一次" });
    const again = await client.post(applyPath(position.id), { note: "第二次" });
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toMatch(/^\/applications\?notice=duplicate#application-\d+$/);
    const rows = await w.db.prisma.application.findMany({ where: { studentId: student.id }, include: { events: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe("第一次");
    expect(rows[0]!.events).toHaveLength(1);
    expect(await (await client.get(again.headers.get("location")!.split("#")[0]!)).text()).toContain("你已申请过该岗位");
  });

  it("GET on the apply address shows the form and the way back to the position", async () => {
    const { client } = await w.student();
    const position = await openJob();
    const response = await client.get(applyPath(position.id));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`href="/positions/${position.id}"`);
    expect(html).toContain('maxLength="500"');
  });
});

describe("withdrawing", () => {
  it("withdraws an open application, records who and when, tells the enterprise but not the student, and offers nothing more", async () => {
    const { user, student, client } = await w.student();
    const position = await openJob();
    await client.post(applyPath(position.id), {});
    const application = await w.db.prisma.application.findFirstOrThrow({ where: { studentId: student.id } });
    const response = await client.post("/applications", {
      confirm: "yes",
      intent: "withdraw",
      applicationId: String(application.id),
      note: "已找到实习",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/applications?notice=WITHDRAWN#application-${application.id}`);
    const after = await w.db.prisma.application.findUniqueOrThrow({
      where: { id: application.id },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(after.status).toBe("WITHDRAWN");
    expect(after.events.at(-1)).toMatchObject({
      fromStatus: "SUBMITTED",
      toStatus: "WITHDRAWN",
      note: "已找到实习",
      actorId: user.id,
    });
    // The student's own withdrawal is no notice to them; the enterprise's staff hear of it.
    expect(await w.db.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(
      await w.db.prisma.notification.count({ where: { userId: w.staffUser.id, link: { endsWith: `#application-${application.id}` }, title: { contains: "撤回" } } }),
    ).toBe(1);
    const page = await (await client.get("/applications?notice=WITHDRAWN")).text();
    expect(page).toContain("已撤回申请");
    expect(page).not.toContain('value="withdraw"');

    // Withdrawn is final: a second withdraw is refused and writes nothing.
    const before = await applicationTables(w.db);
    const again = await client.post("/applications", { confirm: "yes", intent: "withdraw", applicationId: String(application.id) });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("该申请当前为「已撤回」，不能撤回申请");
    expect(await applicationTables(w.db)).toEqual(before);
  });
});
