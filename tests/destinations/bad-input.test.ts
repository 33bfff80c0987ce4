import { describe, expect, it } from "vitest";
import { destinationTables, employed, useDestinationWorld } from "./world";

// The school's destination form gets bad input: missing, wrong type, huge, control characters, markup.
// Each is a Chinese message, 400, nothing written, never 500. (The rules that need meaning are in
// audit.test.ts; the graduate's answer in confirm.test.ts; the proposal decision in proposals.test.ts.)

const w = useDestinationWorld();
const CHINESE = /[\u4e00-\u9fff]/;

describe("the school's form", () => {
  it.each([
    ["no kind", { kind: "" }, "请选择有效的去向"],
    ["a kind that is none of the 13", { kind: "EMPLOYED" }, "请选择有效的去向"],
    ["the old kind 升学", { kind: "STUDY_HIGHER_VOCATIONAL" }, "请选择有效的去向"],
    ["a province that is none", { employerProvince: "火星省" }, "请选择有效的单位所在省"],
    ["a size that is none", { employerSize: "HUGE" }, "请选择有效的单位规模"],
    ["a sector that is none", { sector: "QUATERNARY" }, "请选择有效的所属产业"],
    ["an income that is not a number", { monthlyIncome: "四千" }, "月收入须为整数"],
    ["a negative income", { monthlyIncome: "-1" }, "月收入须为 500–100000 之间的整数"],
    ["a huge income", { monthlyIncome: "9".repeat(40) }, "月收入须为 500–100000 之间的整数"],
    ["promoted that is not yes or no", { promoted: "maybe" }, "请选择三年内是否晋升"],
    ["an employment day that is not one", { employedOn: "2026-02-30" }, "请输入有效的入职日期"],
    ["an employment day out of range", { employedOn: "2199-01-01" }, "须在 2000-01-01 至 2099-12-31 之间"],
    ["a huge employer name", { employerName: "企".repeat(101) }, "单位名称不能超过 100 个字符"],
    ["a huge city", { employerCity: "市".repeat(31) }, "单位所在市不能超过 30 个字符"],
    ["a huge note", { note: "注".repeat(501) }, "说明不能超过 500 个字符"],
    ["a NUL in the employer name", { employerName: "伊利\u0000集团" }, "单位名称不能包含控制字符"],
    ["a line break in the employer name", { employerName: "伊利\n集团" }, "单位名称不能包含控制字符"],
    ["a bidi override in the city", { employerCity: "包头\u202e市" }, "单位所在市不能包含控制字符"],
    ["a bell in the note", { note: "核实\u0007" }, "说明不能包含控制字符"],
    ["markup in the employer name", { employerName: "<img src=x onerror=alert(1)>" }, "单位名称不能包含 HTML 标签"],
    ["markup in the note", { note: "<script>alert(1)</script>" }, "说明不能包含 HTML 标签"],
    ["a proposal source that is none", { source: "FAIR_LEAD", sourceId: "1" }, "建议来源无效"],
    ["a proposal id that is not a number", { source: "KEPT_ON", sourceId: "x" }, "建议来源无效"],
    ["a confirm that is not yes", { confirm: "no" }, "确认参数无效"],
  ])("%s: 400, Chinese, nothing written", async (_name, over, message) => {
    const { student } = await w.graduate();
    const before = await destinationTables(w.db);
    const response = await w.schoolStaff.client.post(`/destinations/${student.id}`, employed(over));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("an empty post, a list where one value is expected, a body that is not a form: 400 in Chinese", async () => {
    const { student } = await w.graduate();
    const before = await destinationTables(w.db);
    const empty = await w.schoolStaff.client.post(`/destinations/${student.id}`, {});
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("请选择有效的去向");
    const listed = await w.schoolStaff.client.post(`/destinations/${student.id}`, { ...employed(), monthlyIncome: ["1", "2"] });
    expect(listed.status).toBe(400);
    const broken = await w.schoolStaff.client.request(`/destinations/${student.id}`, {
      method: "POST",
      body: "--x\r\nbroken",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(broken.status).toBe(400);
    expect(await broken.text()).toMatch(CHINESE);
    expect(await destinationTables(w.db)).toEqual(before);
  });
});
