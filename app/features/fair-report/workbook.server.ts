import ExcelJS from "exceljs";
import type { SessionUser } from "~/features/auth/session.server";
import { FIGURES, type Figure } from "./figures";
import { fairReport, type BreakdownRow, type FairReport } from "./report.server";

// The report as an xlsx workbook (issue 12 item 6): one sheet per table of the page, headers in
// Chinese, every figure a number cell (never text), from the same service as the page.

export const SHEETS: ReadonlyArray<{ name: string; figures?: Figure[]; breakdown?: "bySchool" | "byProgram" | "byCluster"; first?: string }> = [
  { name: "企业与岗位", figures: ["enterprisesRegistered", "enterprisesAttending", "positionsOffered", "headcountOffered"] },
  { name: "学生", figures: ["studentsRegistered", "studentsCheckedIn"] },
  { name: "按学校", breakdown: "bySchool", first: "学校" },
  { name: "按专业", breakdown: "byProgram", first: "专业" },
  { name: "按产业集群", breakdown: "byCluster", first: "产业集群" },
  { name: "投递与意向", figures: ["applications", "leads", "leadsPending", "leadsConfirmed", "leadsDismissed"] },
  { name: "录用", figures: ["offered30", "hired30", "offered90", "hired90"] },
];

export function workbookOf(report: FairReport): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.created = new Date();
  book.title = `${report.fair.title} 招聘会报告`;
  for (const s of SHEETS) {
    const sheet = book.addWorksheet(s.name);
    if (s.figures) {
      sheet.columns = [
        { header: "指标", width: 18 },
        { header: "数值", width: 10 },
        { header: "含义", width: 80 },
      ];
      for (const f of s.figures) sheet.addRow([FIGURES[f].label, report.figures[f], FIGURES[f].meaning]);
    } else {
      sheet.columns = [
        { header: s.first!, width: 36 },
        { header: "报名", width: 10 },
        { header: "签到", width: 10 },
      ];
      for (const r of report[s.breakdown!] as BreakdownRow[]) sheet.addRow([r.name, r.registered, r.checkedIn]);
    }
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  return book;
}

/** The workbook's bytes and a file name, for `user` under fair.report (404 otherwise). */
export async function reportWorkbook(user: SessionUser, fairId: number) {
  const report = await fairReport(user, fairId);
  const bytes = await workbookOf(report).xlsx.writeBuffer();
  return { bytes: new Uint8Array(bytes as ArrayBuffer), fileName: `招聘会报告-${report.fair.title}.xlsx` };
}
