import { describe, expect, it } from "vitest";
import { agreementTables, pdfFile, postMultipart, proposal, useAgreementWorld } from "./world";

// 校企合作协议 end to end over HTTP: a proposal with its signed PDF, the other side's confirmation, a
// decline and a termination with reasons, the history on the page and the notices to the other side.

const w = useAgreementWorld();

const idFrom = (response: Response) => Number(/^\/agreements\/(\d+)$/.exec(response.headers.get("location") ?? "")?.[1]);

describe("a school proposes, the enterprise answers", () => {
  it("a proposal with a PDF is recorded PROPOSED with its programs, document, first history line and a notice to the enterprise's staff", async () => {
    const response = await postMultipart(w.schoolStaff.client, "/agreements/new", { ...proposal(w.enterprise.id, w.program.id), document: pdfFile() });
    expect(response.status).toBe(302);
    const id = idFrom(response);
    const row = await w.db.prisma.partnershipAgreement.findUniqueOrThrow({
      where: { id },
      include: { programs: true, events: true, document: true },
    });
    expect(row).toMatchObject({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "PROPOSED", proposedBy: "SCHOOL", kind: "ORDER_CLASS" });
    expect(row.programs.map((p) => p.programId)).toEqual([w.program.id]);
    expect(row.events).toMatchObject([{ fromStatus: null, toStatus: "PROPOSED", actorId: w.schoolStaff.user.id }]);
    expect(row.document).toMatchObject({ mediaType: "application/pdf", fileName: "合作协议.pdf", organisationId: w.school.id });
    const notices = await w.db.prisma.notification.findMany({ where: { userId: w.enterpriseStaff.user.id, link: `/agreements/${id}` } });
    expect(notices).toHaveLength(1);

    const page = await (await w.enterpriseStaff.client.get(`/agreements/${id}`)).text();
    expect(page).toContain("待确认");
    expect(page).toContain("确认协议");
    // The proposer is offered no confirm button for their own proposal.
    expect(await (await w.schoolStaff.client.get(`/agreements/${id}`)).text()).not.toContain("确认协议");
  });

  it("the enterprise confirms: ACTIVE, 生效 for both sides, a history line by its staff, a notice to the school", async () => {
    const id = idFrom(await postMultipart(w.schoolStaff.client, "/agreements/new", { ...proposal(w.enterprise.id, w.program.id, { startsOn: "2025-09-01" }), document: pdfFile() }));
    const response = await w.enterpriseStaff.client.post(`/agreements/${id}`, { intent: "confirm" });
    expect(response.status).toBe(302);
    const row = await w.db.prisma.partnershipAgreement.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(row.status).toBe("ACTIVE");
    expect(row.events.at(-1)).toMatchObject({ fromStatus: "PROPOSED", toStatus: "ACTIVE", actorId: w.enterpriseStaff.user.id });
    for (const client of [w.schoolStaff.client, w.enterpriseStaff.client, w.bureau.client]) {
      const html = await (await client.get(`/agreements/${id}`)).text();
      expect(html).toContain("生效");
      expect(html).toContain(w.enterpriseStaff.user.displayName); // who confirmed, in the history
    }
    expect(await w.db.prisma.notification.count({ where: { userId: w.schoolStaff.user.id, link: `/agreements/${id}` } })).toBe(1);
  });

  it("a confirmation without the signed document is refused with its reason; attaching one then lets it through", async () => {
    const id = idFrom(await postMultipart(w.schoolStaff.client, "/agreements/new", proposal(w.enterprise.id, w.program.id, { title: "西贝喜悦班订单培养协议（文本后补）" })));
    const before = await agreementTables(w.db);
    const refused = await w.enterpriseStaff.client.post(`/agreements/${id}`, { intent: "confirm" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("请先上传签署的协议文本");
    expect(await agreementTables(w.db)).toEqual(before);
    expect((await postMultipart(w.enterpriseStaff.client, `/agreements/${id}`, { intent: "attach", document: pdfFile("盖章版.pdf") })).status).toBe(302);
    expect((await w.enterpriseStaff.client.post(`/agreements/${id}`, { intent: "confirm" })).status).toBe(302);
    const row = await w.db.prisma.partnershipAgreement.findUniqueOrThrow({ where: { id }, include: { document: true } });
    expect(row.status).toBe("ACTIVE");
    expect(row.document?.fileName).toBe("盖章版.pdf");
    // Once active the signed text is fixed.
    const late = await postMultipart(w.schoolStaff.client, `/agreements/${id}`, { intent: "attach", document: pdfFile("改过的.pdf") });
    expect(late.status).toBe(400);
  });

  it("declining needs a reason and a confirming second press; the reason is in the history", async () => {
    const id = idFrom(await postMultipart(w.schoolStaff.client, "/agreements/new", proposal(w.enterprise.id, w.program.id, { title: "西贝喜悦班订单培养协议（待拒绝）" })));
    const before = await agreementTables(w.db);
    const noReason = await w.enterpriseStaff.client.post(`/agreements/${id}`, { intent: "decline", confirm: "yes" });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("请填写拒绝理由");
    const unconfirmed = await w.enterpriseStaff.client.post(`/agreements/${id}`, { intent: "decline", reason: "本年度名额已满" });
    expect(unconfirmed.status).toBe(400);
    expect(await agreementTables(w.db)).toEqual(before);
    expect((await w.enterpriseStaff.client.post(`/agreements/${id}`, { intent: "decline", reason: "本年度名额已满", confirm: "yes" })).status).toBe(302);
    const row = await w.db.prisma.partnershipAgreement.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(row.status).toBe("DECLINED");
    expect(row.events.at(-1)).toMatchObject({ fromStatus: "PROPOSED", toStatus: "DECLINED", reason: "本年度名额已满" });
    const html = await (await w.schoolStaff.client.get(`/agreements/${id}`)).text();
    expect(html).toContain("已拒绝");
    expect(html).toContain("本年度名额已满");
  });

  it("either side terminates an active agreement with a reason after the confirm step; the other side is told", async () => {
    const a = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "ACTIVE", proposedBy: "ENTERPRISE" });
    const noReason = await w.schoolStaff.client.post(`/agreements/${a.id}`, { intent: "terminate", confirm: "yes" });
    expect(await noReason.text()).toContain("请填写终止理由");
    const asked = await w.schoolStaff.client.post(`/agreements/${a.id}`, { intent: "terminate", reason: "专业停招" });
    expect(asked.status).toBe(400);
    expect(await asked.text()).toContain("这一步不能撤销");
    const noticesBefore = await w.db.prisma.notification.count({ where: { userId: w.enterpriseStaff.user.id } });
    expect((await w.schoolStaff.client.post(`/agreements/${a.id}`, { intent: "terminate", reason: "专业停招", confirm: "yes" })).status).toBe(302);
    const row = await w.db.prisma.partnershipAgreement.findUniqueOrThrow({ where: { id: a.id }, include: { events: true } });
    expect(row.status).toBe("TERMINATED");
    expect(row.events).toMatchObject([{ fromStatus: "ACTIVE", toStatus: "TERMINATED", reason: "专业停招", actorId: w.schoolStaff.user.id }]);
    expect(await w.db.prisma.notification.count({ where: { userId: w.enterpriseStaff.user.id } })).toBe(noticesBefore + 1);
  });

  it("an enterprise proposes to a school; the school confirms", async () => {
    const proposed = await postMultipart(w.enterpriseStaff.client, "/agreements/new", { ...proposal(w.school.id, w.program.id, { kind: "TRAINING_BASE" }), document: pdfFile() });
    expect(proposed.status, await proposed.clone().text()).toBe(302);
    const id = idFrom(proposed);
    const row = await w.db.prisma.partnershipAgreement.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ schoolId: w.school.id, enterpriseId: w.enterprise.id, proposedBy: "ENTERPRISE" });
    expect((await w.enterpriseStaff.client.post(`/agreements/${id}`, { intent: "confirm" })).status).toBe(400);
    expect((await w.schoolStaff.client.post(`/agreements/${id}`, { intent: "confirm" })).status).toBe(302);
  });
});

describe("the counterpart is a verified enterprise the school has not blocked", () => {
  it("unverified, suspended and blocked enterprises are refused with their reason, nothing written; a verified one is offered", async () => {
    const unverified = await w.make.enterprise({ standing: "UNVERIFIED" });
    const suspended = await w.make.enterprise({ standing: "SUSPENDED" });
    const blocked = await w.make.enterprise();
    await w.db.prisma.schoolEnterpriseBlock.create({ data: { schoolId: w.school.id, enterpriseId: blocked.id, actorId: w.schoolStaff.user.id } });
    const form = await (await w.schoolStaff.client.get("/agreements/new")).text();
    expect(form).toContain(w.enterprise.name);
    for (const [e, message] of [
      [unverified, "尚未通过市教育局核验"],
      [suspended, "已被市教育局暂停"],
      [blocked, "不合作名单"],
    ] as const) {
      expect(form).not.toContain(`>${e.name}<`);
      const before = await agreementTables(w.db);
      const response = await postMultipart(w.schoolStaff.client, "/agreements/new", proposal(e.id, w.program.id));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
      expect(await agreementTables(w.db)).toEqual(before);
    }
  });

  it("an enterprise suspended after the proposal cannot be confirmed into an agreement", async () => {
    const e = await w.make.enterprise();
    const staff = await w.staffClient("ENTERPRISE_STAFF", e.id);
    const id = idFrom(await postMultipart(w.schoolStaff.client, "/agreements/new", { ...proposal(e.id, w.program.id), document: pdfFile() }));
    await w.db.prisma.enterprise.update({ where: { organisationId: e.id }, data: { standing: "SUSPENDED" } });
    const response = await staff.client.post(`/agreements/${id}`, { intent: "confirm" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("已被市教育局暂停");
    expect((await w.db.prisma.partnershipAgreement.findUniqueOrThrow({ where: { id } })).status).toBe("PROPOSED");
  });

  it("an unverified enterprise cannot propose (Chinese reason, 400, nothing written)", async () => {
    const e = await w.make.enterprise({ standing: "UNVERIFIED" });
    const staff = await w.staffClient("ENTERPRISE_STAFF", e.id);
    const before = await agreementTables(w.db);
    const response = await postMultipart(staff.client, "/agreements/new", proposal(w.school.id, w.program.id));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("尚未通过市教育局核验");
    expect(await agreementTables(w.db)).toEqual(before);
  });
});
