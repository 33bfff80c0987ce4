import { describe, expect, it } from "vitest";
import { normalizeQuery } from "../../search/query";
import { searchRequests } from "../../search/meilisearch/requests";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";
import { standingTables, validCreditCode } from "./support";

// Who may verify (only the bureau: schools, teachers, enterprises — its own included — and students
// are refused), bad input on the standing and block forms, and the exclusion as both engines get it.

const t = useTestApp();
const w = fromBeforeAll("cast", async () => {
  const school = await t.make.school();
  const enterprise = await t.make.enterprise({ standing: "UNVERIFIED", creditCode: validCreditCode() });
  const other = await t.make.enterprise({ creditCode: validCreditCode() });
  const client = async (role: "BUREAU_ADMIN" | "SCHOOL_STAFF" | "TEACHER" | "ENTERPRISE_STAFF" | "STUDENT", organisationId: number) =>
    t.clientFor((await t.make.user({ role, organisationId })).id);
  const studentUser = (await t.make.student({ schoolId: school.id, account: true })).user;
  return {
    enterprise,
    bureau: await client("BUREAU_ADMIN", (await t.make.bureau()).id),
    others: {
      "school staff": await client("SCHOOL_STAFF", school.id),
      teacher: await client("TEACHER", school.id),
      "the enterprise's own staff": await client("ENTERPRISE_STAFF", enterprise.id),
      "another enterprise's staff": await client("ENTERPRISE_STAFF", other.id),
      student: await t.clientFor(studentUser.id),
    },
    office: await client("SCHOOL_STAFF", school.id),
  };
});

describe("only the bureau verifies", () => {
  it("everyone else: 403 on the pages and the move, nothing written", async () => {
    for (const [who, client] of Object.entries(w.others)) {
      const before = await standingTables(t.db);
      expect((await client.post(`/bureau/enterprises/${w.enterprise.id}`, { intent: "verify" })).status, who).toBe(403);
      expect((await client.get(`/bureau/enterprises/${w.enterprise.id}`)).status, who).toBe(403);
      expect((await client.get("/bureau/enterprises")).status, who).toBe(403);
      expect(await standingTables(t.db), who).toEqual(before);
    }
  });
  it("the bureau: a missing or malformed enterprise is 404", async () => {
    expect((await w.bureau.get("/bureau/enterprises/999999")).status).toBe(404);
    expect((await w.bureau.post("/bureau/enterprises/999999", { intent: "verify" })).status).toBe(404);
    expect((await w.bureau.get("/bureau/enterprises/1e3")).status).toBe(404);
  });
});

describe("the bureau's list, filtered through the URL", () => {
  it("by standing; nonsense shows all", async () => {
    const suspended = await t.make.enterprise({ standing: "SUSPENDED", creditCode: validCreditCode() });
    const ids = async (query: string) =>
      [...(await (await w.bureau.get(`/bureau/enterprises${query}`)).text()).matchAll(/data-row-id="(\d+)"/g)].map((m) => Number(m[1]));
    const unverified = await ids("?standing=UNVERIFIED");
    expect(unverified).toContain(w.enterprise.id);
    expect(unverified).not.toContain(suspended.id);
    expect(await ids("?standing=SUSPENDED")).toEqual([suspended.id]);
    const all = await ids("?standing=%3Cscript%3E");
    expect(all).toEqual(expect.arrayContaining([w.enterprise.id, suspended.id]));
    expect((await w.bureau.get("/bureau/enterprises?page=999")).status).toBe(302);
  });
});

describe("bad input: Chinese message, 400, nothing written", () => {
  const huge = "很".repeat(501);
  const standingCases: [string, Record<string, string>, string][] = [
    ["no intent", {}, "请选择有效的操作"],
    ["an unknown intent", { intent: "approve" }, "请选择有效的操作"],
    ["suspend with no reason", { intent: "suspend", confirm: "yes" }, "请填写暂停原因"],
    ["a huge reason", { intent: "suspend", reason: huge, confirm: "yes" }, "不能超过 500 个字符"],
    ["control characters", { intent: "suspend", reason: "原因\u0000\u0007", confirm: "yes" }, "不能包含控制字符"],
    ["markup", { intent: "suspend", reason: "<script>alert(1)</script>", confirm: "yes" }, "不能包含 HTML 标签"],
    ["a wrong confirm value", { intent: "suspend", reason: "收取押金", confirm: "maybe" }, "确认参数无效"],
  ];
  for (const [name, fields, message] of standingCases) {
    it(`standing form: ${name}`, async () => {
      const before = await standingTables(t.db);
      const response = await w.bureau.post(`/bureau/enterprises/${w.enterprise.id}`, fields);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
      expect(await standingTables(t.db)).toEqual(before);
    });
  }
  const blockCases: [string, Record<string, string>, string][] = [
    ["no intent", {}, "请选择有效的操作"],
    ["no reason", { intent: "block", confirm: "yes" }, "请填写不合作原因"],
    ["a huge reason", { intent: "block", reason: huge, confirm: "yes" }, "不能超过 500 个字符"],
    ["control characters", { intent: "block", reason: "\u202e原因", confirm: "yes" }, "不能包含控制字符"],
    ["markup", { intent: "block", reason: "<img src=x>", confirm: "yes" }, "不能包含 HTML 标签"],
    ["unconfirmed", { intent: "block", reason: "拖欠报酬" }, "请确认"],
  ];
  for (const [name, fields, message] of blockCases) {
    it(`block form: ${name}`, async () => {
      const before = await standingTables(t.db);
      const response = await w.office.post(`/enterprises/${w.enterprise.id}/block`, fields);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
      expect(await standingTables(t.db)).toEqual(before);
    });
  }
});

describe("the exclusion as the engines read it", () => {
  it("normalizeQuery keeps valid ids, once, ascending", () => {
    expect(normalizeQuery({ excludeEnterpriseIds: [9, 3, 9, -1, 0, 2.5] }).excludeEnterprises).toEqual([3, 9]);
    expect(normalizeQuery({}).excludeEnterprises).toEqual([]);
  });
  it("Meilisearch: every request of the search carries it as a filter, so totals and facets leave them out", () => {
    const query = normalizeQuery({ q: "厨师", kind: ["JOB"], excludeEnterpriseIds: [7, 4] });
    const requests = searchRequests("positions", query, "2026-11-29");
    expect(requests.length).toBe(2);
    for (const r of requests) expect(r.filter).toContain("enterpriseId NOT IN [4, 7]");
    const none = searchRequests("positions", normalizeQuery({ q: "厨师" }), "2026-11-29");
    expect(JSON.stringify(none.map((r) => r.filter))).not.toContain("enterpriseId");
  });
});
