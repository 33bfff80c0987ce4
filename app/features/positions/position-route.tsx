import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { APPLICATION_STATUS_LABEL, ApplyForm } from "~/features/applications";
import { requireUser } from "~/features/auth/session.server";
import { SaveToggle } from "~/features/saved";
import { savedAmong } from "~/features/saved/index.server";
import { idParam } from "~/lib/errors.server";
import { PositionFacts } from "./components/position-facts";
import { POSITION_STATUS_LABEL } from "~/lib/position-labels";
import { viewablePosition } from "./position.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.position.title ?? "岗位"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const position = await viewablePosition(user, idParam(params.positionId));
  const saved = user.role === "STUDENT" ? (await savedAmong(user, [position.id])).length > 0 : null;
  return json({ position, role: user.role, saved });
}

export default function PositionRoute() {
  const { position, role, saved } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="card">
        <h1>{position.title}</h1>
        <p>
          <Link to={`/enterprises/${position.enterpriseId}`}>{position.enterpriseName}</Link>
          {position.status === "PUBLISHED" ? null : <strong>{` · ${POSITION_STATUS_LABEL[position.status]}`}</strong>}
        </p>
        {saved !== null ? <SaveToggle positionId={position.id} saved={saved} /> : null}
        <PositionFacts position={position} />
        <h2>岗位描述</h2>
        {position.description.split(/\n+/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
        {position.may.manage ? (
          <ul className="actions">
            <li>
              <Link to={`/enterprise/positions/${position.id}/edit`}>编辑岗位</Link>
            </li>
            <li>
              <Link to={`/enterprise/positions/${position.id}/applicants`}>查看申请人</Link>
            </li>
          </ul>
        ) : null}
      </section>
      {role === "STUDENT" ? (
        <section className="card" id="apply">
          <h2>申请</h2>
          {position.application ? (
            <p>
              {`你已申请该岗位，当前状态：${APPLICATION_STATUS_LABEL[position.application.status]}。`}
              <Link to={`/applications#application-${position.application.id}`}>查看我的申请</Link>
            </p>
          ) : null}
          {position.may.apply ? (
            <ApplyForm positionId={position.id} enterpriseName={position.enterpriseName} />
          ) : position.application ? null : (
            <p className="muted">该岗位已停止报名。</p>
          )}
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
