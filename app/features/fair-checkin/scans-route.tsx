import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { fairForCheckIn } from "./access.server";
import { readBatch } from "./read-batch.server";
import { scanBatch } from "./scan.server";
import { ScanBatch } from "./scan-schema";

// POST /fairs/:fairId/check-in/scans: the entrance scanner's upload (issue 12 item 4). Answers
// { answers: ScanAnswer[] } in the order sent. GET goes to the scanner page.

export async function loader({ params }: ActionFunctionArgs) {
  return redirect(`/fairs/${idParam(params.fairId)}/check-in`);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const fairId = idParam(params.fairId);
  const fair = await fairForCheckIn(user, fairId); // 404/403 before the body is read
  const batch = await readBatch(request, ScanBatch);
  const answers = await scanBatch(user, fair, batch.scans);
  return json({ answers }, { headers: { "Cache-Control": "no-store" } });
}
