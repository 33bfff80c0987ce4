import { cohortColumns, enrolledIn, isRate } from "./report-layout";
import { REPORT_TABLES, type QualityReport } from "./report-shape";

// The report as CSV lines (issue 14 item 4, `npm run report -- --format csv`): a header, then one line per
// figure — table,row,label,unit,value — in the report's order; 表5 one line per cluster and column
// (表5,<cluster>,专业个数|毕业生人数|<cohort>级|合计,个|人,<n>). Rates with two decimals, an empty value for
// a figure with nothing to compute it from. RFC 4180 quoting, LF line ends.

const HEADER = ["table", "row", "label", "unit", "value"];

export function reportCsv(report: QualityReport): string {
  const lines: Array<Array<string | number>> = [HEADER];
  const cohorts = cohortColumns(report);
  for (const table of REPORT_TABLES) {
    if (table === "表5") {
      for (const c of report.clusters) {
        lines.push([table, c.name, "专业个数", "个", c.programs], [table, c.name, "毕业生人数", "人", c.graduates]);
        for (const y of cohorts) lines.push([table, c.name, `${y}级`, "人", enrolledIn(c, y)]);
        lines.push([table, c.name, "合计", "人", c.enrolled]);
      }
      continue;
    }
    for (const f of report.figures.filter((x) => x.table === table)) {
      lines.push([f.table, f.row, f.label, f.unit, f.value === null ? "" : isRate(f.unit) ? f.value.toFixed(2) : f.value]);
    }
  }
  return lines.map((cells) => cells.map(field).join(",")).join("\n") + "\n";
}

function field(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
