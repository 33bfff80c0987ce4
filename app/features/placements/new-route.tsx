import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { assertCan } from "~/features/auth/permissions.server";
import { requireUser } from "~/features/auth/session.server";
import { placementFormAction } from "./placement-form.server";
import { PlacementForm } from "./placement-form";
import { placementFormOptions } from "./placement-pages.server";

export const meta: MetaFunction = () => [{ title: "安排岗位实习 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ options: await placementFormOptions(user) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // Refused before the body is read.
  assertCan(user, { action: "placement.manage", schoolId: user.organisationId }, "只有学校招就办可以安排岗位实习");
  return placementFormAction(request, user);
}

export default function NewPlacementRoute() {
  const { options } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section className="card">
      <h1>安排岗位实习</h1>
      <p className="muted">保存后为「待开始」；材料齐全、每项规定都满足后再「启用」。</p>
      <PlacementForm id="placement-new" options={options} lastResult={lastResult} submitLabel="保存" />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
