import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { assertCan } from "~/features/auth/permissions.server";
import { requireUser } from "~/features/auth/session.server";
import { readForm } from "~/lib/form.server";
import { FairForm } from "./fair-form";
import { FairSchema } from "./fair-schema";
import { createFair, fairFormContext } from "./fairs.server";

export const meta: MetaFunction = () => [{ title: "举办招聘会 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await fairFormContext(user));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // Refuse everyone but the bureau and schools' offices before reading the body.
  assertCan(user, { action: "fair.create" }, "只有市教育局或学校管理人员可以举办招聘会");
  const submission = await readForm(request, FairSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const outcome = await createFair(user, submission.value);
  if (!outcome.saved) {
    return json(submission.reply(outcome.field ? { fieldErrors: { [outcome.field]: [outcome.message] } } : { formErrors: [outcome.message] }), { status: 400 });
  }
  return redirect(`/fairs/${outcome.id}`);
}

export default function NewFairRoute() {
  const options = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section className="card">
      <p>
        <Link to="/fairs">← 招聘会</Link>
      </p>
      <h1>举办招聘会</h1>
      <p className="muted">保存为草稿，发布后学生和企业才能看到并报名。</p>
      <FairForm
        id="fair-new"
        options={options}
        lastResult={lastResult}
        defaultValue={{ boothsPerRow: "10", schoolIds: options.ownSchoolId ? [String(options.ownSchoolId)] : [] }}
        submitLabel="保存草稿"
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
