import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { cityReport, numberParam } from "./access.server";
import { ReportPage } from "./report-page";
import { pageData } from "./respond.server";

// /reports/:year — the city-wide report's page (the bureau; /reports/2026.json and .xlsx are the resource
// routes year-json-route.ts and year-xlsx-route.ts). A school's office opening it is sent to its own school's.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.report.year ?? ""}年质量年报 · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const year = numberParam(params.year);
  if (user.role === "SCHOOL_STAFF") throw redirect(`/reports/${year}/${user.organisationId}`);
  return pageData(await cityReport(user, year));
}

export default function CityReportRoute() {
  const { report } = useLoaderData<typeof loader>();
  return <ReportPage report={report} back="/reports" />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
