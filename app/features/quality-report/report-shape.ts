// The shape of one year's quality report (中等职业教育质量年度报告, issue 14 item 3), shared by the
// computation (report.server.ts), the page, the workbook, the JSON and the command line. Tables and rows
// keep the published report's numbering (its body's 附表3 is 服务贡献表, 附表4 教学资源表); the
// definitions of every row are in docs/metrics.md. Browser-safe: types and constants only.

/** The tables the platform computes, in the report's order, then the platform's own sections. */
export const REPORT_TABLES = ["附表1", "附表3", "附表4", "附表6", "表5", "产教融合"] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export type FigureUnit = "人" | "%" | "元" | "比" | "个" | "课时" | "天" | "对" | "项";

/** One row of a table. value is null when there is nothing to compute it from (a mean of no incomes). */
export type ReportFigure = {
  table: ReportTable;
  /** The report's row number or letter ("1" … "12", "A" … "D"); the platform's own rows use short keys. */
  row: string;
  label: string;
  unit: FigureUnit;
  /** Counts are integers; rates are percentages rounded to two decimals (89.74), a ratio (生师比) likewise. */
  value: number | null;
  /** For a rate: the two counts it divides (numerator, denominator), so a reader can check it. */
  parts?: { numerator: number; denominator: number };
  /** The printed 2023 figure, shown beside the computed one only for the city-wide report of the year the demo reproduces. */
  published?: number;
  /** The records behind the figure: a path under /reports/<year>/records, null when the figure is no count of records. */
  drill: string | null;
  /** Destination figures: how much of the year's graduates the figure can see (issue 14: beside every destination figure). */
  knowledge?: boolean;
};

/** 表5, one cluster: programs, graduates of the year, enrolled by cohort (newest first) and in total. */
export type ClusterRow = {
  code: string;
  name: string;
  programs: number;
  graduates: number;
  enrolledByCohort: { cohortYear: number; students: number }[];
  enrolled: number;
};

/** The known-destination rate and the student-confirmed share, shown beside every destination figure. */
export type Knowledge = {
  graduates: number;
  known: number; // graduates with any destination recorded (待就业 included: it is known)
  knownRate: number | null; // %
  confirmed: number; // destinations the student confirmed
  confirmedRate: number | null; // % of known
  disputed: number;
};

export type QualityReport = {
  /** The graduation year (届) and school year the report is for: 2023 = the 2023届 and the 2023–24 school year. */
  year: number;
  scope: { schoolId: number | null; name: string };
  generatedAt: string; // ISO timestamp
  figures: ReportFigure[];
  clusters: ClusterRow[];
  knowledge: Knowledge;
  /** For the charts: graduates by destination kind (label → count), and the retention trajectory by month. */
  destinations: { kind: string; label: string; count: number }[];
  retention: { month: string; people: number; cumulative: number }[];
};

/**
 * The JSON of /reports/<year>.json and `npm run report -- --format json`: tables and rows by the report's
 * numbering, values only ({"附表1": {"1": 7146, …}, "表5": {"<cluster>": {…}}}).
 */
export type ReportJson = Record<string, Record<string, number | null | Record<string, number>>>;
