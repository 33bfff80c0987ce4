import { Link } from "@remix-run/react";
import { REPORT_TABLES, type QualityReport } from "./report-shape";

// The report page's body (issue 14 item 4). FOUNDATION: one plain table per report table; branch output14
// adds the charts, the knowledge rates beside each destination figure and the print layout.

export function ReportView({ report }: { report: QualityReport }) {
  return (
    <div className="quality-report">
      {REPORT_TABLES.map((table) => {
        const rows = report.figures.filter((f) => f.table === table);
        if (rows.length === 0) return null;
        return (
          <section key={table}>
            <h2>{table}</h2>
            <table>
              <tbody>
                {rows.map((f) => (
                  <tr key={f.row}>
                    <th scope="row">{f.row}</th>
                    <td>{f.label}</td>
                    <td>{f.value === null ? "—" : f.drill ? <Link to={f.drill}>{f.value}</Link> : f.value}</td>
                    <td>{f.unit}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
