import type { FigureUnit, ReportTable } from "./report-shape";

// The rows of the quality report (issue 14 item 3) in the report's order, with their labels and units:
// one list for the computation, the JSON and the drill-down. The definitions are in docs/metrics.md.
// Browser-safe.

export type RowDef = { table: ReportTable; row: string; label: string; unit: FigureUnit };

export const ROWS: readonly RowDef[] = [
  { table: "附表1", row: "1", label: "毕业生人数", unit: "人" },
  { table: "附表1", row: "2", label: "毕业去向落实人数", unit: "人" },
  { table: "附表1", row: "3", label: "其中：毕业生升学人数", unit: "人" },
  { table: "附表1", row: "4", label: "升入本科人数", unit: "人" },
  { table: "附表1", row: "5", label: "毕业生本省去向落实率", unit: "%" },
  { table: "附表1", row: "6", label: "月收入", unit: "元" },
  { table: "附表1", row: "7", label: "毕业生面向三次产业就业人数", unit: "人" },
  { table: "附表1", row: "8", label: "其中：面向第一产业", unit: "人" },
  { table: "附表1", row: "9", label: "面向第二产业", unit: "人" },
  { table: "附表1", row: "10", label: "面向第三产业", unit: "人" },
  { table: "附表1", row: "11", label: "自主创业率", unit: "%" },
  { table: "附表1", row: "12", label: "毕业三年晋升比例", unit: "%" },
  { table: "附表3", row: "1", label: "毕业生初次就业人数", unit: "人" },
  { table: "附表3", row: "A", label: "其中：A类：留在当地就业", unit: "人" },
  { table: "附表3", row: "B", label: "B类：到西部和东北地区就业", unit: "人" },
  { table: "附表3", row: "C", label: "C类：到中小微企业等基层就业", unit: "人" },
  { table: "附表3", row: "D", label: "D类：到大型企业就业", unit: "人" },
  { table: "附表4", row: "1", label: "生师比", unit: "比" },
  { table: "附表4", row: "2", label: "双师素质专任教师比例", unit: "%" },
  { table: "附表6", row: "1", label: "全日制在校生人数", unit: "人" },
  { table: "附表6", row: "6", label: "其中：专任教师总数", unit: "人" },
  { table: "附表6", row: "14", label: "职业技能等级证书（含职业资格证书）获取人数", unit: "人" },
  { table: "附表6", row: "17", label: "聘请行业导师人数", unit: "人" },
  { table: "附表6", row: "19", label: "行业导师年课时总量", unit: "课时" },
  { table: "产教融合", row: "pairs", label: "校企合作对数（协议生效）", unit: "对" },
  { table: "产教融合", row: "orderClasses", label: "订单班", unit: "个" },
  { table: "产教融合", row: "apprenticeships", label: "现代学徒制班", unit: "个" },
  { table: "产教融合", row: "placements", label: "岗位实习（当年开始）", unit: "人" },
  { table: "产教融合", row: "completedPlacements", label: "其中：已结束", unit: "人" },
  { table: "产教融合", row: "keptOn", label: "实习留用", unit: "人" },
  { table: "产教融合", row: "keptOnRate", label: "实习留用率", unit: "%" },
  { table: "产教融合", row: "fairs", label: "招聘会", unit: "个" },
  { table: "产教融合", row: "fairRegistrations", label: "招聘会学生报名", unit: "人" },
  { table: "产教融合", row: "fairCheckIns", label: "招聘会签到", unit: "人" },
  { table: "产教融合", row: "fairOffers", label: "招聘会投递获拟录用", unit: "项" },
  { table: "产教融合", row: "fairHires", label: "招聘会投递接受录用", unit: "项" },
  { table: "产教融合", row: "dualJunior", label: "双师型教师·初级", unit: "人" },
  { table: "产教融合", row: "dualIntermediate", label: "双师型教师·中级", unit: "人" },
  { table: "产教融合", row: "dualSenior", label: "双师型教师·高级", unit: "人" },
  { table: "产教融合", row: "practiceDays", label: "教师企业实践天数（企业确认）", unit: "天" },
  { table: "产教融合", row: "retained", label: "留呼人数（累计）", unit: "人" },
  { table: "产教融合", row: "retentionGoal", label: "留呼目标", unit: "人" },
];

/** A figure's id in URLs and tests: "附表1.2", "附表3.A", "产教融合.pairs". */
export const figureId = (table: string, row: string) => `${table}.${row}`;
export const ROW_BY_ID: ReadonlyMap<string, RowDef> = new Map(ROWS.map((r) => [figureId(r.table, r.row), r]));

/**
 * The printed figures of the 2023 report (shared/reference/000_7d1635ab68301fb1.txt, 附表1/3/4/6), shown
 * beside the computed ones on the city-wide report of the year the demo reproduces (report-year.ts).
 */
export const PUBLISHED_2023: Readonly<Record<string, number>> = {
  "附表1.1": 7146,
  "附表1.2": 7093,
  "附表1.3": 6218,
  "附表1.4": 105,
  "附表1.5": 89.74,
  "附表1.6": 2068,
  "附表1.7": 536,
  "附表1.8": 38,
  "附表1.9": 53,
  "附表1.10": 445,
  "附表1.11": 1.68,
  "附表1.12": 22.2,
  "附表3.1": 1173,
  "附表3.A": 431,
  "附表3.B": 306,
  "附表3.C": 223,
  "附表3.D": 67,
  "附表4.1": 12.4,
  "附表4.2": 24.11,
  "附表6.1": 24069,
  "附表6.6": 1854,
  "附表6.14": 1478,
  "附表6.17": 97,
  "附表6.19": 11916,
};

/** The report's year whose figures the demo data reproduces (before moving to today's years). */
export const PUBLISHED_YEAR = 2023;

/** A percentage with two decimals of the exact fraction, null over an empty denominator (shown as —). */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator * 10000) / denominator) / 100;
}

/** A ratio (生师比) with two decimals, null over an empty denominator. */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator * 100) / denominator) / 100;
}

/**
 * The figures that count records, so have a drill-down listing exactly them (/reports/<year>/records?figure=…).
 * Rates, means, ratios, hours and the retention figures are no count of one list of records.
 */
export const DRILLABLE: ReadonlySet<string> = new Set([
  "附表1.1", "附表1.2", "附表1.3", "附表1.4", "附表1.7", "附表1.8", "附表1.9", "附表1.10",
  "附表3.1", "附表3.A", "附表3.B", "附表3.C", "附表3.D",
  "附表6.1", "附表6.6", "附表6.14", "附表6.17",
  "产教融合.pairs", "产教融合.orderClasses", "产教融合.apprenticeships", "产教融合.placements",
  "产教融合.completedPlacements", "产教融合.keptOn", "产教融合.fairs", "产教融合.fairRegistrations",
  "产教融合.fairCheckIns", "产教融合.fairOffers", "产教融合.fairHires",
  "产教融合.dualJunior", "产教融合.dualIntermediate", "产教融合.dualSenior", "产教融合.practiceDays",
]);

/** Where a figure's records are: /reports/<year>/records?figure=<id>[&school=<id>]. */
export function drillHref(year: number, id: string, schoolId: number | null): string {
  const query = new URLSearchParams({ figure: id });
  if (schoolId !== null) query.set("school", String(schoolId));
  return `/reports/${year}/records?${query}`;
}
