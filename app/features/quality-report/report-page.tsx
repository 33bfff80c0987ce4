import { Link } from "@remix-run/react";
import type { QualityReport } from "./report-shape";
import { ReportView } from "./report-view";

// The page around a report (city or school): the way back to the list, then the view, which carries its own
// title, notes and downloads (they belong in the print layout too).

export function ReportPage({ report, back }: { report: QualityReport; back: string }) {
  return (
    <div className="quality-report-page">
      <p className="report-back">
        <Link to={back}>← 质量年报</Link>
      </p>
      <ReportView report={report} />
    </div>
  );
}
