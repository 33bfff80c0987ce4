import { expect, it, describe } from "vitest";
import { todayInHohhot } from "~/lib/dates";
import { consortiumTables, JOIN, useConsortiumWorld } from "./world";

// Asking to join, the bureau's decisions, leaving and asking again, through the pages' forms; each rule
// on both sides of its edge, with the notices each move sends.

const w = useConsortiumWorld();
const row = (organisationId: number) =>
  w.db.prisma.consortiumMember.findUniqueOrThrow({ where: { consortiumId_organisationId: { consortiumId: w.consortium.id, organisationId } } });
const noticesOf = (userId: number) => w.db.prisma.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });

async function expectRefused(post: () => Promise<Response>, status: number, message: string) {
  const before = await consortiumTables(w.db);
  const response = await post();
  expect(response.status).toBe(status);
  expect(await response.text()).toContain(message);
  expect(await consortiumTables(w.db)).toEqual(before);
}

describe("an enterprise asks, is declined, asks again, is approved, leaves, asks again", () => {
  it("asks: a request (待审核), the bureau told", async () => {
    const before = (await noticesOf(w.bureau.user.id)).length;
    const r = await w.staffB.client.post(JOIN, { intent: "ask" });
    expect(r.status).toBe(302);
    const m = await row(w.orgs.enterpriseB.id);
    expect(m).toMatchObject({ status: "REQUESTED", requestedById: w.staffB.user.id, joinedOn: null });
    const notices = await noticesOf(w.bureau.user.id);
    expect(notices).toHaveLength(before + 1);
    expect(notices.at(-1)!.title).toContain(w.orgs.enterpriseB.name);
  });
  it("asking again while pending is refused: one request", async () => {
    await expectRefused(() => w.staffB.client.post(JOIN, { intent: "ask" }), 400, "该单位已是「待审核」");
  });
  it("a pending request cannot be left", async () => {
    await expectRefused(() => w.staffB.client.post(JOIN, { intent: "leave", confirm: "yes" }), 400, "「待审核」不能改为「已退出」");
  });
  it("the bureau declines with a reason (asked twice): 未通过, the enterprise told why", async () => {
    const m = await row(w.orgs.enterpriseB.id);
    await expectRefused(() => w.bureau.client.post(JOIN, { intent: "decline", memberId: String(m.id), reason: "材料不全" }), 400, "请确认");
    const r = await w.bureau.client.post(JOIN, { intent: "decline", memberId: String(m.id), reason: "材料不全", confirm: "yes" });
    expect(r.status).toBe(302);
    expect(await row(w.orgs.enterpriseB.id)).toMatchObject({ status: "DECLINED", declineReason: "材料不全", decidedById: w.bureau.user.id });
    expect((await noticesOf(w.staffB.user.id)).at(-1)!.body).toBe("原因：材料不全");
  });
  it("a declined request is not approved afterwards", async () => {
    const m = await row(w.orgs.enterpriseB.id);
    await expectRefused(() => w.bureau.client.post(JOIN, { intent: "approve", memberId: String(m.id) }), 400, "「未通过」不能改为「成员」");
  });
  it("asks again after 未通过: the same row back to 待审核, the reason cleared", async () => {
    const m = await row(w.orgs.enterpriseB.id);
    expect((await w.staffB.client.post(JOIN, { intent: "ask" })).status).toBe(302);
    expect(await row(w.orgs.enterpriseB.id)).toMatchObject({ id: m.id, status: "REQUESTED", declineReason: null, decidedById: null });
  });
  it("the bureau approves: 成员 from today, the enterprise told; approving twice is refused", async () => {
    const m = await row(w.orgs.enterpriseB.id);
    expect((await w.bureau.client.post(JOIN, { intent: "approve", memberId: String(m.id) })).status).toBe(302);
    const approved = await row(w.orgs.enterpriseB.id);
    expect(approved.status).toBe("APPROVED");
    expect(approved.joinedOn!.toISOString().slice(0, 10)).toBe(todayInHohhot());
    expect((await noticesOf(w.staffB.user.id)).at(-1)!.title).toContain("已加入");
    await expectRefused(() => w.bureau.client.post(JOIN, { intent: "approve", memberId: String(m.id) }), 400, "该单位已是「成员」");
  });
  it("the member leaves (asked twice): 已退出, the bureau told", async () => {
    await expectRefused(() => w.staffB.client.post(JOIN, { intent: "leave" }), 400, "请确认");
    const before = (await noticesOf(w.bureau.user.id)).length;
    expect((await w.staffB.client.post(JOIN, { intent: "leave", confirm: "yes" })).status).toBe(302);
    expect((await row(w.orgs.enterpriseB.id)).status).toBe("LEFT");
    expect(await noticesOf(w.bureau.user.id)).toHaveLength(before + 1);
    await expectRefused(() => w.staffB.client.post(JOIN, { intent: "leave", confirm: "yes" }), 400, "该单位已是「已退出」");
  });
  it("asks again after leaving: 待审核", async () => {
    expect((await w.staffB.client.post(JOIN, { intent: "ask" })).status).toBe(302);
    expect((await row(w.orgs.enterpriseB.id)).status).toBe("REQUESTED");
  });
});

describe("who may make which move", () => {
  it("a school's office asks for its school; its teacher may not", async () => {
    await expectRefused(() => w.teacherB.client.post(JOIN, { intent: "ask" }), 403, "只有学校管理人员或企业人员");
    expect((await w.officeB.client.post(JOIN, { intent: "ask" })).status).toBe(302);
    expect((await row(w.orgs.schoolB.id)).status).toBe("REQUESTED");
  });
  it("a student, the bureau may not ask to join", async () => {
    await expectRefused(() => w.student.client.post(JOIN, { intent: "ask" }), 403, "只有学校管理人员或企业人员");
    await expectRefused(() => w.bureau.client.post(JOIN, { intent: "ask" }), 403, "只有学校管理人员或企业人员");
  });
  it("nobody but the bureau decides: a member's staff approving another's request is refused", async () => {
    const m = await row(w.orgs.schoolB.id);
    await expectRefused(() => w.staffA.client.post(JOIN, { intent: "approve", memberId: String(m.id) }), 403, "只有教育局可以审核入会申请");
    await expectRefused(() => w.officeA.client.post(JOIN, { intent: "decline", memberId: String(m.id), reason: "x", confirm: "yes" }), 403, "只有教育局");
    await expectRefused(() => w.officeB.client.post(JOIN, { intent: "approve", memberId: String(m.id) }), 403, "只有教育局");
  });
  it("leaving is for one's own organisation: enterprise A's staff leave only enterprise A (no field names another)", async () => {
    // The form has no organisation field: a posted one is ignored, and the move is the poster's own.
    const r = await w.staffA.client.post(JOIN, { intent: "leave", confirm: "yes", organisationId: String(w.orgs.schoolA.id) });
    expect(r.status).toBe(302);
    expect((await row(w.orgs.enterpriseA.id)).status).toBe("LEFT");
    expect((await row(w.orgs.schoolA.id)).status).toBe("APPROVED");
  });
  it("the bureau deciding an id that is not a request of this consortium: refused", async () => {
    await expectRefused(() => w.bureau.client.post(JOIN, { intent: "approve", memberId: "999999" }), 400, "找不到该申请");
  });
  it("a visitor is sent to sign in", async () => {
    const r = await w.visitor().post(JOIN, { intent: "ask" });
    expect(r.status).toBe(302);
    expect(r.headers.get("location")).toContain("/login");
  });
});

describe("the join page", () => {
  it("shows the bureau the requests waiting, and an organisation its own status", async () => {
    const bureau = await (await w.bureau.client.get(JOIN)).text();
    expect(bureau).toContain(w.orgs.schoolB.name);
    expect(bureau).toContain("待审核的申请");
    const mine = await (await w.officeB.client.get(JOIN)).text();
    expect(mine).toContain("待审核");
    expect(mine).not.toContain("待审核的申请");
    const teacher = await (await w.teacherA.client.get(JOIN)).text();
    expect(teacher).not.toContain("申请加入</button>");
  });
});
