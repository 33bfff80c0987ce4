import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { idParam, notFound } from "~/lib/errors.server";
import { errorsOf } from "./import.server";
import { getImport } from "./jobs.server";
import { errorWorkbook, XLSX_TYPE } from "./workbook.server";

// /imports/:importId/errors.xlsx: the upload given back with a 错误 column, for the job's own readers.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const job = await getImport(await requireUser(request), idParam(params.importId));
  if (!job.fileBytes) notFound("该导入已写入，文件已不再保存");
  const bytes = await errorWorkbook(job.fileBytes, errorsOf(job));
  const base = job.fileName.replace(/\.(xlsx|csv)$/i, "");
  return new Response(bytes, {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="import-errors.xlsx"; filename*=UTF-8''${encodeURIComponent(`${base}-错误.xlsx`)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
