import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { reportWorkbook } from "./workbook.server";

// /fairs/:fairId/report.xlsx: the fair report as a download, under the report's own permission.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { bytes, fileName } = await reportWorkbook(user, idParam(params.fairId));
  return new Response(bytes, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="fair-report.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
