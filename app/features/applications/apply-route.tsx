import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { ApplySchema } from "./application-schema";
import { ApplyForm } from "./apply-form";
import { applyForPosition, ownStudent } from "./apply.server";
import { readForm } from "~/lib/form.server";

// The position page (features/positions) renders the apply form and posts it here. Success goes
// to 我的申请; a refused submission is shown here, with the note kept so it can be sent again.
// The loader cannot redirect: Remix runs it to render that refusal.

export const meta: MetaFunction = () => [{ title: "申请岗位 · 青城产教通" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await ownStudent(await requireUser(request));
  return json({ positionId: idParam(params.positionId) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const positionId = idParam(params.positionId);
  await ownStudent(user); // refuse non-students before reading the body
  const submission = await readForm(request, ApplySchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const outcome = await applyForPosition(user, positionId, submission.value.note, { fairId: submission.value.fair });
  if (!outcome.applied) return json(submission.reply({ formErrors: [outcome.message] }), { status: 400 });
  const notice = outcome.duplicate ? "duplicate" : outcome.again ? "reapplied" : "applied";
  return redirect(`/applications?notice=${notice}#application-${outcome.applicationId}`);
}

/** The fair claim sent with the refused form, sent again with the next try (checked by the server). */
const fairOf = (value: unknown) => (typeof value === "string" ? value : null);

export default function ApplyRoute() {
  const { positionId } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section className="card">
      <h1>{lastResult ? "申请未提交" : "申请岗位"}</h1>
      <ApplyForm positionId={positionId} lastResult={lastResult} fairId={fairOf(lastResult?.initialValue?.fair)} />
      <p>
        <Link to={`/positions/${positionId}`}>返回岗位</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
