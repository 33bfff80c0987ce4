import ExcelJS from "exceljs";
import type { SessionUser } from "~/features/auth/session.server";
import { todayInHohhot } from "~/lib/dates";
import { PLACEMENT_STATUS_LABEL, complianceRows, type ComplianceFilters, type ComplianceRow } from "./compliance.server";

// 一键导出: the placements of the compliance view (same scope, same filters, every page) as an xlsx
// sheet with the columns provincial internship-supervision platforms (e.g. 全国职业院校学生实习管理
// 平台 and the provinces' 实习监管平台) ask a school to upload: who, where, which post, when, pay,
// insurance, agreement, the two supervisors and the state; and the warnings of this platform last.

export const EXPORT_COLUMNS: ReadonlyArray<{ header: string; width: number; value: (r: ComplianceRow) => string | number }> = [
  { header: "学生姓名", width: 12, value: (r) => r.student },
  { header: "学校", width: 24, value: (r) => r.school },
  { header: "专业", width: 16, value: (r) => r.program },
  { header: "实习单位", width: 28, value: (r) => r.host },
  { header: "统一社会信用代码", width: 22, value: (r) => r.creditCode },
  { header: "实习岗位", width: 16, value: (r) => r.post },
  { header: "开始日期", width: 12, value: (r) => r.startsOn },
  { header: "结束日期", width: 12, value: (r) => r.endsOn },
  { header: "实习报酬（元/月）", width: 12, value: (r) => r.monthlyPay ?? "" },
  { header: "实习责任保险", width: 36, value: (r) => r.insurance },
  { header: "三方协议", width: 16, value: (r) => r.agreement },
  { header: "学校指导教师", width: 12, value: (r) => r.supervisor },
  { header: "企业指导教师", width: 12, value: (r) => r.mentor },
  { header: "实习状态", width: 10, value: (r) => PLACEMENT_STATUS_LABEL[r.status] },
  { header: "预警", width: 40, value: (r) => r.warnings.map((w) => w.text).join("；") },
];

/** The workbook's bytes and a file name for `user`'s placements under `filters`. */
export async function complianceWorkbook(user: SessionUser, filters: Omit<ComplianceFilters, "page">, today = todayInHohhot()) {
  const { rows } = await complianceRows(user, filters, today);
  const book = new ExcelJS.Workbook();
  book.created = new Date();
  const sheet = book.addWorksheet("岗位实习");
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const r of rows) sheet.addRow(EXPORT_COLUMNS.map((c) => c.value(r)));
  const bytes = await book.xlsx.writeBuffer();
  return { bytes: new Uint8Array(bytes as ArrayBuffer), fileName: `岗位实习-${today}.xlsx` };
}
