import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { placementFormAction } from "./placement-form.server";
import { PlacementForm } from "./placement-form";
import { placementFormDefaults, placementFormOptions, placementPage } from "./placement-pages.server";

export const meta: MetaFunction = () => [{ title: "修改岗位实习 · 青城产教通" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const placementId = idParam(params.placementId);
  const defaults = await placementFormDefaults(user, placementId);
  const page = await placementPage(user, placementId);
  const documents = Object.fromEntries(page.documents.map((d) => [d.kind, d.fileName]));
  return json({ placementId, defaults, documents, options: await placementFormOptions(user) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const placementId = idParam(params.placementId);
  await placementFormDefaults(user, placementId); // 404 / 403 before the body is read
  return placementFormAction(request, user, placementId);
}

export default function EditPlacementRoute() {
  const { placementId, defaults, documents, options } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section className="card">
      <h1>修改岗位实习</h1>
      <p>
        <Link to={`/placements/${placementId}`}>返回实习详情</Link>
      </p>
      {defaults.status === "PLANNED" ? (
        <PlacementForm id={`placement-edit-${placementId}`} options={options} lastResult={lastResult} defaultValue={defaults.values} documents={documents} submitLabel="保存修改" />
      ) : (
        <p className="muted">该实习已不是「待开始」，不能再修改。</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
