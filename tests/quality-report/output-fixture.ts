import type { QualityReport, ReportFigure } from "~/features/quality-report/report-shape";

// A hand-built city report for the output tests (page, workbook, CLI formatting): every figure typed here
// from the published 2023 report (附表1, 附表3 rows 1 and A–D, 附表4, 表5) or made up and marked so, so the
// tests check the layout against values nobody computed. Row 5 differs from the printed figure on purpose
// (the page and the workbook must flag it); row 6 has no value (nothing to compute it from → "—").

const drill = (table: string, row: string) => `/reports/2026/records?figure=${encodeURIComponent(`${table}.${row}`)}`;
const count = (table: ReportFigure["table"], row: string, label: string, value: number | null, more: Partial<ReportFigure> = {}): ReportFigure => ({
  table,
  row,
  label,
  unit: "人",
  value,
  drill: drill(table, row),
  ...more,
});

export const FIXTURE: QualityReport = {
  year: 2026,
  scope: { schoolId: null, name: "呼和浩特市" },
  generatedAt: "2026-11-30T02:30:00.000Z", // 10:30 in Hohhot
  figures: [
    count("附表1", "1", "毕业生人数", 7146, { published: 7146, knowledge: true }),
    count("附表1", "2", "毕业去向落实人数", 7093, { published: 7093, knowledge: true }),
    count("附表1", "3", "其中：毕业生升学人数", 6218, { published: 6218, knowledge: true }),
    count("附表1", "4", "升入本科人数", 105, { published: 105, knowledge: true }),
    { table: "附表1", row: "5", label: "毕业生本省去向落实率", unit: "%", value: 89.5, parts: { numerator: 6348, denominator: 7093 }, published: 89.74, drill: drill("附表1", "5"), knowledge: true },
    { table: "附表1", row: "6", label: "月收入", unit: "元", value: null, published: 2068, drill: null, knowledge: true },
    count("附表1", "7", "毕业生面向三次产业就业人数", 536, { published: 536, knowledge: true }),
    count("附表1", "8", "其中：面向第一产业", 38, { published: 38, knowledge: true }),
    count("附表1", "9", "面向第二产业", 53, { published: 53, knowledge: true }),
    count("附表1", "10", "面向第三产业", 445, { published: 445, knowledge: true }),
    { table: "附表1", row: "11", label: "自主创业率", unit: "%", value: 1.68, parts: { numerator: 9, denominator: 536 }, published: 1.68, drill: drill("附表1", "11"), knowledge: true },
    { table: "附表1", row: "12", label: "毕业三年晋升比例", unit: "%", value: 22.2, parts: { numerator: 111, denominator: 500 }, published: 22.2, drill: drill("附表1", "12"), knowledge: true },
    count("附表3", "1", "毕业生初次就业人数", 875, { published: 1173, knowledge: true }),
    count("附表3", "A", "其中：A类：留在当地就业", 431, { published: 431, knowledge: true }),
    count("附表3", "B", "B类：到西部和东北地区就业", 306, { published: 306, knowledge: true }),
    count("附表3", "C", "C类：到中小微企业等基层就业", 223, { published: 223, knowledge: true }),
    count("附表3", "D", "D类：到大型企业就业", 67, { published: 67, knowledge: true }),
    { table: "附表4", row: "1", label: "生师比", unit: "比", value: 12.98, parts: { numerator: 24069, denominator: 1854 }, published: 12.4, drill: null },
    { table: "附表4", row: "2", label: "双师素质专任教师比例", unit: "%", value: 24.11, parts: { numerator: 447, denominator: 1854 }, published: 24.11, drill: "/reports/2026/records?figure=%E9%99%84%E8%A1%A84.2" },
    count("附表6", "1", "全日制在校生人数", 24069, { published: 24069 }),
    count("附表6", "6", "其中：专任教师总数", 1854, { published: 1854 }),
    count("附表6", "14", "职业技能等级证书（含职业资格证书）获取人数", 1478, { published: 1478 }),
    // 产教融合: the platform's own rows, made up for the fixture.
    { table: "产教融合", row: "pairs", label: "校企合作对数", unit: "对", value: 312, drill: drill("产教融合", "pairs") },
    { table: "产教融合", row: "orderClasses", label: "订单班", unit: "个", value: 41, drill: drill("产教融合", "orderClasses") },
    { table: "产教融合", row: "keptOnRate", label: "实习留用率", unit: "%", value: 37.5, parts: { numerator: 3, denominator: 8 }, drill: null },
    { table: "产教融合", row: "practiceDays", label: "教师企业实践天数", unit: "天", value: 0, drill: null },
  ],
  // 表5 as the published report prints it (row 4's 2021级 is 718 so the totals hold: prisma/seed/report-2023.ts).
  clusters: [
    cluster("AGRIFOOD", "绿色农畜产品加工产业集群", 4, 55, [309, 220, 189]),
    cluster("CLEAN_ENERGY", "清洁能源产业集群", 7, 282, [411, 458, 293]),
    cluster("CHEMICAL", "现代化工产业集群", 1, 15, [31, 34, 13]),
    cluster("MATERIALS_EQUIPMENT", "新材料和现代装备制造业产业集群", 8, 675, [1267, 1108, 718]),
    cluster("BIOMEDICINE", "生物医药产业", 8, 957, [1042, 1003, 887]),
    cluster("ELECTRONICS", "电子信息产业", 12, 629, [1158, 1141, 1146]),
  ],
  knowledge: { graduates: 7146, known: 7146, knownRate: 100, confirmed: 3573, confirmedRate: 50, disputed: 12 },
  destinations: [
    { kind: "STUDY_SINGLE_ENROLMENT", label: "高职单招", count: 6113 },
    { kind: "STUDY_VOCATIONAL_BACHELOR", label: "对口升学本科", count: 105 },
    { kind: "EMPLOYED_CONTRACT", label: "合同就业", count: 866 },
    { kind: "EMPLOYED_SELF", label: "自主创业", count: 9 },
    { kind: "UNPLACED", label: "待就业", count: 53 },
  ],
  retention: [
    { month: "2026-06", people: 120, cumulative: 120 },
    { month: "2026-07", people: 80, cumulative: 200 },
    { month: "2026-08", people: 0, cumulative: 200 },
  ],
};

function cluster(code: string, name: string, programs: number, graduates: number, byCohort: [number, number, number]) {
  const [y2026, y2025, y2024] = byCohort;
  return {
    code,
    name,
    programs,
    graduates,
    enrolledByCohort: [
      { cohortYear: 2026, students: y2026 },
      { cohortYear: 2025, students: y2025 },
      { cohortYear: 2024, students: y2024 },
    ],
    enrolled: y2026 + y2025 + y2024,
  };
}

/** The same report for one school, with nothing published and rates over empty denominators. */
export const SCHOOL_FIXTURE: QualityReport = {
  ...FIXTURE,
  scope: { schoolId: 12, name: "示例·呼和浩特市第一职业中等专业学校" },
  figures: FIXTURE.figures.map(({ published: _published, ...f }) => (f.unit === "%" ? { ...f, value: null, parts: { numerator: 0, denominator: 0 } } : f)),
  knowledge: { graduates: 0, known: 0, knownRate: null, confirmed: 0, confirmedRate: null, disputed: 0 },
  clusters: [],
  destinations: [],
  retention: [],
};
