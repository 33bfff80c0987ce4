import ExcelJS from "exceljs";
import { moment } from "~/lib/dates";
import { cohortColumns, differsFromPublished, enrolledIn, figuresOf, isRate, reportTitle, rowLabel, TABLE_TITLE } from "./report-layout";
import { REPORT_TABLES, type QualityReport, type ReportFigure } from "./report-shape";

// The report as an Excel workbook (issue 14 item 4): a 说明 sheet, then one sheet per table laid out like the
// published report — a title row ("附表1：人才培养质量计分卡"), the header 序号/指标/单位/值, the rows; 表5 with
// 产业集群, 专业个数, 毕业生人数, one column per cohort (级) and 合计. Every figure is a number cell (rates with
// the 0.00 format); a figure with nothing to compute it from is "—", as on the page.

const RATE_FORMAT = "0.00";
const COUNT_FORMAT = "0";
const BOLD = { bold: true } as const;
const TITLE_FONT = { bold: true, size: 13 } as const;
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEF2F6" } };

/** The workbook's bytes. */
export async function reportWorkbook(report: QualityReport): Promise<Buffer> {
  return Buffer.from(await reportBook(report).xlsx.writeBuffer());
}

/** The workbook itself (the CLI and the tests read it back with exceljs). */
export function reportBook(report: QualityReport): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.created = new Date(report.generatedAt);
  book.title = reportTitle(report);
  notesSheet(book, report);
  for (const table of REPORT_TABLES) {
    if (table === "表5") {
      if (report.clusters.length > 0) clusterSheet(book, report);
      continue;
    }
    const figures = figuresOf(report, table);
    if (figures.length > 0) figureSheet(book, table, TABLE_TITLE[table], figures);
  }
  return book;
}

function notesSheet(book: ExcelJS.Workbook, report: QualityReport) {
  const sheet = book.addWorksheet("说明");
  const k = report.knowledge;
  titleRow(sheet, reportTitle(report), 2);
  header(sheet.addRow(["项目", "内容"]));
  const rows: Array<[string, string | number | null, string?]> = [
    ["年度", `${report.year}年度（${report.year}届毕业生，${report.year}—${report.year + 1}学年）`],
    ["范围", report.scope.schoolId === null ? `${report.scope.name}（全市）` : report.scope.name],
    ["生成时间", moment(new Date(report.generatedAt))],
    ["毕业生人数", k.graduates, COUNT_FORMAT],
    ["去向已知人数", k.known, COUNT_FORMAT],
    ["去向已知率（%）", k.knownRate, RATE_FORMAT],
    ["学生本人确认人数", k.confirmed, COUNT_FORMAT],
    ["学生确认率（%，占去向已知）", k.confirmedRate, RATE_FORMAT],
    ["学生提出异议人数", k.disputed, COUNT_FORMAT],
    ["指标定义", "每个指标的定义、来源记录与取整规则见 docs/metrics.md"],
    ["数据来源", "青城产教通平台记录（学生、毕业去向、实习、订单班、教师、招聘会），非学校填报汇总"],
  ];
  if (report.figures.some((f) => f.published !== undefined)) {
    rows.push(["公报值", "“公报值”列为《2023年呼和浩特市中等职业教育质量年度报告》印发的数字，与平台计算值不同时以“≠”标出"]);
  }
  for (const [label, value, format] of rows) {
    const row = sheet.addRow([label, value ?? "—"]);
    row.getCell(1).font = BOLD;
    if (format && typeof value === "number") row.getCell(2).numFmt = format;
  }
  fitColumns(sheet, 2);
}

function figureSheet(book: ExcelJS.Workbook, name: string, title: string, figures: ReportFigure[]) {
  const sheet = book.addWorksheet(name);
  const withPublished = figures.some((f) => f.published !== undefined);
  const columns = ["序号", "指标", "单位", "值", ...(withPublished ? ["公报值", "比较"] : [])];
  titleRow(sheet, title, columns.length);
  header(sheet.addRow(columns));
  figures.forEach((f, i) => {
    const row = sheet.addRow([rowKey(rowLabel(f, i)), f.label, f.unit, f.value ?? "—"]);
    numberCell(row.getCell(4), f.value, isRate(f.unit));
    if (withPublished && f.published !== undefined) {
      numberCell(row.getCell(5), f.published, isRate(f.unit));
      row.getCell(6).value = differsFromPublished(f) ? "≠" : "=";
    }
  });
  fitColumns(sheet, columns.length);
}

function clusterSheet(book: ExcelJS.Workbook, report: QualityReport) {
  const sheet = book.addWorksheet("表5");
  const cohorts = cohortColumns(report);
  const columns = ["产业集群", "专业个数", "毕业生人数", ...cohorts.map((y) => `${y}级`), "合计"];
  titleRow(sheet, TABLE_TITLE.表5, columns.length);
  header(sheet.addRow(columns));
  const first = sheet.rowCount + 1;
  for (const c of report.clusters) {
    const row = sheet.addRow([c.name, c.programs, c.graduates, ...cohorts.map((y) => enrolledIn(c, y)), c.enrolled]);
    for (let i = 2; i <= columns.length; i++) row.getCell(i).numFmt = COUNT_FORMAT;
  }
  const last = sheet.rowCount;
  // The report's 合计 row, as formulas over the rows above (with their values cached, so a reader that does
  // not calculate still sees them).
  const total = sheet.addRow(["合计"]);
  total.font = BOLD;
  for (let i = 2; i <= columns.length; i++) {
    const letter = sheet.getColumn(i).letter;
    const result = report.clusters.reduce((sum, c) => sum + (i === 2 ? c.programs : i === 3 ? c.graduates : i === columns.length ? c.enrolled : enrolledIn(c, cohorts[i - 4]!)), 0);
    total.getCell(i).value = { formula: `SUM(${letter}${first}:${letter}${last})`, result };
    total.getCell(i).numFmt = COUNT_FORMAT;
  }
  fitColumns(sheet, columns.length);
}

/** 序号 as the report prints it: a number for 1 … 12, the letter for A … D and the platform's short keys. */
const rowKey = (row: string): string | number => (/^\d+$/.test(row) ? Number(row) : row);

function numberCell(cell: ExcelJS.Cell, value: number | null, rate: boolean) {
  if (value === null) {
    cell.value = "—";
    cell.alignment = { horizontal: "right" };
    return;
  }
  cell.value = value;
  cell.numFmt = rate ? RATE_FORMAT : COUNT_FORMAT;
}

function titleRow(sheet: ExcelJS.Worksheet, title: string, width: number) {
  const row = sheet.addRow([title]);
  row.font = TITLE_FONT;
  row.height = 22;
  if (width > 1) sheet.mergeCells(row.number, 1, row.number, width);
}

function header(row: ExcelJS.Row) {
  row.font = BOLD;
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: "thin" } };
  });
  row.worksheet.views = [{ state: "frozen", ySplit: row.number }];
}

/** Column widths for Chinese text: a CJK character is two columns wide; the merged title row is left out. */
function fitColumns(sheet: ExcelJS.Worksheet, count: number) {
  for (let i = 1; i <= count; i++) {
    let widest = 4;
    sheet.getColumn(i).eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged) return; // the title row
      const v = cell.value;
      const text = typeof v === "number" ? v.toFixed(2) : typeof v === "string" ? v : v && typeof v === "object" && "result" in v ? String(v.result) : "";
      widest = Math.max(widest, displayWidth(text));
    });
    sheet.getColumn(i).width = Math.min(widest + 2, 70);
  }
}

const displayWidth = (text: string) => [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
