import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { activityPage } from "./activities.server";
import { ACTIVITY_KIND_LABEL } from "./membership-status";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.activity.title ?? "共同体活动"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await activityPage(user, idParam(params.activityId)));
}

export default function ActivityRoute() {
  const { activity: a, participants } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="card">
        <p>
          <Link to="/consortium">← 产教融合共同体</Link>
        </p>
        <h1>{a.title}</h1>
        <p className="muted">{`${ACTIVITY_KIND_LABEL[a.kind]} · ${a.consortium}`}</p>
        <FactList
          facts={[
            { label: "日期", value: a.heldOn },
            { label: "参与人数", value: a.peopleCount === null ? null : `${a.peopleCount} 人` },
            { label: "参与单位", value: `${participants.length} 家` },
            { label: "活动内容", value: a.description },
            { label: "记录人", value: a.recordedBy },
          ]}
        />
      </section>
      <section className="card">
        <h2>{`参与单位（${participants.length}）`}</h2>
        <ResponsiveList
          label="参与单位"
          rows={participants}
          rowId={(p) => p.organisationId}
          columns={[
            { header: "单位", kind: "title", cell: (p) => p.name },
            { header: "类型", kind: "fact", cell: (p) => p.type },
          ]}
        />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
