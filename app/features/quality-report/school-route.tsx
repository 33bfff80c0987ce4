import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { numberParam, schoolReport } from "./access.server";
import { ReportPage } from "./report-page";
import { pageData } from "./respond.server";

// /reports/:year/:school — one school's report page (12.json and 12.xlsx: school-json-route.ts,
// school-xlsx-route.ts). The bureau any school; a school's office its own (another school's: 404).

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.report.scope.name ?? ""} ${data?.report.year ?? ""}年质量年报 · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return pageData(await schoolReport(user, numberParam(params.year), numberParam(params.school)));
}

export default function SchoolReportRoute() {
  const { report } = useLoaderData<typeof loader>();
  return <ReportPage report={report} back="/reports" />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
