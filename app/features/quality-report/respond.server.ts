import { json, type TypedResponse } from "@remix-run/node";
import { todayInHohhot } from "~/lib/dates";
import type { ReportFormat } from "./access.server";
import { reportJson } from "./report-json";
import type { QualityReport } from "./report-shape";
import { reproducedYear } from "./report-year";
import { reportWorkbook } from "./workbook.server";

// The report in the format its URL asked for: ".json" → the ReportJson, ".xlsx" → the workbook, else the
// page's data. The download's name says the year and the scope.

export type ReportPageData = { report: QualityReport; reproducedYear: number };

export async function respond(report: QualityReport, format: ReportFormat, fileStem: string): Promise<TypedResponse<ReportPageData>> {
  if (format === "page") return json({ report, reproducedYear: reproducedYear(todayInHohhot()) });
  // A file, not page data: typed as the page's so the route's useLoaderData stays typed (the page never gets it).
  return (await download(report, format, fileStem)) as TypedResponse<ReportPageData>;
}

async function download(report: QualityReport, format: Exclude<ReportFormat, "page">, fileStem: string): Promise<Response> {
  if (format === "json") {
    return new Response(JSON.stringify(reportJson(report)), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
  const bytes = await reportWorkbook(report);
  const name = `${report.year}年${report.scope.name}中职质量年报.xlsx`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${fileStem}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
