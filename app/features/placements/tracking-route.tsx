import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { TrackingSchema } from "./tracking-schema";
import { TrackingRefusal, actOnPlacement, trackingOf } from "./tracking.server";
import { TrackingSections } from "./tracking-sections";

// /placements/:placementId/tracking: 实习过程 — pay, weekly reports, attendance and the outcome of one
// placement. Thin: the service decides who sees and does what; the sections are in tracking-sections.tsx.

export const meta: MetaFunction = () => [{ title: "实习过程 · 青城产教通" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await trackingOf(user, idParam(params.placementId)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const placementId = idParam(params.placementId);
  const submission = await readForm(request, TrackingSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    await actOnPlacement(user, placementId, submission.value);
  } catch (error) {
    if (error instanceof TrackingRefusal) return json(submission.reply({ formErrors: [error.message] }), { status: 400 });
    throw error;
  }
  return redirect(`/placements/${placementId}/tracking`);
}

export default function TrackingRoute() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = Object.values(result?.error ?? {}).flatMap((e) => e ?? []);
  const intent = typeof result?.initialValue?.intent === "string" ? result.initialValue.intent : null;
  return (
    <section className="card tracking">
      <p>
        <Link to={`/placements/${data.placement.id}`}>← 实习详情</Link>
      </p>
      <h1>{`实习过程 · ${data.placement.student}`}</h1>
      <p className="muted">{`${data.placement.host}${data.placement.post ? ` · ${data.placement.post}` : ""} · ${
        data.placement.startsOn
      } 至 ${data.placement.endsOn}`}</p>
      <TrackingSections data={data} errors={errors} errorIntent={intent} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
