import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { clusterOverview } from "./clusters.server";

export const meta: MetaFunction = () => [{ title: "名录 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return json(await clusterOverview());
}

export default function DirectoryRoute() {
  const { clusters, schools, enterprises, graduationYear } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="card">
        <h1>产教名录</h1>
        <ul className="actions">
          <li>
            <Link to="/schools">{`中职学校（${schools} 所）`}</Link>
          </li>
          <li>
            <Link to="/enterprises">{`合作企业（${enterprises} 家）`}</Link>
          </li>
        </ul>
      </section>
      <section className="card">
        <h2>六大产业集群与现代服务业</h2>
        <p className="muted">在校生与毕业生人数按学生名册实时统计。</p>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>产业集群</th>
                <th className="num">专业数</th>
                <th className="num">企业数</th>
                <th className="num">在校生</th>
                <th className="num">{`${graduationYear}届毕业生`}</th>
              </tr>
            </thead>
            <tbody>
              {clusters.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/clusters/${c.id}`}>{c.name}</Link>
                  </td>
                  <td className="num">{c.programs}</td>
                  <td className="num">{c.enterprises}</td>
                  <td className="num">{c.enrolled}</td>
                  <td className="num">{c.graduates}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {clusters.length === 0 ? <p className="muted">尚未录入产业集群。</p> : null}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
