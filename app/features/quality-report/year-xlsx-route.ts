import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { cityReport, numberParam } from "./access.server";
import { download } from "./respond.server";

// /reports/:year.xlsx — the city-wide report as xlsx: the bureau only (a school's office: 403).

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const year = numberParam(params.year);
  return download(await cityReport(user, year), "xlsx", `report-${year}`);
}
