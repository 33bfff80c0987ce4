import { beforeAll, describe, expect, it } from "vitest";
import type { WorldStudent } from "../../support/application-world";
import { fairTables, useFairWorld } from "./world";

// Booth leads on 我的招聘会 (issue 12 item 5): each shows the enterprise, the fair, the position and
// "已在招聘会上投递"; confirming makes an ordinary application marked with the fair and marks the lead
// CONFIRMED with it; dismissing sets it aside; another student's lead does not exist for this one.

const f = useFairWorld();
const { w } = f;
let fairId: number;
let boothId: number;
let positionId: number;
let secondPositionId: number;
let outsidePositionId: number;

beforeAll(async () => {
  fairId = (await f.fair({ title: "职教活动周招聘会" })).id;
  positionId = (await w.make.position({ enterpriseId: w.enterprise.id, title: "前厅接待", indexed: true })).id;
  secondPositionId = (await w.make.position({ enterpriseId: w.enterprise.id, title: "客房服务", indexed: true })).id;
  outsidePositionId = (await w.make.position({ enterpriseId: w.enterprise.id, title: "不在展位的岗位", indexed: true })).id;
  boothId = (await w.make.fairBooth({ fairId, enterpriseId: w.enterprise.id, approved: true, positionIds: [positionId, secondPositionId] })).id;
});

async function studentWithLead(traits: { positionId?: number | null } = {}) {
  const s = await w.student();
  await w.make.fairRegistration({ fairId, studentId: s.student.id });
  const lead = await w.make.fairLead({ boothId, studentId: s.student.id, positionId: traits.positionId === undefined ? positionId : traits.positionId });
  return { s, lead };
}
const post = (s: WorldStudent, fields: Record<string, string>) => s.client.post("/fairs/mine", fields);
const leadRow = (id: number) => w.db.prisma.fairLead.findUniqueOrThrow({ where: { id } });

describe("the list", () => {
  it("shows the lead's enterprise, fair, booth, position and 已在招聘会上投递, and the student's registration with its pass", async () => {
    const { s, lead } = await studentWithLead();
    const html = await (await s.client.get("/fairs/mine")).text();
    const enterprise = await w.db.prisma.organisation.findUniqueOrThrow({ where: { id: w.enterprise.id } });
    for (const text of [enterprise.name, "职教活动周招聘会", "已在招聘会上投递", "前厅接待", "展位 A01", `data-lead-id="${lead.id}"`, `/fairs/${fairId}/pass`]) {
      expect(html).toContain(text);
    }
  });

  it("shows only the student's own leads", async () => {
    const { lead } = await studentWithLead();
    const other = await w.student();
    const html = await (await other.client.get("/fairs/mine")).text();
    expect(html).not.toContain(`data-lead-id="${lead.id}"`);
    expect(html).toContain("还没有展位意向");
  });

  it("is a student's page: staff are refused (403)", async () => {
    expect((await w.staff.get("/fairs/mine")).status).toBe(403);
  });
});

describe("confirming", () => {
  it("turns the lead into an application for its position, marked with the fair, and the lead CONFIRMED with it", async () => {
    const { s, lead } = await studentWithLead();
    const response = await post(s, { intent: "confirm", leadId: String(lead.id) });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/fairs/mine?notice=confirmed#lead-${lead.id}`);
    const [application, ...more] = await w.db.prisma.application.findMany({ where: { studentId: s.student.id } });
    expect(more).toHaveLength(0);
    expect(application).toMatchObject({ positionId, fairId, status: "SUBMITTED" });
    expect(await leadRow(lead.id)).toMatchObject({ status: "CONFIRMED", applicationId: application!.id });
    // The enterprise hears of it as of any application.
    expect(await w.db.prisma.notification.count({ where: { userId: w.staffUser.id, link: { contains: String(application!.id) } } })).toBeGreaterThan(0);
  });

  it("a lead without a position is confirmed for one of the booth's positions the student picks; one not at the booth is refused", async () => {
    const { s, lead } = await studentWithLead({ positionId: null });
    const none = await post(s, { intent: "confirm", leadId: String(lead.id) });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("请选择要投递的岗位");
    const outside = await post(s, { intent: "confirm", leadId: String(lead.id), positionId: String(outsidePositionId) });
    expect(outside.status).toBe(400);
    expect(await outside.text()).toContain("该岗位不在这个展位");
    expect(await w.db.prisma.application.count({ where: { studentId: s.student.id } })).toBe(0);
    expect((await post(s, { intent: "confirm", leadId: String(lead.id), positionId: String(secondPositionId) })).status).toBe(302);
    const application = await w.db.prisma.application.findFirstOrThrow({ where: { studentId: s.student.id } });
    expect(application).toMatchObject({ positionId: secondPositionId, fairId });
    expect(await leadRow(lead.id)).toMatchObject({ status: "CONFIRMED", applicationId: application.id, positionId: secondPositionId });
  });

  it("confirming twice makes one application; the second is refused", async () => {
    const { s, lead } = await studentWithLead();
    await post(s, { intent: "confirm", leadId: String(lead.id) });
    const before = await fairTables(w.db);
    const again = await post(s, { intent: "confirm", leadId: String(lead.id) });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("该意向已转为投递");
    expect(await fairTables(w.db)).toEqual(before);
  });

  it("an application refused by the position's own rules leaves the lead pending", async () => {
    const closed = (await w.make.position({ enterpriseId: w.enterprise.id, status: "CLOSED" })).id;
    await w.db.prisma.fairBoothPosition.create({ data: { boothId, positionId: closed } });
    const { s, lead } = await studentWithLead({ positionId: closed });
    const response = await post(s, { intent: "confirm", leadId: String(lead.id) });
    expect(response.status).toBe(400);
    expect(await leadRow(lead.id)).toMatchObject({ status: "PENDING", applicationId: null });
    expect(await w.db.prisma.application.count({ where: { studentId: s.student.id } })).toBe(0);
  });

  it("already applying for the position: the lead is confirmed onto that application, no second one", async () => {
    const { s, lead } = await studentWithLead();
    const existing = await w.make.application({ positionId, studentId: s.student.id });
    expect((await post(s, { intent: "confirm", leadId: String(lead.id) })).status).toBe(302);
    expect(await w.db.prisma.application.count({ where: { studentId: s.student.id } })).toBe(1);
    expect(await leadRow(lead.id)).toMatchObject({ status: "CONFIRMED", applicationId: existing.id });
  });
});

describe("dismissing", () => {
  it("is asked twice, then sets the lead aside; it cannot be confirmed afterwards", async () => {
    const { s, lead } = await studentWithLead();
    const unconfirmed = await post(s, { intent: "dismiss", leadId: String(lead.id) });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("这一步不能撤销，请确认后再提交");
    expect((await leadRow(lead.id)).status).toBe("PENDING");
    expect((await post(s, { intent: "dismiss", leadId: String(lead.id), confirm: "yes" })).status).toBe(302);
    expect((await leadRow(lead.id)).status).toBe("DISMISSED");
    const confirm = await post(s, { intent: "confirm", leadId: String(lead.id) });
    expect(confirm.status).toBe(400);
    expect(await confirm.text()).toContain("该意向已忽略");
    expect(await w.db.prisma.application.count({ where: { studentId: s.student.id } })).toBe(0);
  });
});

describe("another student's lead", () => {
  it("does not exist for them (404), to confirm or to dismiss; enterprise staff are refused (403)", async () => {
    const { lead } = await studentWithLead();
    const other = await w.student();
    const before = await fairTables(w.db);
    expect((await post(other, { intent: "confirm", leadId: String(lead.id) })).status).toBe(404);
    expect((await post(other, { intent: "dismiss", leadId: String(lead.id), confirm: "yes" })).status).toBe(404);
    expect((await w.staff.post("/fairs/mine", { intent: "dismiss", leadId: String(lead.id), confirm: "yes" })).status).toBe(403);
    expect(await fairTables(w.db)).toEqual(before);
  });
});
