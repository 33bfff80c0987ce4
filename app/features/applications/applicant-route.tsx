import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { MoveSchema } from "./application-schema";
import { ApplicantCard } from "./applicant-card";
import { openApplicant } from "./applicant.server";
import { applicantsPosition } from "./applicants.server";
import { allErrors, resultFor } from "./decision-form";
import { moveApplication } from "./transitions.server";

// One applicant's page: opening it marks a new application 企业已查看 (applicant.server.ts).

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.applicant.name ?? "申请人"} · ${data?.position.title ?? ""} · 青城产教通` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await openApplicant(user, idParam(params.positionId), idParam(params.applicationId)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const positionId = idParam(params.positionId);
  const applicationId = idParam(params.applicationId);
  await applicantsPosition(user, positionId); // refuse other enterprises before reading the body
  const submission = await readForm(request, MoveSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  // 不予录用 ends the application: asked twice, the first post comes back with the question.
  if (submission.value.to === "REJECTED" && submission.value.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: submission.value.to }, { status: 400 });
  }
  if (submission.value.applicationId !== applicationId) return json(submission.reply({ formErrors: ["找不到该申请"] }), { status: 400 });
  const outcome = await moveApplication(user, "enterprise", submission.value, positionId);
  if (!outcome.moved) return json(submission.reply({ formErrors: [outcome.message] }), { status: 400 });
  return redirect(new URL(request.url).pathname);
}

export default function ApplicantRoute() {
  const { position, applicant } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const owned = resultFor(result, applicant.id);
  return (
    <>
      <section className="card">
        <p>
          <Link to={`/enterprise/positions/${position.id}/applicants#application-${applicant.id}`}>{`← 全部申请人 · ${position.title}`}</Link>
        </p>
        {owned ? null : <ErrorList errors={allErrors(result)} />}
      </section>
      <ApplicantCard applicant={applicant} lastResult={owned} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
