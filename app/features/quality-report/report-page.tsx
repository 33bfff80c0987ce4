import { Link } from "@remix-run/react";
import type { QualityReport } from "./report-shape";
import { ReportView } from "./report-view";

// The page around a report (city or school): title, downloads, the note on published figures, the view.

export function ReportPage({ report, base, back, reproducedYear }: { report: QualityReport; base: string; back: string; reproducedYear: number }) {
  const published = report.figures.some((f) => f.published !== undefined);
  return (
    <section className="card quality-report-page">
      <p>
        <Link to={back}>← 质量年报</Link>
      </p>
      <h1>
        {report.scope.name} {report.year}年 中等职业教育质量年报
      </h1>
      <p className="muted">
        {report.year}届毕业生，{report.year}–{report.year + 1}学年。每个数字的定义见 docs/metrics.md；带链接的数字可查看其背后的记录。
      </p>
      <p className="report-downloads">
        <a href={`${base}.xlsx`} download>
          下载 Excel
        </a>{" "}
        · <a href={`${base}.json`}>JSON</a>
      </p>
      {published ? (
        <p className="muted" data-testid="published-note">
          演示数据把 2023 年度报告的年份移到了当前学年：本页（{reproducedYear}年）对应已发布的 2023 年度报告，“已发布”一栏为报告所印数字。
        </p>
      ) : null}
      <ReportView report={report} />
    </section>
  );
}
