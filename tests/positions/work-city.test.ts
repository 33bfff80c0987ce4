import { parseWithZod } from "@conform-to/zod/v4";
import { beforeAll, describe, expect, it } from "vitest";
import { newPositionSchema, type PositionFormContext } from "~/features/positions/position-schema";
import type { Client } from "../support/http";
import { positionIdOf, validPositionForm, type FormBody } from "../support/forms";
import { positionTables } from "../support/snapshots";
import { useTestApp } from "../support/test-app";

// 工作城市 (issue 9 item 9, docs/decisions/0010): null is 呼和浩特市; a position elsewhere names its
// city and has no district, since every district on the platform is one of Hohhot's.

const context: PositionFormContext = { today: "2026-11-29", options: { clusters: [], programs: [], categories: [] } };

function parse(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ intent: "create", title: "前台接待", kind: "JOB", description: "接待入住", headcount: "1", ...fields })) {
    form.append(name, value);
  }
  return parseWithZod(form, { schema: newPositionSchema(context) });
}

describe("the position schema's work city", () => {
  it("takes a Hohhot position with a district, and one without a city at all", () => {
    const withDistrict = parse({ district: "SAIHAN" });
    expect(withDistrict.status === "success" && withDistrict.value).toMatchObject({ district: "SAIHAN" });
    expect(withDistrict.status === "success" && withDistrict.value.city).toBeUndefined();
  });

  it("reads 呼和浩特 and 呼和浩特市 as Hohhot (no city), so a district is still fine", () => {
    for (const city of ["呼和浩特", "呼和浩特市", " 呼和浩特市 "]) {
      const result = parse({ city, district: "XINCHENG" });
      expect(result.status, city).toBe("success");
      expect(result.status === "success" && result.value.city, city).toBeUndefined();
    }
  });

  it("reads Hohhot however it is commonly typed (spaces inside, 呼市, Hohhot, with the province) as Hohhot, not as another city", () => {
    for (const city of ["呼和浩特 市", "呼 和 浩 特", "呼市", "Hohhot", "hohhot", "内蒙古呼和浩特市", "内蒙古自治区 呼和浩特市"]) {
      const result = parse({ city, district: "XINCHENG" });
      expect(result.status, city).toBe("success");
      expect(result.status === "success" && result.value.city, city).toBeUndefined();
    }
  });

  it("refuses Hohhot with a district typed into the city, pointing to the district field; 呼伦贝尔市 is another city", () => {
    for (const city of ["呼和浩特市新城区", "呼和浩特赛罕区", "呼市 回民区"]) {
      const result = parse({ city });
      expect(result.status, city).toBe("error");
      expect(result.status === "error" && result.error?.city, city).toEqual(["工作城市只填城市名；呼和浩特市的区县请在「工作区县」中选择"]);
    }
    const other = parse({ city: "呼伦贝尔市" });
    expect(other.status === "success" && other.value.city).toBe("呼伦贝尔市");
  });

  it("keeps one space between the words of a city's name", () => {
    const result = parse({ city: "Hong   Kong" });
    expect(result.status === "success" && result.value.city).toBe("Hong Kong");
  });

  it("takes another city without a district", () => {
    const result = parse({ city: "包头市" });
    expect(result.status).toBe("success");
    expect(result.status === "success" && result.value).toMatchObject({ city: "包头市" });
    expect(result.status === "success" && result.value.district).toBeUndefined();
  });

  it("refuses another city with a district, on the district", () => {
    const result = parse({ city: "包头市", district: "SAIHAN" });
    expect(result.status).toBe("error");
    expect(result.status === "error" && result.error?.district).toEqual(["工作区县只适用于呼和浩特市的岗位；在包头市工作请不选区县"]);
  });
});

const t = useTestApp();
let staff: Client;
let draftId: number;

beforeAll(async () => {
  const enterprise = await t.make.enterprise();
  staff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
  draftId = (await t.make.position({ enterpriseId: enterprise.id, status: "DRAFT", district: "SAIHAN" })).id;
});

const cases: Array<[string, FormBody, string]> = [
  ["another city with a district", validPositionForm({ city: "北京市", district: "SAIHAN" }), "工作区县只适用于呼和浩特市的岗位；在北京市工作请不选区县"],
  ["a 10 kB city", validPositionForm({ city: "包".repeat(10_000), district: "" }), "工作城市不能超过 20 个字符"],
  ["a city with a control character", validPositionForm({ city: "包头\u0000市", district: "" }), "工作城市不能包含控制字符"],
  ["a city with a line break", validPositionForm({ city: "包头\n市", district: "" }), "工作城市不能包含控制字符"],
  ["markup as the city", validPositionForm({ city: "<script>alert(1)</script>", district: "" }), "工作城市不能包含 HTML 标签"],
  ["digits as the city", validPositionForm({ city: "12345", district: "" }), "工作城市只能包含汉字或字母"],
  ["two cities", validPositionForm({ city: ["包头市", "北京市"], district: "" }), "工作城市格式不正确"],
];

describe("position form: bad work city", () => {
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
});

describe("position form: a good work city", () => {
  it("stores another city without a district, and the position page names it", async () => {
    const id = positionIdOf(await staff.post("/enterprise/positions/new", validPositionForm({ city: "包头市", district: "", address: "包头市昆区钢铁大街 1 号" })));
    expect(await t.db.prisma.position.findUniqueOrThrow({ where: { id }, select: { city: true, district: true } })).toEqual({ city: "包头市", district: null });
    const page = await (await staff.get(`/positions/${id}`)).text();
    expect(page).toMatch(/工作城市[\s\S]{0,80}包头市/);
  });

  it("stores 呼和浩特市 as no city, and the page does not say 工作城市", async () => {
    const id = positionIdOf(await staff.post("/enterprise/positions/new", validPositionForm({ city: "呼和浩特市" })));
    expect(await t.db.prisma.position.findUniqueOrThrow({ where: { id }, select: { city: true, district: true } })).toEqual({ city: null, district: "SAIHAN" });
    expect(await (await staff.get(`/positions/${id}`)).text()).not.toContain("工作城市");
  });

  it("moves a Hohhot draft to another city when the district is cleared, and back", async () => {
    const save = (form: FormBody) => staff.post(`/enterprise/positions/${draftId}/edit`, { ...validPositionForm(form), intent: "save" });
    expect((await save({ city: "鄂尔多斯市", district: "" })).status).toBe(302);
    expect(await t.db.prisma.position.findUniqueOrThrow({ where: { id: draftId }, select: { city: true, district: true } })).toEqual({ city: "鄂尔多斯市", district: null });
    expect((await save({ city: "", district: "YUQUAN" })).status).toBe(302);
    expect(await t.db.prisma.position.findUniqueOrThrow({ where: { id: draftId }, select: { city: true, district: true } })).toEqual({ city: null, district: "YUQUAN" });
  });
});
