import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { Pager } from "~/components/pager";
import { deadlineText } from "~/lib/facts";
import { label } from "~/lib/labels";
import { ownPositions, readPage } from "../own-positions.server";
import { redirectPastLastPage } from "~/lib/search-params.server";
import { POSITION_KIND_LABEL, POSITION_STATUS_LABEL } from "~/lib/position-labels";

export const meta: MetaFunction = () => [{ title: "本企业岗位 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const list = await ownPositions(user, readPage(request));
  redirectPastLastPage(request, list.page);
  return json(list);
}

export default function OwnPositionsRoute() {
  const { enterprise, positions, page } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>{`${enterprise} · 岗位管理`}</h1>
      <ul className="actions">
        <li>
          <Link to="/enterprise/positions/new">发布新岗位</Link>
        </li>
      </ul>
      {positions.length === 0 ? <p className="muted">还没有岗位。发布第一个岗位，让学校和学生找到你。</p> : null}
      {positions.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>岗位</th>
                <th>类型</th>
                <th>状态</th>
                <th className="num">招收</th>
                <th className="num">申请</th>
                <th>报名截止</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {positions.map((p) => (
                <tr key={p.id} data-row-id={p.id}>
                  <td>
                    <Link to={`/positions/${p.id}`}>{p.title}</Link>
                  </td>
                  <td>{label(POSITION_KIND_LABEL, p.kind)}</td>
                  <td>{label(POSITION_STATUS_LABEL, p.status)}</td>
                  <td className="num">{p.headcount}</td>
                  <td className="num">
                    {p.applications > 0 ? <Link to={`/enterprise/positions/${p.id}/applicants`}>{p.applications}</Link> : 0}
                  </td>
                  <td>{deadlineText(p.deadline)}</td>
                  <td>
                    <Link to={`/enterprise/positions/${p.id}/edit`}>编辑</Link>
                    {" · "}
                    <Link to={`/enterprise/positions/${p.id}/applicants`}>申请人</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
