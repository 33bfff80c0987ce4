import { parseWithZod } from "@conform-to/zod/v4";
import { beforeAll, describe, expect, it } from "vitest";
import { newPositionSchema, editPositionSchema, type PositionFormContext } from "~/features/positions/position-schema";
import type { Client } from "../support/http";
import { dayFromToday } from "../support/dates";
import { validPositionForm } from "../support/forms";
import { positionTables } from "../support/snapshots";
import { useTestApp } from "../support/test-app";

// Every rule of the position form on both sides of its edge: the last value accepted and the first
// refused. The limits are typed here from what the form promises (its messages and the regulation),
// not imported from the schema, so moving an edge by one fails a test.

const TODAY = "2026-11-29";
const YESTERDAY = "2026-11-28";
const TOMORROW = "2026-11-30";

const programs = Array.from({ length: 31 }, (_, i) => ({ id: 10 + i, name: `专业${i}`, categoryId: 100 }));
const categories = [
  { id: 100, name: "旅游大类", medical: false },
  { id: 101, name: "医药卫生大类", medical: true },
  ...Array.from({ length: 19 }, (_, i) => ({ id: 200 + i, name: `大类${i}`, medical: false })),
];
const context: PositionFormContext = {
  today: TODAY,
  options: { clusters: [{ id: 1, name: "测试集群" }], programs: [...programs, { id: 90, name: "护理", categoryId: 101 }], categories },
};

type Fields = Record<string, string | string[]>;

/** The field errors of one submit of the new-position form, {} when accepted. */
function errorsOf(fields: Fields, schema = newPositionSchema(context)) {
  const form = new FormData();
  const all: Fields = { intent: "create", title: "中式烹调师", kind: "JOB", description: "热菜烹调", headcount: "1", ...fields };
  for (const [name, value] of Object.entries(all)) for (const v of [value].flat()) form.append(name, v);
  const submission = parseWithZod(form, { schema });
  return submission.status === "success" ? {} : (submission.error ?? {});
}

/** 19 certificates of 50 characters (each within its own limit), padded with separators to `length` characters. */
const certificatesOfLength = (length: number) => {
  const items = Array.from({ length: 19 }, () => "证".repeat(50)).join("、");
  return items + "、".repeat(length - items.length);
};

/** [field, last accepted value, first refused value, the message for the refused one] */
const edges: Array<[string, Fields, Fields, string, string]> = [
  ["title at 80 characters", { title: "长".repeat(80) }, { title: "长".repeat(81) }, "title", "岗位名称不能超过 80 个字符"],
  ["description at 5000", { description: "长".repeat(5000) }, { description: "长".repeat(5001) }, "description", "岗位描述不能超过 5000 个字符"],
  ["address at 200", { address: "路".repeat(200) }, { address: "路".repeat(201) }, "address", "工作地址不能超过 200 个字符"],
  ["contact at 100", { contact: "1".repeat(100) }, { contact: "1".repeat(101) }, "contact", "联系方式不能超过 100 个字符"],
  [
    "certificates text at 1000",
    { wantedCertificates: certificatesOfLength(1000) },
    { wantedCertificates: certificatesOfLength(1001) },
    "wantedCertificates",
    "证书要求不能超过 1000 个字符",
  ],
  [
    "one certificate at 50 characters",
    { wantedCertificates: "证".repeat(50) },
    { wantedCertificates: "证".repeat(51) },
    "wantedCertificates",
    "证书要求最多 20 项，每项不超过 50 个字符",
  ],
  [
    "20 certificates",
    { wantedCertificates: Array.from({ length: 20 }, (_, i) => `证书${i}`).join("\n") },
    { wantedCertificates: Array.from({ length: 21 }, (_, i) => `证书${i}`).join("\n") },
    "wantedCertificates",
    "证书要求最多 20 项，每项不超过 50 个字符",
  ],
  ["headcount 1", { headcount: "1" }, { headcount: "0" }, "headcount", "招收人数至少为 1"],
  ["headcount 10000", { headcount: "10000" }, { headcount: "10001" }, "headcount", "招收人数不能大于 10000"],
  ["pay floor 0", { payMin: "0" }, { payMin: "-1" }, "payMin", "月薪下限不能小于 0"],
  ["pay ceiling 1000000", { payMax: "1000000" }, { payMax: "1000001" }, "payMax", "月薪上限不能大于 1000000"],
  ["pay min = max (a fixed pay)", { payMin: "4000", payMax: "4000" }, { payMin: "4001", payMax: "4000" }, "payMax", "月薪下限不能高于上限"],
  ["minimum age 16", { minAge: "16" }, { minAge: "15" }, "minAge", "最低年龄不能低于 16 周岁"],
  ["minimum age 60", { minAge: "60" }, { minAge: "61" }, "minAge", "最低年龄不能大于 60"],
  ["job duration 1 month", { durationMonths: "1" }, { durationMonths: "0" }, "durationMonths", "时长（月）不能小于 1"],
  ["job duration 60 months", { durationMonths: "60" }, { durationMonths: "61" }, "durationMonths", "时长（月）不能大于 60"],
  [
    "internship of 6 months",
    { kind: "INTERNSHIP", durationMonths: "6" },
    { kind: "INTERNSHIP", durationMonths: "7" },
    "durationMonths",
    "岗位实习时长须在 1–6 个月之间（仅面向医药卫生类专业时可至 10 个月）",
  ],
  [
    "medical internship of 10 months",
    { kind: "INTERNSHIP", durationMonths: "10", programIds: ["90"] },
    { kind: "INTERNSHIP", durationMonths: "11", programIds: ["90"] },
    "durationMonths",
    "岗位实习时长须在 1–10 个月之间",
  ],
  ["deadline today", { deadline: TODAY }, { deadline: YESTERDAY }, "deadline", "报名截止日期不能早于今天"],
  [
    "deadline on the start date",
    { deadline: TOMORROW, startDate: TOMORROW },
    { deadline: TOMORROW, startDate: TODAY },
    "deadline",
    "报名截止日期不能晚于到岗日期",
  ],
  [
    "30 programs",
    { programIds: programs.slice(0, 30).map((p) => String(p.id)) },
    { programIds: programs.map((p) => String(p.id)) },
    "programIds",
    "最多选择 30 个专业",
  ],
  [
    "20 categories",
    { categoryIds: categories.slice(0, 20).map((c) => String(c.id)) },
    { categoryIds: categories.map((c) => String(c.id)) },
    "categoryIds",
    "最多选择 20 个专业大类",
  ],
];

describe("the position schema on both sides of every edge", () => {
  it.each(edges)("%s: accepted; one past it refused", (_name, accepted, refused, field, message) => {
    expect(errorsOf(accepted)).toEqual({});
    expect(errorsOf(refused)).toEqual({ [field]: [message] });
  });

  it("reopening: a new deadline of today is accepted, yesterday refused", () => {
    const reopen = (deadline: string) =>
      errorsOf({ intent: "reopen", deadline }, editPositionSchema(context, { deadline: "2026-10-01" }) as never);
    expect(reopen(TODAY)).toEqual({});
    expect(reopen(YESTERDAY)).toEqual({ deadline: ["报名截止日期不能早于今天"] });
  });
});

// The same edges through the real form, for the rules the issue names: the page, the server and
// the database together, and a refused submit writes nothing.
describe("the new-position form over HTTP, at the edges", () => {
  const t = useTestApp();
  let staff: Client;
  beforeAll(async () => {
    const enterprise = await t.make.enterprise();
    staff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
  });

  const cases: Array<[string, Record<string, string>, string | null]> = [
    ["pay min = max is accepted", { payMin: "4000", payMax: "4000" }, null],
    ["pay min = max + 1 is refused", { payMin: "4001", payMax: "4000" }, "月薪下限不能高于上限"],
    ["a deadline of today is accepted", { deadline: dayFromToday(0) }, null],
    ["a deadline of yesterday is refused", { deadline: dayFromToday(-1) }, "报名截止日期不能早于今天"],
    ["headcount 1 is accepted", { headcount: "1" }, null],
    ["headcount 0 is refused", { headcount: "0" }, "招收人数至少为 1"],
    ["a title of 80 characters is accepted", { title: "厨".repeat(80) }, null],
    ["a title of 81 characters is refused", { title: "厨".repeat(81) }, "岗位名称不能超过 80 个字符"],
    ["minimum age 16 is accepted", { minAge: "16" }, null],
    ["minimum age 15 is refused", { minAge: "15" }, "最低年龄不能低于 16 周岁"],
  ];

  it.each(cases)("%s", async (_name, overrides, message) => {
    const before = await positionTables(t.db);
    const response = await staff.post("/enterprise/positions/new", validPositionForm(overrides));
    if (message === null) {
      expect(response.status).toBe(302);
      expect((await positionTables(t.db)).positions.length).toBe(before.positions.length + 1);
    } else {
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
      expect(await positionTables(t.db)).toEqual(before);
    }
  });
});
