import { describe, expect, it } from "vitest";
import { destinationTables, employed, useDestinationWorld } from "./world";

// Proposals from the platform's records (issue 14 item 1): a 岗位实习 the host kept the student on from
// (retainedOn set, retained not false) and an ACCEPTED application to a JOB position of the enterprise of an
// order class the student is ENROLLED in. An internship by itself is never proposed as employment. The
// school's office accepts (via PROPOSAL, decision stored once), adjusts then accepts, or dismisses.

const w = useDestinationWorld();

const listHtml = async (query = "") => (await w.schoolStaff.client.get(`/destinations/proposals${query}`)).text();
const proposed = (html: string, key: string) => html.includes(`data-proposal="${key}"`);

/** A graduate of the school with a placement at a fresh enterprise (Hohhot, 小型 by the factory). */
async function placed(placement: { retainedOn?: string | null; retained?: boolean | null; status?: "PLANNED" | "ACTIVE" | "COMPLETED" | "TERMINATED" } = {}, graduate: { status?: "GRADUATED" | "ENROLLED"; cohortYear?: number } = {}) {
  const { student } = await w.graduate(graduate);
  const host = await w.make.enterprise({ name: `示例·留用企业${student.id}` });
  const p = await w.make.internshipPlacement({ studentId: student.id, enterpriseId: host.id, ...placement });
  return { student, host, placement: p, key: `KEPT_ON-${p.id}` };
}

/** A graduate in an order class of a fresh enterprise, with an application to one of its positions. */
async function orderClassMember(options: { status?: "ACCEPTED" | "OFFER" | "DECLINED"; kind?: "JOB" | "INTERNSHIP" | "APPRENTICESHIP"; membership?: "ENROLLED" | "WITHDRAWN" | "REQUESTED"; elsewhere?: boolean } = {}) {
  const { student } = await w.graduate();
  const partner = await w.make.enterprise({ name: `示例·订单企业${student.id}` });
  await w.make.orderClass({ schoolId: w.school.id, enterpriseId: partner.id, name: `示例·订单班${student.id}`, members: [{ studentId: student.id, status: options.membership ?? "ENROLLED" }] });
  const hiring = options.elsewhere ? await w.make.enterprise() : partner;
  const position = await w.make.position({ enterpriseId: hiring.id, kind: options.kind ?? "JOB", title: "示例·储备干部" });
  const application = await w.make.application({ studentId: student.id, positionId: position.id, status: options.status ?? "ACCEPTED" });
  return { student, partner, application, key: `ORDER_CLASS_HIRE-${application.id}` };
}

describe("which records make a proposal", () => {
  it("kept on (retainedOn set, retained true or not said): proposed as 合同就业 at the host", async () => {
    const a = await placed({ retainedOn: "2026-07-01", retained: true, status: "COMPLETED" });
    const b = await placed({ retainedOn: "2026-07-15", retained: null });
    const html = await listHtml();
    expect(proposed(html, a.key)).toBe(true);
    expect(proposed(html, b.key)).toBe(true);
    expect(html).toContain(`岗位实习留用 · ${a.host.name}`);
    expect(html).toContain("去向：合同就业");
    expect(html).toContain("入职日期：2026-07-01");
  });

  it("an internship alone is never proposed: no kept-on day (whatever its status or retained), or retained false", async () => {
    const cases = [
      await placed({ status: "ACTIVE" }),
      await placed({ status: "COMPLETED" }),
      await placed({ status: "COMPLETED", retained: true }),
      await placed({ retainedOn: "2026-07-01", retained: false }),
    ];
    const html = await listHtml();
    for (const c of cases) expect(proposed(html, c.key)).toBe(false);
    // …and accepting one by hand is "not found", nothing written.
    const before = await destinationTables(w.db);
    for (const c of cases) {
      const response = await w.schoolStaff.client.post("/destinations/proposals", { intent: "accept", source: "KEPT_ON", sourceId: String(c.placement.id) });
      expect(response.status).toBe(404);
    }
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("only graduates: a kept-on student still enrolled is not proposed; another year's graduates are under ?year=", async () => {
    const enrolled = await placed({ retainedOn: "2026-07-01" }, { status: "ENROLLED" });
    const older = await placed({ retainedOn: "2025-07-01" }, { cohortYear: 2022 });
    const html = await listHtml();
    expect(proposed(html, enrolled.key)).toBe(false);
    expect(proposed(html, older.key)).toBe(false);
    expect(proposed(await listHtml("?year=2025"), older.key)).toBe(true);
  });

  it("an order-class hire: ACCEPTED, a JOB, at the class's enterprise, while ENROLLED — proposed", async () => {
    const m = await orderClassMember();
    const html = await listHtml();
    expect(proposed(html, m.key)).toBe(true);
    expect(html).toContain(`订单班录用 · 示例·订单班${m.student.id} · ${m.partner.name}`);
  });

  it("not an order-class hire: an offer not yet accepted, an internship or apprenticeship post, a withdrawn or pending member, another enterprise", async () => {
    const cases = [
      await orderClassMember({ status: "OFFER" }),
      await orderClassMember({ status: "DECLINED" }),
      await orderClassMember({ kind: "INTERNSHIP" }),
      await orderClassMember({ kind: "APPRENTICESHIP" }),
      await orderClassMember({ membership: "WITHDRAWN" }),
      await orderClassMember({ membership: "REQUESTED" }),
      await orderClassMember({ elsewhere: true }),
    ];
    const html = await listHtml();
    for (const c of cases) expect(proposed(html, c.key)).toBe(false);
  });
});

describe("accepting and dismissing", () => {
  it("采纳: the host's destination via PROPOSAL (linked, Hohhot, size, employed from retainedOn), the decision stored, gone from the list", async () => {
    const p = await placed({ retainedOn: "2026-07-01", retained: true });
    const response = await w.schoolStaff.client.post("/destinations/proposals", { intent: "accept", source: "KEPT_ON", sourceId: String(p.placement.id) });
    expect(response.status).toBe(302);
    const row = await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: p.student.id } });
    expect(row).toMatchObject({
      kind: "EMPLOYED_CONTRACT",
      employerName: p.host.name,
      employerOrganisationId: p.host.id,
      employerProvince: "内蒙古自治区",
      employerCity: "呼和浩特市",
      employerSize: "SMALL",
      confirmation: "UNCONFIRMED",
    });
    expect(row.employedOn?.toISOString().slice(0, 10)).toBe("2026-07-01");
    const changes = await w.db.prisma.destinationChange.findMany({ where: { studentId: p.student.id } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ via: "PROPOSAL", actorUserId: w.schoolStaff.user.id, before: null });
    expect(await w.db.prisma.destinationProposalDecision.findMany({ where: { studentId: p.student.id } })).toMatchObject([
      { source: "KEPT_ON", sourceId: p.placement.id, accepted: true, decidedById: w.schoolStaff.user.id },
    ]);
    expect(proposed(await listHtml(), p.key)).toBe(false);
  });

  it("accepting twice: the second is 400 (already decided), one change only", async () => {
    const m = await orderClassMember();
    const body = { intent: "accept", source: "ORDER_CLASS_HIRE", sourceId: String(m.application.id) };
    expect((await w.schoolStaff.client.post("/destinations/proposals", body)).status).toBe(302);
    const before = await destinationTables(w.db);
    const second = await w.secondStaff.client.post("/destinations/proposals", body);
    expect(second.status).toBe(400);
    expect(await second.text()).toContain("该建议已处理");
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("不采纳: the decision stored (not accepted), no destination written, gone from the list, and cannot be accepted after", async () => {
    const p = await placed({ retainedOn: "2026-07-01" });
    const response = await w.schoolStaff.client.post("/destinations/proposals", { intent: "dismiss", source: "KEPT_ON", sourceId: String(p.placement.id) });
    expect(response.status).toBe(302);
    expect(await w.db.prisma.graduateDestination.count({ where: { studentId: p.student.id } })).toBe(0);
    expect(await w.db.prisma.destinationProposalDecision.findFirst({ where: { sourceId: p.placement.id, source: "KEPT_ON" } })).toMatchObject({ accepted: false });
    expect(proposed(await listHtml(), p.key)).toBe(false);
    const again = await w.schoolStaff.client.post("/destinations/proposals", { intent: "accept", source: "KEPT_ON", sourceId: String(p.placement.id) });
    expect(again.status).toBe(400);
  });

  it("a graduate with a different destination: the list says what would change; accepting needs confirm=yes", async () => {
    const p = await placed({ retainedOn: "2026-07-01" });
    await w.schoolStaff.client.post(`/destinations/${p.student.id}`, { kind: "UNPLACED" });
    const html = await listHtml();
    expect(html).toContain("采纳后将改变");
    expect(html).toContain("去向：待就业 → 合同就业");
    const body = { intent: "accept", source: "KEPT_ON", sourceId: String(p.placement.id) };
    const before = await destinationTables(w.db);
    const unconfirmed = await w.schoolStaff.client.post("/destinations/proposals", body);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("采纳后将替换");
    expect(await destinationTables(w.db)).toEqual(before);
    expect((await w.schoolStaff.client.post("/destinations/proposals", { ...body, confirm: "yes" })).status).toBe(302);
    const row = await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: p.student.id } });
    expect(row.kind).toBe("EMPLOYED_CONTRACT");
    const last = await w.db.prisma.destinationChange.findFirstOrThrow({ where: { studentId: p.student.id }, orderBy: { id: "desc" } });
    expect(last.before).toMatchObject({ kind: "UNPLACED" });
    expect(last.via).toBe("PROPOSAL");
  });

  it("a proposal lacking the province (kept on at a post in 包头市) is not accepted as it is; adjusted on the graduate's page it is", async () => {
    const { student } = await w.graduate();
    const host = await w.make.enterprise({ name: "示例·包头钢铁" });
    const post = await w.make.position({ enterpriseId: host.id, city: "包头市", title: "示例·轧钢工" });
    const p = await w.make.internshipPlacement({ studentId: student.id, enterpriseId: host.id, retainedOn: "2026-07-01", retainedPositionId: post.id });
    const key = `KEPT_ON-${p.id}`;
    const html = await listHtml();
    expect(proposed(html, key)).toBe(true);
    expect(html).toContain("就业须填写单位所在省");
    const before = await destinationTables(w.db);
    const direct = await w.schoolStaff.client.post("/destinations/proposals", { intent: "accept", source: "KEPT_ON", sourceId: String(p.id) });
    expect(direct.status).toBe(400);
    expect(await direct.text()).toContain("调整后采纳");
    expect(await destinationTables(w.db)).toEqual(before);
    // The graduate's page starts from the proposal.
    const page = await (await w.schoolStaff.client.get(`/destinations/${student.id}?proposal=${key}`)).text();
    expect(page).toContain("调整后采纳建议");
    expect(page).toContain('value="示例·包头钢铁"');
    const response = await w.schoolStaff.client.post(`/destinations/${student.id}`, {
      kind: "EMPLOYED_CONTRACT",
      employerName: "示例·包头钢铁",
      employerProvince: "内蒙古",
      employerCity: "包头市",
      employedOn: "2026-07-01",
      source: "KEPT_ON",
      sourceId: String(p.id),
    });
    expect(response.status).toBe(302);
    const row = await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: student.id } });
    expect(row).toMatchObject({ employerOrganisationId: host.id, employerProvince: "内蒙古自治区", employerCity: "包头市" });
    expect((await w.db.prisma.destinationChange.findFirstOrThrow({ where: { studentId: student.id } })).via).toBe("PROPOSAL");
    expect(await w.db.prisma.destinationProposalDecision.count({ where: { source: "KEPT_ON", sourceId: p.id, accepted: true } })).toBe(1);
    expect(proposed(await listHtml(), key)).toBe(false);
  });

  it("the adjusted form naming another graduate's proposal: 400, nothing written", async () => {
    const p = await placed({ retainedOn: "2026-07-01" });
    const { student } = await w.graduate();
    const before = await destinationTables(w.db);
    const response = await w.schoolStaff.client.post(`/destinations/${student.id}`, { ...employed(), source: "KEPT_ON", sourceId: String(p.placement.id) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("该建议不存在或不属于该学生");
    expect(await destinationTables(w.db)).toEqual(before);
  });
});

describe("who decides", () => {
  it("another school's office: not in its list, and 404 on accepting or dismissing, nothing written", async () => {
    const p = await placed({ retainedOn: "2026-07-01" });
    expect(proposed(await (await w.otherSchoolStaff.client.get("/destinations/proposals")).text(), p.key)).toBe(false);
    const before = await destinationTables(w.db);
    for (const intent of ["accept", "dismiss"]) {
      const response = await w.otherSchoolStaff.client.post("/destinations/proposals", { intent, source: "KEPT_ON", sourceId: String(p.placement.id), confirm: "yes" });
      expect(response.status).toBe(404);
    }
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("the bureau, a teacher, an enterprise, a student: 403 on the page and on a decision, nothing written", async () => {
    const p = await placed({ retainedOn: "2026-07-01" });
    const { client: studentClient } = await w.graduate();
    const before = await destinationTables(w.db);
    for (const client of [w.bureau.client, w.teacherUser.client, w.enterpriseStaff.client, studentClient]) {
      expect((await client.get("/destinations/proposals")).status).toBe(403);
      expect((await client.post("/destinations/proposals", { intent: "accept", source: "KEPT_ON", sourceId: String(p.placement.id) })).status).toBe(403);
    }
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it.each([
    ["no intent", { source: "KEPT_ON", sourceId: "1" }, "未知的操作"],
    ["an unknown source", { intent: "accept", source: "FAIR_LEAD", sourceId: "1" }, "建议来源无效"],
    ["a source id that is not a number", { intent: "accept", source: "KEPT_ON", sourceId: "abc" }, "建议来源无效"],
    ["a source id past the column", { intent: "accept", source: "KEPT_ON", sourceId: "99999999999" }, "建议来源无效"],
    ["a confirm that is not yes", { intent: "accept", source: "KEPT_ON", sourceId: "1", confirm: "sure" }, "确认参数无效"],
  ])("bad decision input, %s: 400 in Chinese, nothing written", async (_name, body, message) => {
    const before = await destinationTables(w.db);
    const response = await w.schoolStaff.client.post("/destinations/proposals", body);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await destinationTables(w.db)).toEqual(before);
  });
});
