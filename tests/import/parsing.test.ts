import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "~/features/roster-import/read-table.server";
import { parseDay, parseWhole, parseYesNo } from "~/features/roster-import/values";
import { STUDENT_HEADERS, csvOf, xlsxOf } from "./files";

// Reading what a school's Excel saves: CSV in GBK (Excel on Chinese Windows), UTF-8 with a BOM or
// without, .xlsx with date cells and numbers; and refusing what is not a roster.

const row = ["某某职业学校", "20230001", "张三", "男", "2008-03-07", "数控技术应用", 2023, 2026];

describe("CSV", () => {
  it("GBK, UTF-8 with BOM and without: the same cells", async () => {
    for (const encoding of ["gbk", "utf8-bom", "utf8"] as const) {
      const table = await readTable(csvOf(STUDENT_HEADERS, [row], encoding));
      expect(table.format).toBe("csv");
      expect(table.headers).toEqual(STUDENT_HEADERS);
      expect(table.rows).toEqual([{ row: 2, cells: ["某某职业学校", "20230001", "张三", "男", "2008-03-07", "数控技术应用", "2023", "2026"] }]);
    }
  });

  it("quoted cells with commas, quotes and line breaks; blank lines skipped, row numbers as Excel shows them", async () => {
    const text = '学校,姓名\r\n"甲,乙","说""好"""\r\n\r\n"两\n行",x\r\n';
    const table = await readTable(new TextEncoder().encode(text));
    expect(table.rows).toEqual([
      { row: 2, cells: ["甲,乙", '说"好"'] },
      { row: 4, cells: ["两\n行", "x"] },
    ]);
  });
});

describe("xlsx", () => {
  it("date cells are the day Excel shows; numbers are their digits", async () => {
    const bytes = await xlsxOf(STUDENT_HEADERS, [["学校", "20230001", "张三", "男", new Date(Date.UTC(2008, 2, 7)), "专业", 2023, 2026]]);
    const table = await readTable(bytes);
    expect(table.format).toBe("xlsx");
    expect(table.rows[0]!.cells).toEqual(["学校", "20230001", "张三", "男", "2008-03-07", "专业", "2023", "2026"]);
  });

  it("rich text and formula results read as their text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("a");
    sheet.addRow(["姓名", "年份"]);
    sheet.getCell("A2").value = { richText: [{ text: "张" }, { text: "三" }] };
    sheet.getCell("B2").value = { formula: "2020+3", result: 2023 };
    const table = await readTable(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(table.rows[0]!.cells).toEqual(["张三", "2023"]);
  });
});

describe("refused", () => {
  it("empty, a picture, an old .xls, a broken zip: a Chinese message each", async () => {
    await expect(readTable(new Uint8Array())).rejects.toThrow("文件是空的");
    await expect(readTable(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).rejects.toThrow("只能导入 Excel（.xlsx）或 CSV 文件");
    await expect(readTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toThrow("不支持旧版 Excel");
    await expect(readTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow("无法读取该 Excel 文件");
    await expect(readTable(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41))).rejects.toThrow("文件过大");
  });
});

describe("cell values", () => {
  it("dates: 2005/3/7, 2005-03-07, 2005年3月7日, 2005.3.7, 20050307, serial 38418; not 2005-02-30 or 13/2005", () => {
    for (const text of ["2005/3/7", "2005-03-07", "2005年3月7日", "2005.3.7", "20050307", "38418", " 2005-03-07 ", "２００５－０３－０７"]) expect(parseDay(text), text).toBe("2005-03-07");
    for (const text of ["2005-02-30", "2005-13-01", "13/2005", "三月七日", "", "0"]) expect(parseDay(text), text).toBeNull();
    expect(parseDay("2004-02-29")).toBe("2004-02-29");
    expect(parseDay("2005-02-29")).toBeNull();
  });

  it("whole numbers typed as text, full-width, with a thousands comma or 元; not decimals or words", () => {
    expect(parseWhole("2023")).toBe(2023);
    expect(parseWhole("２０２３")).toBe(2023);
    expect(parseWhole("2023.0")).toBe(2023);
    expect(parseWhole("4,500")).toBe(4500);
    expect(parseWhole("4500元")).toBe(4500);
    expect(parseWhole("4500.5")).toBeNull();
    expect(parseWhole("四千")).toBeNull();
  });

  it("是/否", () => {
    expect(parseYesNo("是")).toBe(true);
    expect(parseYesNo("否")).toBe(false);
    expect(parseYesNo("TRUE")).toBe(true);
    expect(parseYesNo("也许")).toBeNull();
  });
});
