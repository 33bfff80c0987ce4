import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { RegistrationSchema } from "./registration-schema";
import { cancelRegistration, fairStudent, registerForFair } from "./registration.server";

// POST /fairs/:fairId/registration: 报名 / 取消报名 from the fair's page (RegistrationControls). A
// resource route: a refusal is the 400 reply itself (the controls post with a fetcher and show it in
// place); success goes back to the fair's page, which says what happened. GET has nothing to show.

export async function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/fairs/${idParam(params.fairId)}`);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const fairId = idParam(params.fairId);
  await fairStudent(user); // refuse non-students before reading the body
  const submission = await readForm(request, RegistrationSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const { intent, confirm } = submission.value;
  if (intent === "cancel" && confirm !== "yes") return json(submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), { status: 400 });
  const outcome = intent === "register" ? await registerForFair(user, fairId) : await cancelRegistration(user, fairId);
  if (!outcome.done) return json(submission.reply({ formErrors: [outcome.message] }), { status: 400 });
  return redirect(`/fairs/${fairId}?registration=${intent === "register" ? "registered" : "cancelled"}#registration`);
}
