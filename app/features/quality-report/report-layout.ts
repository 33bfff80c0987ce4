import type { FigureUnit, QualityReport, ReportFigure, ReportTable } from "./report-shape";

// How the report is laid out on the page and in the workbook (issue 14 item 4): the tables' titles as the
// published report prints them, how a value is written, 表5's cohort columns. Browser-safe, no data access.

/** Each table's title, as the published 2023 report heads it (its 附表3 is 服务贡献表, 附表4 教学资源表). */
export const TABLE_TITLE: Record<ReportTable, string> = {
  附表1: "附表1：人才培养质量计分卡",
  附表3: "附表3：服务贡献表",
  附表4: "附表4：教学资源表",
  附表6: "附表6：落实政策表",
  表5: "表5：中职学校对接六大产业集群情况",
  产教融合: "产教融合：平台记录的校企合作与育人",
};

/** Percentages and ratios are printed with two decimals (89.74, 12.98); counts, yuan and days as integers. */
export const isRate = (unit: FigureUnit) => unit === "%" || unit === "比";

/** A value as the report prints it: "—" when there is nothing to compute it from. */
export function formatValue(value: number | null | undefined, unit: FigureUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return isRate(unit) ? value.toFixed(2) : String(value);
}

/** A rate of the knowledge block, "—" over an empty denominator. */
export const formatRate = (rate: number | null) => (rate === null ? "—" : `${rate.toFixed(2)}%`);

/**
 * Whether the computed value differs from the printed one (to the printed precision: two decimals for a
 * rate, the unit for a count). False when there is no printed figure.
 */
export function differsFromPublished(f: Pick<ReportFigure, "value" | "published" | "unit">): boolean {
  if (f.published === undefined) return false;
  if (f.value === null) return true;
  return isRate(f.unit) ? Math.abs(f.value - f.published) >= 0.005 : f.value !== f.published;
}

/**
 * The 序号 a row is printed with: the report's number or letter; the platform's own section (产教融合), whose
 * rows have short keys ("pairs"), is numbered in order.
 */
export const rowLabel = (f: Pick<ReportFigure, "table" | "row">, index: number): string => (f.table === "产教融合" ? String(index + 1) : f.row);

/** The figures of one table in the report's order. */
export const figuresOf = (report: QualityReport, table: ReportTable) => report.figures.filter((f) => f.table === table);

/** 表5's cohort columns, newest first ("2026级"), the union over the clusters. */
export function cohortColumns(report: QualityReport): number[] {
  const years = new Set<number>();
  for (const c of report.clusters) for (const e of c.enrolledByCohort) years.add(e.cohortYear);
  return [...years].sort((a, b) => b - a);
}

/** A cluster's enrolment in one cohort (0 when the cluster has none that year). */
export const enrolledIn = (cluster: QualityReport["clusters"][number], cohortYear: number) =>
  cluster.enrolledByCohort.find((e) => e.cohortYear === cohortYear)?.students ?? 0;

/** The report's own files: /reports/2026.json for the city, /reports/2026/12.json for a school. */
export function reportFileHref(report: Pick<QualityReport, "year" | "scope">, ext: "json" | "xlsx"): string {
  return report.scope.schoolId === null ? `/reports/${report.year}.${ext}` : `/reports/${report.year}/${report.scope.schoolId}.${ext}`;
}

/** The page title: year and scope ("呼和浩特市中等职业教育质量年度报告（2026年度）· 全市"). */
export function reportTitle(report: Pick<QualityReport, "year" | "scope">): string {
  return `${report.scope.name} 中等职业教育质量年度报告（${report.year}年度）`;
}
