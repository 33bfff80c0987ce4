import { json, type TypedResponse } from "@remix-run/node";
import { todayInHohhot } from "~/lib/dates";
import { reportJson } from "./report-json";
import type { QualityReport } from "./report-shape";
import { reproducedYear } from "./report-year";
import { reportWorkbook } from "./workbook.server";

// The report as the page's data, or as a download: ".json" → the ReportJson, ".xlsx" → the workbook (the
// resource routes *-json-route.ts / *-xlsx-route.ts). The download's name says the year and the scope.

export type ReportPageData = { report: QualityReport; reproducedYear: number };

export function pageData(report: QualityReport): TypedResponse<ReportPageData> {
  return json({ report, reproducedYear: reproducedYear(todayInHohhot()) });
}

export async function download(report: QualityReport, format: "json" | "xlsx", fileStem: string): Promise<Response> {
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
