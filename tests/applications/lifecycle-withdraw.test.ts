import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// Issue 8, item 18: withdrawing asks first; a student who withdrew (or whose application closed with
// the position) may apply again while the position is open — the same row back to 已投递, its history
// kept, the new note saved — instead of a silent "你已申请过该岗位".

const w = useApplicationWorld();
const applyPath = (id: number) => `/positions/${id}/apply`;

/** A student with an application in `status` on an open position (or one in `positionStatus`). */
async function applicantIn(status: "SUBMITTED" | "OFFER" | "WITHDRAWN" | "CLOSED", positionStatus: "PUBLISHED" | "CLOSED" = "PUBLISHED") {
  const who = await w.student();
  const position = await w.make.position({ enterpriseId: w.enterprise.id, status: positionStatus, title: "面点师" });
  const application = await w.make.application({ positionId: position.id, studentId: who.student.id, status: status });
  return { ...who, position, application };
}

const eventsOf = (applicationId: number) =>
  w.db.prisma.applicationEvent.findMany({ where: { applicationId }, orderBy: { id: "asc" } });

/** One card of 我的申请 (or of the page a refused post answers with). */
function cardOf(html: string, applicationId: number) {
  const start = html.indexOf(`id="application-${applicationId}"`);
  return html.slice(start, html.indexOf("</article>", start));
}

describe("withdrawing asks for confirmation", () => {
  it("撤回申请 first posts unconfirmed: 400 with the question and a 确认撤回 carrying confirm=yes; posting that withdraws", async () => {
    const { client, application } = await applicantIn("SUBMITTED");
    const card = cardOf(await (await client.get("/applications")).text(), application.id);
    expect(card).toMatch(/<button[^>]*name="intent"[^>]*value="withdraw"[^>]*class="button-danger"[^>]*>撤回申请<\/button>/);
    expect(card).not.toContain('name="confirm"');

    const asked = await client.post("/applications", { intent: "withdraw", applicationId: String(application.id) });
    expect(asked.status).toBe(400);
    const askedCard = cardOf(await asked.text(), application.id);
    expect(askedCard).toContain("确定撤回这份申请吗");
    expect(askedCard).toContain('name="confirm" value="yes"');
    expect(askedCard).toMatch(/<button[^>]*value="withdraw"[^>]*>确认撤回<\/button>/);
    expect((await w.db.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("SUBMITTED");

    const confirmed = await client.post("/applications", { confirm: "yes", intent: "withdraw", applicationId: String(application.id) });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toContain("notice=WITHDRAWN");
    expect((await w.db.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("WITHDRAWN");
  });

  it("an offer's card shows 接受录用 (primary), 婉拒录用 (secondary) and 撤回申请 (danger), each asked", async () => {
    const { client, application } = await applicantIn("OFFER");
    const card = cardOf(await (await client.get("/applications")).text(), application.id);
    expect(card).toMatch(/value="accept" class="button-primary"[^>]*>接受录用<\/button>/);
    expect(card).toMatch(/value="decline" class="button-secondary"[^>]*>婉拒录用<\/button>/);
    expect(card).toMatch(/value="withdraw" class="button-danger"[^>]*>撤回申请<\/button>/);
  });
});

describe("applying again after 已撤回 or 岗位已关闭", () => {
  it("reopens the same row as 已投递 with the new note and its history, and the enterprise hears of it", async () => {
    const { user, client, position, application } = await applicantIn("SUBMITTED");
    await client.post("/applications", { confirm: "yes", intent: "withdraw", applicationId: String(application.id) });
    const staffNotices = await w.db.prisma.notification.count({ where: { userId: w.staffUser.id } });

    const again = await client.post(applyPath(position.id), { note: "已调整好实习时间，希望再次申请。" });
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe(`/applications?notice=reapplied#application-${application.id}`);
    const rows = await w.db.prisma.application.findMany({ where: { positionId: position.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: application.id, status: "SUBMITTED", note: "已调整好实习时间，希望再次申请。" });
    expect((await eventsOf(application.id)).map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, "SUBMITTED"],
      ["SUBMITTED", "WITHDRAWN"],
      ["WITHDRAWN", "SUBMITTED"],
    ]);
    expect((await eventsOf(application.id)).at(-1)).toMatchObject({ note: "已调整好实习时间，希望再次申请。", actorId: user.id });
    expect(await w.db.prisma.notification.count({ where: { userId: w.staffUser.id } })).toBe(staffNotices + 1);
    const page = await (await client.get("/applications?notice=reapplied")).text();
    expect(page).toContain("已重新申请");
    expect(page).not.toContain("你已申请过该岗位");
  });

  it("the position page offers the apply form again after 已撤回, and not while the application is going", async () => {
    const withdrawn = await applicantIn("WITHDRAWN");
    const html = await (await withdrawn.client.get(`/positions/${withdrawn.position.id}`)).text();
    expect(html).toContain("当前状态：已撤回");
    expect(html).toContain(`action="${applyPath(withdrawn.position.id)}"`);
    const going = await applicantIn("SUBMITTED");
    expect(await (await going.client.get(`/positions/${going.position.id}`)).text()).not.toContain(`action="${applyPath(going.position.id)}"`);
  });

  it("after 岗位已关闭 and a reopening, the student may apply again the same way", async () => {
    const { client, position, application } = await applicantIn("SUBMITTED");
    await w.staff.post(`/enterprise/positions/${position.id}/edit`, { intent: "close", confirm: "yes" });
    expect((await w.db.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("CLOSED");
    await w.staff.post(`/enterprise/positions/${position.id}/edit`, { intent: "reopen" });
    const again = await client.post(applyPath(position.id), { note: "再次申请" });
    expect(again.status).toBe(302);
    expect((await eventsOf(application.id)).at(-1)).toMatchObject({ fromStatus: "CLOSED", toStatus: "SUBMITTED", note: "再次申请" });
  });

  it("is refused while the position is closed, and writes nothing", async () => {
    const { client, position } = await applicantIn("WITHDRAWN", "CLOSED");
    const before = await applicationTables(w.db);
    const refused = await client.post(applyPath(position.id), { note: "再试一次" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("该岗位已停止招聘");
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("an application still going is not reopened: a second submit is the first one (note unchanged)", async () => {
    const { client, position, application } = await applicantIn("OFFER");
    const before = await applicationTables(w.db);
    const second = await client.post(applyPath(position.id), { note: "新的留言" });
    expect(second.headers.get("location")).toContain("notice=duplicate");
    expect(await applicationTables(w.db)).toEqual(before);
    expect((await w.db.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("OFFER");
  });

  it("two re-applies at once reopen it once", async () => {
    const { client, position, application } = await applicantIn("WITHDRAWN");
    const responses = await Promise.all([0, 1].map(() => client.post(applyPath(position.id), { note: "双击" })));
    expect(responses.map((r) => r.status)).toEqual([302, 302]);
    expect((await eventsOf(application.id)).filter((e) => e.fromStatus === "WITHDRAWN")).toHaveLength(1);
  });
});
