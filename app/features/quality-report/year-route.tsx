import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { cityReport, formatParam } from "./access.server";
import { ReportPage } from "./report-page";
import { respond } from "./respond.server";

// /reports/:year — the city-wide report (the bureau): "2026" the page, "2026.json" the JSON of issue 14,
// "2026.xlsx" the workbook. A school's office opening the page is sent to its own school's.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.report.year ?? ""}年质量年报 · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { id: year, format } = formatParam(params.year);
  if (format === "page" && user.role === "SCHOOL_STAFF") throw redirect(`/reports/${year}/${user.organisationId}`);
  const report = await cityReport(user, year);
  return respond(report, format, `report-${year}`);
}

export default function CityReportRoute() {
  const { report, reproducedYear } = useLoaderData<typeof loader>();
  return <ReportPage report={report} base={`/reports/${report.year}`} back="/reports" reproducedYear={reproducedYear} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
