// What other features and scripts may use of the quality report.
export { computeReport, type ReportScope } from "./report.server";
export type { QualityReport, ReportFigure, ReportJson, ClusterRow, Knowledge } from "./report-shape";
