import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { reportWorkbook } from "~/features/quality-report/workbook.server";
import { FIXTURE, SCHOOL_FIXTURE } from "./output-fixture";

// The workbook (issue 14 item 4) read back with exceljs: a 说明 sheet, one sheet per table laid out like the
// published report, numbers as numbers with rates in 0.00. Every expected cell is typed here from the
// hand-built fixture (its figures are the published report's), never computed by the code under test.

async function open(report = FIXTURE) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await reportWorkbook(report)) as unknown as ArrayBuffer);
  return book;
}
const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe("the report workbook", () => {
  it("has the notes sheet and one sheet per table, in the report's order", async () => {
    const book = await open();
    expect(book.worksheets.map((s) => s.name)).toEqual(["说明", "附表1", "附表3", "附表4", "附表6", "表5", "产教融合"]);
  });

  it("lays 附表1 out like the report: title, 序号/指标/单位/值, the 12 rows, the printed figure beside", async () => {
    const sheet = (await open()).getWorksheet("附表1")!;
    expect(sheet.getCell("A1").value).toBe("附表1：人才培养质量计分卡");
    expect(sheet.getCell("A1").isMerged).toBe(true);
    expect(rowValues(sheet, 2)).toEqual(["序号", "指标", "单位", "值", "公报值", "比较"]);
    expect(rowValues(sheet, 3)).toEqual([1, "毕业生人数", "人", 7146, 7146, "="]);
    expect(rowValues(sheet, 4)).toEqual([2, "毕业去向落实人数", "人", 7093, 7093, "="]);
    expect(rowValues(sheet, 6)).toEqual([4, "升入本科人数", "人", 105, 105, "="]);
    // row 5: a rate, computed 89.50 against the printed 89.74 → flagged
    expect(rowValues(sheet, 7)).toEqual([5, "毕业生本省去向落实率", "%", 89.5, 89.74, "≠"]);
    expect(sheet.getCell("D7").numFmt).toBe("0.00");
    expect(sheet.getCell("E7").numFmt).toBe("0.00");
    // row 6: nothing to compute it from
    expect(rowValues(sheet, 8)).toEqual([6, "月收入", "元", "—", 2068, "≠"]);
    expect(rowValues(sheet, 13)).toEqual([11, "自主创业率", "%", 1.68, 1.68, "="]);
    expect(rowValues(sheet, 14)).toEqual([12, "毕业三年晋升比例", "%", 22.2, 22.2, "="]);
    expect(typeof sheet.getCell("D14").value).toBe("number");
    expect(sheet.getCell("D3").numFmt).toBe("0");
    expect(sheet.rowCount).toBe(14);
  });

  it("keys 附表3 by the report's letters and 附表4's ratio has two decimals", async () => {
    const book = await open();
    const t3 = book.getWorksheet("附表3")!;
    expect(t3.getCell("A1").value).toBe("附表3：服务贡献表");
    expect(rowValues(t3, 3)).toEqual([1, "毕业生初次就业人数", "人", 875, 1173, "≠"]);
    expect(rowValues(t3, 4)).toEqual(["A", "其中：A类：留在当地就业", "人", 431, 431, "="]);
    expect(rowValues(t3, 7)).toEqual(["D", "D类：到大型企业就业", "人", 67, 67, "="]);
    const t4 = book.getWorksheet("附表4")!;
    expect(t4.getCell("A1").value).toBe("附表4：教学资源表");
    expect(rowValues(t4, 3)).toEqual([1, "生师比", "比", 12.98, 12.4, "≠"]);
    expect(t4.getCell("D3").numFmt).toBe("0.00");
    expect(book.getWorksheet("附表6")!.getCell("A1").value).toBe("附表6：落实政策表");
    expect(rowValues(book.getWorksheet("附表6")!, 5)).toEqual([14, "职业技能等级证书（含职业资格证书）获取人数", "人", 1478, 1478, "="]);
  });

  it("numbers the platform's own rows in order", async () => {
    const sheet = (await open()).getWorksheet("产教融合")!;
    expect(rowValues(sheet, 2)).toEqual(["序号", "指标", "单位", "值"]);
    expect(rowValues(sheet, 3)).toEqual([1, "校企合作对数", "对", 312]);
    expect(rowValues(sheet, 5)).toEqual([3, "实习留用率", "%", 37.5]);
    expect(sheet.getCell("D5").numFmt).toBe("0.00");
  });

  it("lays 表5 out with a column per cohort and the 合计 row", async () => {
    const sheet = (await open()).getWorksheet("表5")!;
    expect(sheet.getCell("A1").value).toBe("表5：中职学校对接六大产业集群情况");
    expect(rowValues(sheet, 2)).toEqual(["产业集群", "专业个数", "毕业生人数", "2026级", "2025级", "2024级", "合计"]);
    expect(rowValues(sheet, 3)).toEqual(["绿色农畜产品加工产业集群", 4, 55, 309, 220, 189, 718]);
    expect(rowValues(sheet, 6)).toEqual(["新材料和现代装备制造业产业集群", 8, 675, 1267, 1108, 718, 3093]);
    expect(rowValues(sheet, 8)).toEqual(["电子信息产业", 12, 629, 1158, 1141, 1146, 3445]);
    // The report's 合计 row (40 programs, 2,613 graduates, 4218/3964, 11,428 enrolled), as formulas with their values;
    // 2021级 adds to 3246, not the printed 3248, because row 4's 720 is 718 here (the printed 11,428 holds).
    expect(sheet.getCell("A9").value).toBe("合计");
    const totals = ["B", "C", "D", "E", "F", "G"].map((c) => sheet.getCell(`${c}9`).value as { formula: string; result: number });
    expect(totals.map((t) => t.result)).toEqual([40, 2613, 4218, 3964, 3246, 11428]);
    expect(totals[0]!.formula).toBe("SUM(B3:B8)");
  });

  it("writes the 说明 sheet: year, scope, generated time, knowledge, the definitions' pointer", async () => {
    const sheet = (await open()).getWorksheet("说明")!;
    const facts = new Map<string, unknown>();
    sheet.eachRow((row, n) => {
      if (n > 2) facts.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    expect(String(facts.get("年度"))).toContain("2026");
    expect(facts.get("范围")).toBe("呼和浩特市（全市）");
    expect(facts.get("生成时间")).toBe("2026-11-30 10:30");
    expect(facts.get("毕业生人数")).toBe(7146);
    expect(facts.get("去向已知率（%）")).toBe(100);
    expect(facts.get("学生本人确认人数")).toBe(3573);
    expect(facts.get("学生确认率（%，占去向已知）")).toBe(50);
    expect(String(facts.get("指标定义"))).toContain("docs/metrics.md");
  });

  it("sizes the columns for Chinese text", async () => {
    const sheet = (await open()).getWorksheet("附表6")!;
    // "职业技能等级证书（含职业资格证书）获取人数" is 21 characters, 42 columns wide
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(42);
    expect(sheet.getColumn(1).width).toBeLessThan(10);
  });

  it("a school's workbook: no printed column, empty rates as —, no 表5 sheet without clusters", async () => {
    const book = await open(SCHOOL_FIXTURE);
    expect(book.worksheets.map((s) => s.name)).toEqual(["说明", "附表1", "附表3", "附表4", "附表6", "产教融合"]);
    const t1 = book.getWorksheet("附表1")!;
    expect(rowValues(t1, 2)).toEqual(["序号", "指标", "单位", "值"]);
    expect(rowValues(t1, 7)).toEqual([5, "毕业生本省去向落实率", "%", "—"]);
    const notes = book.getWorksheet("说明")!;
    let knownRate: unknown;
    notes.eachRow((row) => {
      if (row.getCell(1).value === "去向已知率（%）") knownRate = row.getCell(2).value;
    });
    expect(knownRate).toBe("—");
    expect(notes.getCell("B4").value).toBe("示例·呼和浩特市第一职业中等专业学校");
  });
});
