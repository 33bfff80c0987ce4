import ExcelJS from "exceljs";
import { REPORT_TABLES, type QualityReport } from "./report-shape";

// The report as an Excel workbook (issue 14 item 4): one sheet per table. FOUNDATION: 序号/指标/单位/值 rows;
// branch output14 lays the sheets out like the published report (title rows, 表5's cohort columns).

export async function reportWorkbook(report: QualityReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const table of REPORT_TABLES) {
    const rows = report.figures.filter((f) => f.table === table);
    if (rows.length === 0) continue;
    const sheet = book.addWorksheet(table);
    sheet.addRow(["序号", "指标", "单位", "值"]);
    for (const f of rows) sheet.addRow([f.row, f.label, f.unit, f.value]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
