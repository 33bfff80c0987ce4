import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { readQuery } from "~/lib/search-params.server";
import { ComplianceFilters } from "./compliance.server";
import { complianceWorkbook } from "./compliance-export.server";

// /placements/compliance.xlsx: a resource route, the compliance view's placements as a download, under
// the view's own permission and filters (the page number aside: the export is every page).

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { page: _page, ...filters } = readQuery(request, ComplianceFilters);
  const { bytes, fileName } = await complianceWorkbook(user, filters);
  return new Response(bytes, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="placements.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
