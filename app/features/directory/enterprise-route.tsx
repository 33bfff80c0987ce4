import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { deadlineText, factLine, named } from "~/lib/facts";
import { SIZE_LABEL } from "~/lib/labels";
import { STANDING_LABEL } from "~/lib/enterprise-standing";
import { placeName } from "~/lib/work-city";
import { payRange, POSITION_KIND_LABEL } from "~/lib/position-labels";
import { enterpriseProfile } from "./enterprises.server";
import { OrganisationFacts } from "./organisation-facts";
import { PartnerList } from "./partner-list";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.enterprise.name ?? "企业"} · 青城产教通` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ enterprise: await enterpriseProfile(user, idParam(params.enterpriseId)) });
}

export default function EnterpriseRoute() {
  const { enterprise } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="card">
        <h1>{enterprise.name}</h1>
        <OrganisationFacts
          organisation={enterprise}
          facts={[
            {
              label: "产业集群",
              value: enterprise.cluster ? <Link to={`/clusters/${enterprise.cluster.id}`}>{enterprise.cluster.name}</Link> : null,
            },
            { label: "企业规模", value: named(SIZE_LABEL, enterprise.size) },
            { label: "统一社会信用代码", value: enterprise.creditCode },
            { label: "资质状态", value: STANDING_LABEL[enterprise.standing] },
          ]}
        />
        {enterprise.may.edit || enterprise.may.standing || enterprise.may.block ? (
          <ul className="actions">
            {enterprise.may.edit ? (
              <li>
                <Link to={`/organisations/${enterprise.id}/edit`}>编辑企业资料</Link>
              </li>
            ) : null}
            {enterprise.may.standing ? (
              <li>
                <Link to={`/bureau/enterprises/${enterprise.id}`}>企业核验</Link>
              </li>
            ) : null}
            {enterprise.may.block ? (
              <li>
                <Link to={`/enterprises/${enterprise.id}/block`}>本校不合作设置</Link>
              </li>
            ) : null}
          </ul>
        ) : null}
      </section>
      <section className="card" id="open-positions">
        <h2>{`在招岗位（${enterprise.openPositions.length} 个）`}</h2>
        {enterprise.openPositions.length === 0 ? <p className="muted">目前没有在招岗位。</p> : null}
        <ul className="open-positions">
          {enterprise.openPositions.map((p) => (
            <li key={p.id} data-position-id={p.id}>
              <Link to={`/positions/${p.id}`}>{p.title}</Link>
              <span className="muted">
                {` ${factLine(named(POSITION_KIND_LABEL, p.kind), placeName(p.city, p.district), payRange(p.payMin, p.payMax), `报名截止 ${deadlineText(p.deadline)}`)}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <PartnerList title="合作学校" basePath="/schools" partners={enterprise.partners.map((a) => ({ ...a, other: a.school }))} />
      {enterprise.trainingBases.length > 0 ? (
        <section className="card">
          <h2>双师型教师培养培训基地</h2>
          <ul>
            {enterprise.trainingBases.map((b) => (
              <li key={b.id}>
                {`${b.name}（可容纳 ${b.capacity} 人）`}
                {b.description ? <span className="muted">{` ${b.description}`}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
