import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { factLine, named } from "~/lib/facts";
import { DISTRICT_LABEL, SIZE_LABEL } from "~/lib/labels";
import { clusterDetail } from "./clusters.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.cluster.name ?? "产业集群"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  return json({ cluster: await clusterDetail(idParam(params.clusterId)) });
}

export default function ClusterRoute() {
  const { cluster } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="card">
        <h1>{cluster.name}</h1>
        <h2>相关专业及开设学校</h2>
        {cluster.programs.length === 0 ? <p className="muted">暂无对应专业。</p> : null}
        {cluster.programs.map((p) => (
          <div key={p.id}>
            <h3>{p.name}</h3>
            <p className="muted">{`${p.category} · ${p.offerings.length} 所学校开设`}</p>
            {p.offerings.length > 0 ? (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th>学校</th>
                      <th>优质专业</th>
                      <th className="num">在校生</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.offerings.map((o) => (
                      <tr key={o.schoolId}>
                        <td>
                          <Link to={`/schools/${o.schoolId}`}>{o.school}</Link>
                        </td>
                        <td>{o.qualityTier}</td>
                        <td className="num">{o.enrolled}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </div>
        ))}
      </section>
      <section className="card">
        <h2>{`集群企业（${cluster.enterpriseCount} 家）`}</h2>
        <ul>
          {cluster.enterprises.map((e) => (
            <li key={e.id}>
              <Link to={`/enterprises/${e.id}`}>{e.name}</Link>
              {factLine(named(DISTRICT_LABEL, e.district), named(SIZE_LABEL, e.size)) ? (
                <span className="muted">{` ${factLine(named(DISTRICT_LABEL, e.district), named(SIZE_LABEL, e.size))}`}</span>
              ) : null}
            </li>
          ))}
        </ul>
        {cluster.enterpriseCount > cluster.enterprises.length ? (
          <p>
            <Link to={`/enterprises?cluster=${cluster.id}`}>{`查看全部 ${cluster.enterpriseCount} 家企业`}</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
