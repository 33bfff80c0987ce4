import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { formatParam, schoolReport } from "./access.server";
import { ReportPage } from "./report-page";
import { respond } from "./respond.server";

// /reports/:year/:school — one school's report: "12" the page, "12.json", "12.xlsx". The bureau any school;
// a school's office its own (another school's: 404).

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.report.scope.name ?? ""} ${data?.report.year ?? ""}年质量年报 · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { id: year, format: yearFormat } = formatParam(params.year);
  const { id: schoolId, format } = formatParam(params.school);
  if (yearFormat !== "page") throw new Response(null, { status: 404 });
  const report = await schoolReport(user, year, schoolId);
  return respond(report, format, `report-${year}-${schoolId}`);
}

export default function SchoolReportRoute() {
  const { report, reproducedYear } = useLoaderData<typeof loader>();
  return <ReportPage report={report} base={`/reports/${report.year}/${report.scope.schoolId}`} back="/reports" reproducedYear={reproducedYear} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
