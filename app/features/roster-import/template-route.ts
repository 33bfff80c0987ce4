import type { LoaderFunctionArgs } from "@remix-run/node";
import { database } from "~/db/db.server";
import { requireUser } from "~/features/auth/session.server";
import { todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { KIND_LABEL, kindOfSlug } from "./columns";
import { importActor } from "./jobs.server";
import { templateWorkbook, XLSX_TYPE } from "./workbook.server";

// /imports/template/:kind (students | destinations): the template with the importer's school and its programs.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = importActor(await requireUser(request));
  const kind = kindOfSlug(params.kind) ?? notFound();
  let school: { name: string; programs: string[] } | null = null;
  if (actor.schoolId !== null) {
    const org = await database().prisma.organisation.findUniqueOrThrow({
      where: { id: actor.schoolId },
      select: { name: true, school: { select: { programs: { select: { program: { select: { name: true } } }, orderBy: { id: "asc" } } } } },
    });
    school = { name: org.name, programs: org.school?.programs.map((p) => p.program.name) ?? [] };
  }
  const bytes = await templateWorkbook(kind, school, todayInHohhot());
  const fileName = `${KIND_LABEL[kind]}导入模板.xlsx`;
  return new Response(bytes, {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="import-template.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
