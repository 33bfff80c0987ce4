import { REPORT_TABLES, type QualityReport, type ReportJson } from "./report-shape";

// The report as JSON (issue 14 item 4): tables and rows by the report's numbering, values only:
// {"附表1": {"1": 7146, …}, "附表3": {"1": …, "A": …}, "附表4": …, "附表6": …, "产教融合": {"pairs": …},
//  "表5": {"<cluster name>": {"专业个数": …, "毕业生人数": …, "<cohort>级": …, "合计": …}}}.
// Browser-safe: the page, the JSON route and the command line (npm run report) share it.

export function reportJson(report: QualityReport): ReportJson {
  const json: ReportJson = {};
  for (const table of REPORT_TABLES) {
    if (table === "表5") {
      json[table] = Object.fromEntries(
        report.clusters.map((c) => [
          c.name,
          {
            专业个数: c.programs,
            毕业生人数: c.graduates,
            ...Object.fromEntries(c.enrolledByCohort.map((e) => [`${e.cohortYear}级`, e.students])),
            合计: c.enrolled,
          },
        ]),
      );
      continue;
    }
    json[table] = Object.fromEntries(report.figures.filter((f) => f.table === table).map((f) => [f.row, f.value]));
  }
  return json;
}
