// What other features and scripts may use of the quality report.
export { computeReport, type ReportScope } from "./report.server";
export { reportJson } from "./report-json";
export { reproducedYear, yearsSinceReport } from "./report-year";
export { ROWS, DRILLABLE, PUBLISHED_2023, figureId } from "./figures";
export type { QualityReport, ReportFigure, ReportJson, ClusterRow, Knowledge } from "./report-shape";
