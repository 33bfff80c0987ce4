import ExcelJS from "exceljs";
import iconv from "iconv-lite";

// Files as a school's Excel would save them: .xlsx (cells typed as given: a Date is a date cell, a
// number a number cell) and CSV in UTF-8 with or without BOM, or GBK.

export type Cell = string | number | Date | null;

export const STUDENT_HEADERS = ["学校", "学号", "姓名", "性别", "出生日期", "专业", "入学年份", "毕业年份"];
export const DESTINATION_HEADERS = ["学校", "学号", "毕业年份", "去向", "单位名称", "单位所在省", "单位所在市", "单位规模", "所属产业", "月收入", "三年内晋升"];

export async function xlsxOf(headers: string[], rows: Cell[][]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名册");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const csvCell = (c: Cell) => {
  const text = c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? "" : String(c);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function csvOf(headers: string[], rows: Cell[][], encoding: "utf8" | "utf8-bom" | "gbk" = "utf8"): Uint8Array<ArrayBuffer> {
  const text = [headers, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  if (encoding === "gbk") return new Uint8Array(iconv.encode(text, "gbk"));
  const bytes = new TextEncoder().encode(text);
  if (encoding === "utf8") return new Uint8Array(bytes);
  return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
}

/** A workbook's first sheet as rows of cell values (for checking downloads). */
export async function sheetOf(bytes: ArrayBuffer | Uint8Array, name?: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const sheet = name ? workbook.getWorksheet(name)! : workbook.worksheets[0]!;
  return { workbook, sheet };
}
