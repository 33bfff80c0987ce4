import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { DISTRICT_LABEL, label, SIZE_LABEL } from "~/lib/labels";
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
        <OrganisationFacts organisation={enterprise}>
          <dt>产业集群</dt>
          <dd>
            {enterprise.cluster ? (
              <Link to={`/clusters/${enterprise.cluster.id}`}>{enterprise.cluster.name}</Link>
            ) : (
              "—"
            )}
          </dd>
          <dt>所在区县</dt>
          <dd>{label(DISTRICT_LABEL, enterprise.district)}</dd>
          <dt>企业规模</dt>
          <dd>{label(SIZE_LABEL, enterprise.size)}</dd>
          <dt>统一社会信用代码</dt>
          <dd>{enterprise.creditCode ?? "—"}</dd>
        </OrganisationFacts>
        {enterprise.may.edit ? (
          <ul className="actions">
            <li>
              <Link to={`/organisations/${enterprise.id}/edit`}>编辑企业资料</Link>
            </li>
          </ul>
        ) : null}
      </section>
      <PartnerList title="合作学校" basePath="/schools" partners={enterprise.partners.map((a) => ({ ...a, other: a.school }))} />
      <section className="card">
        <h2>双师型教师培养培训基地</h2>
        {enterprise.trainingBases.length === 0 ? <p className="muted">暂无。</p> : null}
        <ul>
          {enterprise.trainingBases.map((b) => (
            <li key={b.id}>
              {`${b.name}（可容纳 ${b.capacity} 人）`}
              {b.description ? <span className="muted">{` ${b.description}`}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
