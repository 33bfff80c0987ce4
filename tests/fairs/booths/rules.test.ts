import { beforeAll, describe, expect, it } from "vitest";
import { approvedBoothsOf } from "~/features/fair-booths/index.server";
import { requestWindowProblem } from "~/features/fair-booths/booths.server";
import { boothTables, deskPath, ownPath, useBoothWorld } from "./world";

// The booth rules of issue 12 item 2, each on both sides of its edge: who may ask (verified, not
// suspended, not blocked by the organising school), when (the enterprise window of an OPEN fair,
// opensAt inclusive, closesAt exclusive), once per fair; what it brings (its own published positions);
// booth numbers 1…boothCount, never twice; approved booths never more than boothCount.

const o = useBoothWorld();
const { w } = o;
beforeAll(() => o.setup());

const MINUTE = 60_000;
const boothOf = (fairId: number, enterpriseId: number) => w.db.prisma.fairBooth.findUnique({ where: { fairId_enterpriseId: { fairId, enterpriseId } } });
const request = (client: { post: (p: string, f: Record<string, string | string[]>) => Promise<Response> }, fairId: number, extra: Record<string, string | string[]> = {}) =>
  client.post(ownPath(fairId), { intent: "request", representatives: "3", ...extra });
async function expectRefused(response: Promise<Response>, message: string) {
  const before = await boothTables(w.db);
  const r = await response;
  expect(r.status).toBe(400);
  expect(await r.text()).toContain(message);
  expect(await boothTables(w.db)).toEqual(before);
}

describe("asking for a booth", () => {
  it("a verified enterprise asks with its positions and programs: 待审核, and the organiser's office hears of it", async () => {
    const fair = await o.fair();
    const c = await o.company();
    const position = await w.make.position({ enterpriseId: c.enterprise.id, headcount: 6 });
    const r = await request(c.client, fair.id, { positionIds: String(position.id), programIds: String(w.program.id), note: "需要一张桌子" });
    expect(r.status).toBe(302);
    const booth = await w.db.prisma.fairBooth.findUniqueOrThrow({
      where: { fairId_enterpriseId: { fairId: fair.id, enterpriseId: c.enterprise.id } },
      include: { positions: true, programs: true },
    });
    expect(booth).toMatchObject({ status: "REQUESTED", representatives: 3, note: "需要一张桌子", boothNo: null, requestedById: c.user.id });
    expect(booth.positions.map((p) => p.positionId)).toEqual([position.id]);
    expect(booth.programs.map((p) => p.programId)).toEqual([w.program.id]);
    expect(await w.db.prisma.notification.count({ where: { userId: o.extra.officeUserId, title: { contains: fair.title } } })).toBe(1);
  });

  it("one request per fair: the second is refused", async () => {
    const fair = await o.fair();
    const c = await o.company();
    expect((await request(c.client, fair.id)).status).toBe(302);
    await expectRefused(request(c.client, fair.id), "每场只能申请一次");
  });

  it.each([
    ["UNVERIFIED", "只有经市教育局核验的企业可以申请招聘会展位"],
    ["SUSPENDED", "该企业已被市教育局暂停"],
  ] as const)("a %s enterprise is refused", async (standing, message) => {
    const fair = await o.fair();
    const c = await o.company(standing);
    await expectRefused(request(c.client, fair.id), message);
    expect((await (await c.client.get(ownPath(fair.id))).text())).toContain(message);
  });

  it("blocked by the organising school: refused; blocked by another school only: allowed; a bureau fair ignores school blocks", async () => {
    const blocked = await o.company();
    await w.db.prisma.schoolEnterpriseBlock.create({ data: { schoolId: w.school.id, enterpriseId: blocked.enterprise.id, actorId: o.extra.officeUserId } });
    const schoolFair = await o.fair();
    await expectRefused(request(blocked.client, schoolFair.id), "主办学校已将该企业列入不合作名单");

    const other = await w.make.school();
    const otherStaff = await w.make.user({ role: "SCHOOL_STAFF", organisationId: other.id });
    const elsewhere = await o.company();
    await w.db.prisma.schoolEnterpriseBlock.create({ data: { schoolId: other.id, enterpriseId: elsewhere.enterprise.id, actorId: otherStaff.id } });
    expect((await request(elsewhere.client, schoolFair.id)).status).toBe(302);

    const bureau = await w.make.bureau();
    const bureauFair = await w.make.jobFair({ organiserId: bureau.id });
    expect((await request(blocked.client, bureauFair.id)).status).toBe(302);
  });

  it("the window's edges: opensAt is in, a millisecond before is out; closesAt is out, a millisecond before is in", () => {
    const opensAt = new Date("2026-12-01T01:00:00Z");
    const closesAt = new Date("2026-12-08T01:00:00Z");
    const fair = { status: "OPEN" as const, enterpriseRegistrationOpensAt: opensAt, enterpriseRegistrationClosesAt: closesAt };
    expect(requestWindowProblem(fair, new Date(opensAt.getTime() - 1))).toContain("企业报名尚未开始");
    expect(requestWindowProblem(fair, opensAt)).toBeNull();
    expect(requestWindowProblem(fair, new Date(closesAt.getTime() - 1))).toBeNull();
    expect(requestWindowProblem(fair, closesAt)).toBe("企业报名已截止");
    expect(requestWindowProblem({ ...fair, status: "RUNNING" }, opensAt)).toBe("本场招聘会不在报名中，不能申请展位");
  });

  it("over HTTP: a window opening in a minute and one closed a minute ago are refused, one open is not", async () => {
    const c = await o.company();
    const now = Date.now();
    const later = await o.fair({ enterpriseRegistrationOpensAt: new Date(now + MINUTE), enterpriseRegistrationClosesAt: new Date(now + 60 * MINUTE) });
    await expectRefused(request(c.client, later.id), "企业报名尚未开始");
    const closed = await o.fair({ enterpriseRegistrationOpensAt: new Date(now - 60 * MINUTE), enterpriseRegistrationClosesAt: new Date(now - MINUTE) });
    await expectRefused(request(c.client, closed.id), "企业报名已截止");
    const open = await o.fair({ enterpriseRegistrationOpensAt: new Date(now - MINUTE), enterpriseRegistrationClosesAt: new Date(now + MINUTE) });
    expect((await request(c.client, open.id)).status).toBe(302);
  });

  it.each(["RUNNING", "CLOSED", "CANCELLED"] as const)("a %s fair takes no request", async (status) => {
    const fair = await o.fair({ status });
    const c = await o.company();
    await expectRefused(request(c.client, fair.id), "本场招聘会不在报名中");
  });

  it("only its own published positions: another's, a draft or a closed one are refused", async () => {
    const fair = await o.fair();
    const c = await o.company();
    const others = await w.make.position({ enterpriseId: w.enterprise.id });
    const draft = await w.make.position({ enterpriseId: c.enterprise.id, status: "DRAFT" });
    const closed = await w.make.position({ enterpriseId: c.enterprise.id, status: "CLOSED" });
    for (const p of [others, draft, closed]) await expectRefused(request(c.client, fair.id, { positionIds: String(p.id) }), "只能带本企业已发布的岗位");
    await expectRefused(request(c.client, fair.id, { programIds: "2147483647" }), "所选专业不存在");
  });
});

describe("the enterprise's own booth", () => {
  it("edits positions and representatives while 待审核 and 已通过; not once 未通过 or 已撤回", async () => {
    for (const status of ["REQUESTED", "APPROVED"] as const) {
      const fair = await o.fair();
      const c = await o.company();
      const p = await w.make.position({ enterpriseId: c.enterprise.id });
      await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id, status, approved: status === "APPROVED" });
      expect((await c.client.post(ownPath(fair.id), { intent: "edit", representatives: "10", positionIds: String(p.id) })).status).toBe(302);
      const booth = await w.db.prisma.fairBooth.findFirstOrThrow({ where: { fairId: fair.id }, include: { positions: true } });
      expect(booth.representatives).toBe(10);
      expect(booth.positions.map((x) => x.positionId)).toEqual([p.id]);
    }
    for (const status of ["REFUSED", "WITHDRAWN"] as const) {
      const fair = await o.fair();
      const c = await o.company();
      await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id, status });
      await expectRefused(c.client.post(ownPath(fair.id), { intent: "edit", representatives: "4" }), "不能再修改");
    }
  });

  it("withdrawing an approved booth frees its number for another enterprise", async () => {
    const fair = await o.fair();
    const c = await o.company();
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id, approved: true, boothNo: 5 });
    expect((await c.client.post(ownPath(fair.id), { intent: "withdraw", confirm: "yes" })).status).toBe(302);
    expect(await boothOf(fair.id, c.enterprise.id)).toMatchObject({ status: "WITHDRAWN", boothNo: null });
    const next = await w.make.fairBooth({ fairId: fair.id, approved: true, boothNo: null });
    expect((await o.extra.office.post(deskPath(fair.id), { intent: "assign", boothId: String(next.id), boothNo: "5" })).status).toBe(302);
  });

  it("withdrawing asks twice: without confirm=yes nothing changes", async () => {
    const fair = await o.fair();
    const c = await o.company();
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id });
    await expectRefused(c.client.post(ownPath(fair.id), { intent: "withdraw" }), "请确认");
  });

  it("approved without a number, it chooses a free booth and sees its label; a taken one, or a second choice, is refused", async () => {
    const fair = await o.fair({ boothCount: 12, boothsPerRow: 5 });
    await w.make.fairBooth({ fairId: fair.id, approved: true, boothNo: 7 });
    const c = await o.company();
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id, approved: true, boothNo: null });
    await expectRefused(c.client.post(ownPath(fair.id), { intent: "choose", boothNo: "7" }), "该展位已被占用");
    await expectRefused(c.client.post(ownPath(fair.id), { intent: "choose", boothNo: "13" }), "展位号须在 1 至 12 之间");
    expect((await c.client.post(ownPath(fair.id), { intent: "choose", boothNo: "12" })).status).toBe(302);
    expect((await boothOf(fair.id, c.enterprise.id))?.boothNo).toBe(12);
    expect(await (await c.client.get(ownPath(fair.id))).text()).toContain("展位 C02");
    await expectRefused(c.client.post(ownPath(fair.id), { intent: "choose", boothNo: "1" }), "已确定展位 C02");
  });

  it("a request still 待审核 cannot choose a booth", async () => {
    const fair = await o.fair();
    const c = await o.company();
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id });
    await expectRefused(c.client.post(ownPath(fair.id), { intent: "choose", boothNo: "1" }), "展位申请通过后才能选择展位");
  });
});

describe("the organiser's decisions", () => {
  const decide = (fairId: number, fields: Record<string, string>) => o.extra.office.post(deskPath(fairId), fields);

  it("approves the last booth; one more is refused (approved booths never exceed boothCount)", async () => {
    const fair = await o.fair({ boothCount: 3 });
    await w.make.fairBooth({ fairId: fair.id, approved: true });
    await w.make.fairBooth({ fairId: fair.id, approved: true });
    const last = await w.make.fairBooth({ fairId: fair.id });
    const oneMore = await w.make.fairBooth({ fairId: fair.id });
    expect((await decide(fair.id, { intent: "approve", boothId: String(last.id) })).status).toBe(302);
    await expectRefused(decide(fair.id, { intent: "approve", boothId: String(oneMore.id) }), "展位已满");
    expect(await w.db.prisma.fairBooth.count({ where: { fairId: fair.id, status: "APPROVED" } })).toBe(3);
  });

  it("a number is within 1…boothCount: boothCount is given, boothCount + 1 and 0 are refused", async () => {
    const fair = await o.fair({ boothCount: 8, boothsPerRow: 4 });
    const a = await w.make.fairBooth({ fairId: fair.id });
    const b = await w.make.fairBooth({ fairId: fair.id });
    await expectRefused(decide(fair.id, { intent: "approve", boothId: String(a.id), boothNo: "9" }), "展位号须在 1 至 8 之间");
    await expectRefused(decide(fair.id, { intent: "approve", boothId: String(a.id), boothNo: "0" }), "展位号不能小于 1");
    expect((await decide(fair.id, { intent: "approve", boothId: String(a.id), boothNo: "8" })).status).toBe(302);
    expect((await w.db.prisma.fairBooth.findUniqueOrThrow({ where: { id: a.id } })).boothNo).toBe(8);
    await expectRefused(decide(fair.id, { intent: "approve", boothId: String(b.id), boothNo: "8" }), "该展位已被占用");
  });

  it("approval tells the enterprise its booth (or to choose one); refusal needs a reason and tells it", async () => {
    const fair = await o.fair();
    const c = await o.company();
    const withNo = await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id });
    expect((await decide(fair.id, { intent: "approve", boothId: String(withNo.id), boothNo: "11" })).status).toBe(302);
    const notices = await w.db.prisma.notification.findMany({ where: { userId: c.user.id } });
    expect(notices.map((n) => `${n.title} ${n.body}`)).toEqual([`「${fair.title}」的展位申请已通过 展位 B01。`]);

    const d = await o.company();
    const refused = await w.make.fairBooth({ fairId: fair.id, enterpriseId: d.enterprise.id });
    await expectRefused(decide(fair.id, { intent: "refuse", boothId: String(refused.id), confirm: "yes" }), "请填写未通过的原因");
    expect((await decide(fair.id, { intent: "refuse", boothId: String(refused.id), reason: "与本校专业无关", confirm: "yes" })).status).toBe(302);
    expect(await w.db.prisma.fairBooth.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({ status: "REFUSED", refusalReason: "与本校专业无关" });
    expect((await w.db.prisma.notification.findFirstOrThrow({ where: { userId: d.user.id } })).body).toBe("原因：与本校专业无关");
  });

  it("an enterprise suspended since it asked is not approved", async () => {
    const fair = await o.fair();
    const c = await o.company();
    const booth = await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id });
    await w.db.prisma.enterprise.update({ where: { organisationId: c.enterprise.id }, data: { standing: "SUSPENDED" } });
    await expectRefused(decide(fair.id, { intent: "approve", boothId: String(booth.id) }), "该企业已被市教育局暂停");
  });

  it("reassigns a booth: the old number is freed, the enterprise is told the new one", async () => {
    const fair = await o.fair();
    const c = await o.company();
    const booth = await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id, approved: true, boothNo: 2 });
    const other = await w.make.fairBooth({ fairId: fair.id, approved: true, boothNo: 3 });
    await expectRefused(decide(fair.id, { intent: "assign", boothId: String(booth.id), boothNo: "3" }), "该展位已被占用");
    expect((await decide(fair.id, { intent: "assign", boothId: String(booth.id), boothNo: "4" })).status).toBe(302);
    expect((await w.db.prisma.notification.findFirstOrThrow({ where: { userId: c.user.id } })).title).toBe(`「${fair.title}」的展位已调整为 A04`);
    expect((await decide(fair.id, { intent: "assign", boothId: String(other.id), boothNo: "2" })).status).toBe(302);
  });

  it("assigns only approved requests, and marks 到场 once", async () => {
    const fair = await o.fair();
    const requested = await w.make.fairBooth({ fairId: fair.id });
    await expectRefused(decide(fair.id, { intent: "assign", boothId: String(requested.id), boothNo: "1" }), "只能为已通过的展位申请安排展位");
    await expectRefused(decide(fair.id, { intent: "arrive", boothId: String(requested.id) }), "只有已通过的展位可以标记到场");
    const approved = await w.make.fairBooth({ fairId: fair.id, approved: true });
    expect((await decide(fair.id, { intent: "arrive", boothId: String(approved.id) })).status).toBe(302);
    expect((await w.db.prisma.fairBooth.findUniqueOrThrow({ where: { id: approved.id } })).arrivedAt).not.toBeNull();
    await expectRefused(decide(fair.id, { intent: "arrive", boothId: String(approved.id) }), "该企业已标记到场");
  });

  it("a closed fair's booths are not decided any more", async () => {
    const fair = await o.fair({ status: "CLOSED" });
    const booth = await w.make.fairBooth({ fairId: fair.id });
    await expectRefused(decide(fair.id, { intent: "approve", boothId: String(booth.id) }), "本场招聘会已结束或已取消");
  });

  it("a booth request of another fair is not found here (404)", async () => {
    const fair = await o.fair();
    const elsewhere = await w.make.fairBooth({ fairId: (await o.fair()).id });
    const before = await boothTables(w.db);
    expect((await decide(fair.id, { intent: "approve", boothId: String(elsewhere.id) })).status).toBe(404);
    expect(await boothTables(w.db)).toEqual(before);
  });
});

describe("approvedBoothsOf", () => {
  it("lists the approved booths by number with label, positions and headcount; not requested, refused or withdrawn ones", async () => {
    const fair = await o.fair({ boothsPerRow: 10 });
    const a = await o.company();
    const p1 = await w.make.position({ enterpriseId: a.enterprise.id, headcount: 5, title: "前厅接待" });
    const p2 = await w.make.position({ enterpriseId: a.enterprise.id, headcount: 3, title: "客房服务" });
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: a.enterprise.id, approved: true, boothNo: 12, positionIds: [p1.id, p2.id], representatives: 4 });
    const b = await o.company();
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: b.enterprise.id, approved: true, boothNo: 3 });
    const c = await o.company();
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id, approved: true, boothNo: null });
    for (const status of ["REQUESTED", "REFUSED", "WITHDRAWN"] as const) await w.make.fairBooth({ fairId: fair.id, status });
    const booths = await approvedBoothsOf(fair.id);
    expect(booths.map((x) => [x.enterpriseId, x.label, x.headcount])).toEqual([
      [b.enterprise.id, "A03", 0],
      [a.enterprise.id, "B02", 8],
      [c.enterprise.id, null, 0],
    ]);
    expect(booths[1]!.positions.map((p) => p.title)).toEqual(["前厅接待", "客房服务"]);
    expect(booths[1]!.representatives).toBe(4);
  });
});

describe("the organiser's list, filtered through the URL", () => {
  it.each([
    ["", ["REQUESTED", "APPROVED", "REFUSED", "WITHDRAWN"]],
    ["?status=REQUESTED", ["REQUESTED"]],
    ["?status=APPROVED", ["APPROVED"]],
    ["?status=REFUSED", ["REFUSED"]],
    ["?status=WITHDRAWN", ["WITHDRAWN"]],
    ["?status=approved", ["REQUESTED", "APPROVED", "REFUSED", "WITHDRAWN"]], // nonsense: no filter
    ["?status=", ["REQUESTED", "APPROVED", "REFUSED", "WITHDRAWN"]],
    ["?status=APPROVED&status=REFUSED", ["APPROVED"]], // the first wins
  ])("%s shows %j", async (query, shown) => {
    const fair = await o.fair();
    const names: Record<string, string> = {};
    for (const status of ["REQUESTED", "APPROVED", "REFUSED", "WITHDRAWN"] as const) {
      const c = await o.company();
      names[status] = (await w.db.prisma.organisation.findUniqueOrThrow({ where: { id: c.enterprise.id } })).name;
      await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id, status, approved: status === "APPROVED" });
    }
    const response = await o.extra.office.get(`${deskPath(fair.id)}${query}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const [status, name] of Object.entries(names)) expect(html.includes(name), `${status} ${name}`).toBe(shown.includes(status));
  });
});
