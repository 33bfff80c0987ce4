import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { numberParam, schoolReport } from "./access.server";
import { download } from "./respond.server";

// /reports/:year/:school.json — one school's report as json: the bureau, or the school's own office (another school: 404).

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const year = numberParam(params.year);
  const schoolId = numberParam(params.school);
  return download(await schoolReport(user, year, schoolId), "json", `report-${year}-${schoolId}`);
}
