import { json, redirect } from "@remix-run/node";
import type { SessionUser } from "~/features/auth/session.server";
import { checkUpload, type CheckedUpload } from "~/lib/documents.server";
import { readForm } from "~/lib/form.server";
import { savePlacement, type Uploads } from "./placement-lifecycle.server";
import { PlacementFieldsSchema } from "./placement-schema";

// The action shared by /placements/new and /placements/:id/edit: the form through readForm, the three
// files checked by content, the save; any refusal comes back on its field with 400 and nothing written.

export async function placementFormAction(request: Request, user: SessionUser, placementId?: number) {
  const submission = await readForm(request, PlacementFieldsSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const fieldErrors: Record<string, string[]> = {};
  const uploads: Partial<Uploads> = {};
  for (const name of ["tripartiteFile", "consentFile", "insuranceFile"] as const) {
    const checked = await checkUpload(submission.value[name]);
    if (checked && "error" in checked) fieldErrors[name] = [checked.error];
    else uploads[name] = (checked as CheckedUpload | null) ?? null;
  }
  if (Object.keys(fieldErrors).length > 0) return json(submission.reply({ fieldErrors }), { status: 400 });
  const outcome = await savePlacement(user, submission.value, uploads as Uploads, placementId);
  if (!outcome.ok) return json(submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }), { status: 400 });
  return redirect(`/placements/${outcome.id}?notice=saved`);
}
