import type { QualityReport } from "./report-shape";

// One year's quality report computed from the platform's records (issue 14 item 3). The definitions of
// every figure are in docs/metrics.md.
// FOUNDATION ONLY: the computation is being written on branch metrics14; until it is merged this throws,
// and nothing in main calls it.

export type ReportScope = { year: number; schoolId: number | null };

/** The report for a year, city-wide (schoolId null) or for one school. Permissions are the caller's. */
export async function computeReport(scope: ReportScope): Promise<QualityReport> {
  throw new Error(`质量年报尚未实现 (${scope.year})`);
}
