import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { boothForLeads } from "./access.server";
import { leadBatch } from "./lead.server";
import { readBatch } from "./read-batch.server";
import { LeadBatch } from "./scan-schema";

// POST /fairs/:fairId/booth/scan/leads: the booth scanner's upload of lead scans (JSON or a form),
// answered { answers: LeadAnswer[] } in the order sent. GET goes to the scanner page.

export async function loader({ params }: ActionFunctionArgs) {
  return redirect(`/fairs/${idParam(params.fairId)}/booth/scan`);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const fairId = idParam(params.fairId);
  await boothForLeads(user, fairId); // 404/403 before the body is read
  const batch = await readBatch(request, LeadBatch);
  return json({ answers: await leadBatch(user, fairId, batch.scans) }, { headers: { "Cache-Control": "no-store" } });
}
