import { describe, expect, it } from "vitest";
import type { EnterpriseStanding } from "~/generated/prisma/enums";
import { CREDIT_CODE_MESSAGE } from "~/lib/credit-code";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";
import { standingTables, validCreditCode, wrongCheckCode } from "./support";

// 企业资质 transitions, written by hand from the meaning (not from STANDING_MOVES): the bureau
// verifies a 待核验 enterprise (only with a valid 统一社会信用代码), suspends a 待核验 or 已核验 one
// with a reason, and reinstates a suspended one (again only with a valid code). Nothing goes back to
// 待核验, nothing is verified twice, and every move writes exactly one event naming who and why.

const t = useTestApp();
const w = fromBeforeAll("bureau", async () => {
  const bureauOrg = await t.make.bureau();
  const admin = await t.make.user({ role: "BUREAU_ADMIN", organisationId: bureauOrg.id });
  return { admin, bureau: await t.clientFor(admin.id) };
});

async function enterpriseIn(standing: EnterpriseStanding, creditCode: string | null = validCreditCode()) {
  return t.make.enterprise({ standing, creditCode });
}
const move = (id: number, fields: Record<string, string>) => w.bureau.post(`/bureau/enterprises/${id}`, fields);
const standingOf = async (id: number) => (await t.db.prisma.enterprise.findUniqueOrThrow({ where: { organisationId: id } })).standing;

async function refused(id: number, fields: Record<string, string>, message: string) {
  const before = await standingTables(t.db);
  const response = await move(id, fields);
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(message);
  expect(await standingTables(t.db)).toEqual(before);
}

describe("allowed moves, each with one event", () => {
  const allowed: [EnterpriseStanding, Record<string, string>, EnterpriseStanding][] = [
    ["UNVERIFIED", { intent: "verify" }, "VERIFIED"],
    ["UNVERIFIED", { intent: "suspend", reason: "营业执照与名称不符", confirm: "yes" }, "SUSPENDED"],
    ["VERIFIED", { intent: "suspend", reason: "收取实习学生押金", confirm: "yes" }, "SUSPENDED"],
    ["SUSPENDED", { intent: "reinstate", reason: "已退还押金" }, "VERIFIED"],
  ];
  for (const [from, fields, to] of allowed) {
    it(`${from} --${fields.intent}--> ${to}`, async () => {
      const e = await enterpriseIn(from);
      const eventsBefore = await t.db.prisma.enterpriseStandingEvent.count();
      const response = await move(e.id, fields);
      expect(response.status).toBe(302);
      expect(await standingOf(e.id)).toBe(to);
      const events = await t.db.prisma.enterpriseStandingEvent.findMany({ where: { enterpriseId: e.id } });
      expect(events).toHaveLength(1);
      expect(await t.db.prisma.enterpriseStandingEvent.count()).toBe(eventsBefore + 1);
      expect(events[0]).toMatchObject({ standing: to, actorId: w.admin.id, reason: fields.reason ?? null });
      const row = await t.db.prisma.enterprise.findUniqueOrThrow({ where: { organisationId: e.id } });
      expect(row.standingAt).not.toBeNull();
      // The reason the enterprise is shown is the suspension's; good standing carries none.
      expect(row.standingReason).toBe(to === "SUSPENDED" ? fields.reason : null);
    });
  }
});

describe("forbidden moves write nothing", () => {
  const forbidden: [EnterpriseStanding, string][] = [
    ["VERIFIED", "verify"],
    ["VERIFIED", "reinstate"],
    ["SUSPENDED", "verify"],
    ["SUSPENDED", "suspend"],
    ["UNVERIFIED", "reinstate"],
  ];
  for (const [from, intent] of forbidden) {
    it(`${from} cannot ${intent}`, async () => {
      const e = await enterpriseIn(from);
      await refused(e.id, { intent, reason: "测试原因", confirm: "yes" }, "该企业当前为");
    });
  }

  it("no move leads back to 待核验: a posted standing is not an intent", async () => {
    const e = await enterpriseIn("VERIFIED");
    await refused(e.id, { intent: "unverify" }, "请选择有效的操作");
    await refused(e.id, { intent: "UNVERIFIED" }, "请选择有效的操作");
  });
});

describe("good standing needs a valid 统一社会信用代码 (GB 32100-2015)", () => {
  it("cannot verify with no code on record", async () => {
    await refused((await enterpriseIn("UNVERIFIED", null)).id, { intent: "verify" }, "尚未填写统一社会信用代码");
  });
  it("cannot verify with a wrong check character; the right one verifies", async () => {
    const e = await enterpriseIn("UNVERIFIED", wrongCheckCode());
    await refused(e.id, { intent: "verify" }, CREDIT_CODE_MESSAGE.check);
    await t.db.prisma.enterprise.update({ where: { organisationId: e.id }, data: { creditCode: validCreditCode() } });
    expect((await move(e.id, { intent: "verify" })).status).toBe(302);
    expect(await standingOf(e.id)).toBe("VERIFIED");
  });
  it("cannot reinstate a suspended enterprise whose code is malformed", async () => {
    await refused((await enterpriseIn("SUSPENDED", "12345")).id, { intent: "reinstate" }, CREDIT_CODE_MESSAGE.format);
  });
});

describe("suspending", () => {
  it("needs a reason", async () => {
    await refused((await enterpriseIn("VERIFIED")).id, { intent: "suspend", reason: "", confirm: "yes" }, "请填写暂停原因");
  });
  it("is asked twice: unconfirmed it writes nothing and the page asks", async () => {
    await refused((await enterpriseIn("VERIFIED")).id, { intent: "suspend", reason: "收取押金" }, "请确认");
  });
  it("tells the enterprise's staff why", async () => {
    const e = await enterpriseIn("VERIFIED");
    const staff = await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: e.id });
    expect((await move(e.id, { intent: "suspend", reason: "扣留学生身份证", confirm: "yes" })).status).toBe(302);
    const notices = await t.db.prisma.notification.findMany({ where: { userId: staff.id } });
    expect(notices.map((n) => n.body).join()).toContain("扣留学生身份证");
    // …and its home says so, with what it may still do.
    const home = await (await (await t.clientFor(staff.id)).get("/")).text();
    expect(home).toContain("已暂停");
    expect(home).toContain("扣留学生身份证");
    expect(home).toContain("可以继续编辑岗位草稿");
  });
});
