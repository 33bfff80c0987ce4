import ExcelJS from "exceljs";
import type { ImportKind } from "~/generated/prisma/enums";
import { DESTINATION_KINDS, PROVINCE_NAMES, SECTOR_LABEL, SIZE_LABEL } from "~/lib/destinations";
import { currentCohort } from "~/lib/school-year";
import { COLUMNS, ERROR_HEADER, KIND_LABEL } from "./columns";
import { cellText, decodeText, parseCsv } from "./read-table.server";
import type { RowIssue } from "./validate.server";

// The import's two workbooks: the template (headers, an example row, drop-downs of the allowed values)
// and an upload given back with a 错误 column saying what is wrong in each row.

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Rows of the template that carry the drop-downs: a large school's roster fits. */
export const TEMPLATE_ROWS = 5000;

const toBytes = async (workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> => new Uint8Array(await workbook.xlsx.writeBuffer());

/** The template of `kind` for `school` (its name and programs in the example and the 专业 drop-down; null: the bureau). */
export async function templateWorkbook(kind: ImportKind, school: { name: string; programs: string[] } | null, today: string): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(KIND_LABEL[kind]);
  const lists = workbook.addWorksheet("选项", { state: "hidden" });
  const headers = COLUMNS[kind].map((c) => c.header);
  sheet.addRow(headers).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 16));
  const cohort = currentCohort(today);
  const schoolName = school?.name ?? "（学校全称）";
  const program = school?.programs[0] ?? "（本校专业名称）";
  // 学号 示例… is refused by the import (学号 is digits and letters): an example left in cannot be written.
  const example: Record<string, ExcelJS.CellValue> =
    kind === "STUDENTS"
      ? { 学校: schoolName, 学号: "示例001", 姓名: "示例·张三", 性别: "男", 出生日期: new Date(Date.UTC(cohort - 15, 2, 7)), 专业: program, 入学年份: cohort, 毕业年份: cohort + 3 }
      : { 学校: schoolName, 学号: "示例001", 毕业年份: cohort, 去向: "合同就业", 单位名称: "示例·内蒙古某某有限公司", 单位所在省: "内蒙古自治区", 单位所在市: "呼和浩特市", 单位规模: "中型", 所属产业: "第二产业", 月收入: 4500, 三年内晋升: "否" };
  const exampleRow = sheet.addRow(headers.map((h) => example[h] ?? null));
  exampleRow.font = { italic: true, color: { argb: "FF808080" } };
  sheet.getColumn(headers.indexOf(kind === "STUDENTS" ? "出生日期" : "毕业年份") + 1).numFmt = kind === "STUDENTS" ? "yyyy-mm-dd" : "0";
  sheet.getCell(1, headers.length + 2).value = "第 2 行是示例，导入前请删除；带下拉的列请从下拉中选择。";

  const choices: Record<string, readonly string[]> = {
    性别: ["男", "女"],
    专业: school?.programs ?? [],
    去向: DESTINATION_KINDS.map((d) => d.label),
    单位所在省: PROVINCE_NAMES,
    单位规模: Object.values(SIZE_LABEL),
    所属产业: Object.values(SECTOR_LABEL),
    三年内晋升: ["是", "否"],
  };
  let listColumn = 0;
  for (const [header, values] of Object.entries(choices)) {
    const at = headers.indexOf(header);
    if (at < 0 || values.length === 0) continue;
    listColumn++;
    lists.getCell(1, listColumn).value = header;
    values.forEach((v, i) => (lists.getCell(i + 2, listColumn).value = v));
    const letter = lists.getColumn(listColumn).letter;
    const target = sheet.getColumn(at + 1).letter;
    validationsOf(sheet).add(`${target}2:${target}${TEMPLATE_ROWS + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [`'选项'!$${letter}$2:$${letter}$${values.length + 1}`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: header,
      error: `请从下拉列表中选择${header}`,
    });
  }
  return toBytes(workbook);
}

/** exceljs 4.4 has worksheet.dataValidations (ranges as one address) but its typings leave it out. */
export const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void; model: Record<string, ExcelJS.DataValidation> } }).dataValidations;

/** Messages of one row as one cell: 【列】说明；… */
const rowMessage = (issues: RowIssue[]) => issues.map((i) => (i.column ? `【${i.column}】${i.message}` : i.message)).join("；");

/**
 * Formulas and links of the upload become the text they showed: the file goes back to the school's office
 * and the bureau, and a cell such as =HYPERLINK("http://…","点我") must not come back live (formula injection).
 */
function inert(sheet: ExcelJS.Worksheet) {
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.Hyperlink) cell.value = cellText(cell.value);
    }),
  );
}

/** The upload with a 错误 column (an .xlsx upload keeps its own sheet and formatting; a CSV becomes an .xlsx of its rows). */
export async function errorWorkbook(bytes: Uint8Array, errors: RowIssue[]): Promise<Uint8Array<ArrayBuffer>> {
  const byRow = new Map<number, RowIssue[]>();
  for (const e of errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
    sheet = workbook.worksheets.find((s) => s.state !== "hidden" && s.rowCount > 0) ?? workbook.worksheets[0]!;
    for (const each of workbook.worksheets) inert(each);
  } else {
    sheet = workbook.addWorksheet("导入数据");
    for (const record of parseCsv(decodeText(bytes).replace(/^\ufeff/, ""))) sheet.addRow(record);
  }
  const width = sheet.getRow(1).cellCount;
  const column = width + 1;
  const header = sheet.getCell(1, column);
  const headerIssues = byRow.get(1);
  header.value = headerIssues ? `${ERROR_HEADER}：${rowMessage(headerIssues)}` : ERROR_HEADER;
  header.font = { bold: true, color: { argb: "FFC00000" } };
  sheet.getColumn(column).width = 60;
  for (const [row, issues] of byRow) {
    if (row === 1) continue;
    const cell = sheet.getCell(row, column);
    cell.value = rowMessage(issues);
    cell.font = { color: { argb: "FFC00000" } };
  }
  return toBytes(workbook);
}
