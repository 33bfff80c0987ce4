import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { dayFromToday } from "../support/dates";
import { validPositionForm, type FormBody } from "../support/forms";
import { positionTables } from "../support/snapshots";
import { useTestApp } from "../support/test-app";

// The position form answers every bad input with 400 and a Chinese message on the page, and
// writes nothing: not a position, not a link to a program, not an audit row.

const t = useTestApp();
let staff: Client;
let draftId: number;

beforeAll(async () => {
  const enterprise = await t.make.enterprise();
  staff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
  draftId = (await t.make.position({ enterpriseId: enterprise.id, status: "DRAFT" })).id;
});

const without = (field: string) => {
  const form = validPositionForm();
  delete form[field];
  return form;
};

const cases: Array<[string, FormBody, string]> = [
  ["missing title", without("title"), "请填写岗位名称"],
  ["blank title", validPositionForm({ title: "   " }), "请填写岗位名称"],
  ["missing kind", without("kind"), "请选择有效的岗位类型"],
  ["unknown kind", validPositionForm({ kind: "GIG" }), "请选择有效的岗位类型"],
  ["missing headcount", without("headcount"), "请填写招收人数"],
  ["missing description", without("description"), "请填写岗位描述"],
  ["headcount abc", validPositionForm({ headcount: "abc" }), "招收人数须为整数"],
  ["headcount 2.5", validPositionForm({ headcount: "2.5" }), "招收人数须为整数"],
  ["headcount 0", validPositionForm({ headcount: "0" }), "招收人数至少为 1"],
  ["negative headcount", validPositionForm({ headcount: "-3" }), "招收人数至少为 1"],
  ["pay 多少", validPositionForm({ payMin: "多少" }), "月薪下限须为整数"],
  ["negative pay", validPositionForm({ payMax: "-1" }), "月薪上限不能小于 0"],
  ["pay min > max", validPositionForm({ payMin: "6000", payMax: "3000" }), "月薪下限不能高于上限"],
  ["past deadline", validPositionForm({ deadline: dayFromToday(-1) }), "报名截止日期不能早于今天"],
  ["impossible deadline", validPositionForm({ deadline: "2030-02-30" }), "请输入有效的报名截止日期"],
  ["deadline after start", validPositionForm({ deadline: dayFromToday(90) }), "报名截止日期不能晚于到岗日期"],
  ["internship of 12 months", validPositionForm({ kind: "INTERNSHIP", durationMonths: "12" }), "岗位实习时长须在 1–6 个月之间"],
  ["internship without duration", validPositionForm({ kind: "INTERNSHIP", durationMonths: "" }), "岗位实习须填写实习时长（月）"],
  ["minimum age 15", validPositionForm({ minAge: "15" }), "最低年龄不能低于 16 周岁"],
  ["10 kB title", validPositionForm({ title: "长".repeat(10_000) }), "岗位名称不能超过 80 个字符"],
  ["10 kB description", validPositionForm({ description: "长".repeat(10_000) }), "岗位描述不能超过 5000 个字符"],
  ["script in title", validPositionForm({ title: "<script>alert(1)</script>" }), "岗位名称不能包含 HTML 标签"],
  ["script in description", validPositionForm({ description: "好岗位<script>alert(1)</script>" }), "岗位描述不能包含 HTML 标签"],
  ["markup in certificates", validPositionForm({ wantedCertificates: '<img src=x onerror="alert(1)">' }), "证书要求不能包含 HTML 标签"],
  ["unknown program id", validPositionForm({ programIds: ["999999"] }), "所选专业不存在"],
  ["program id abc", validPositionForm({ programIds: ["abc"] }), "所选专业不存在"],
  ["unknown category id", validPositionForm({ categoryIds: ["999999"] }), "所选专业大类不存在"],
  ["cluster that does not exist", validPositionForm({ clusterId: "999999" }), "请选择有效的产业集群"],
  ["unknown district", validPositionForm({ district: "MOON" }), "请选择有效的工作区县"],
];

describe("position form: bad input", () => {
  it.each(cases)("create with %s → 400, the Chinese message, nothing written", async (_name, form, message) => {
    const before = await positionTables(t.db);
    const response = await staff.post("/enterprise/positions/new", form);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(message);
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(await positionTables(t.db)).toEqual(before);
  });

  it.each(cases)("edit with %s → 400, the Chinese message, nothing written", async (_name, form, message) => {
    const before = await positionTables(t.db);
    const response = await staff.post(`/enterprise/positions/${draftId}/edit`, { ...form, intent: "save" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await positionTables(t.db)).toEqual(before);
  });

  it("an unknown or missing intent → 400 with a Chinese message", async () => {
    for (const intent of ["delete", ""]) {
      const response = await staff.post(`/enterprise/positions/${draftId}/edit`, { intent });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("未知的操作");
    }
  });

  it("the valid form is accepted, so the cases above fail for the reason they name", async () => {
    const response = await staff.post("/enterprise/positions/new", validPositionForm());
    expect(response.status).toBe(302);
  });
});
