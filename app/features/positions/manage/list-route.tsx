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
import { POSITION_KIND_LABEL, POSITION_STATUS_LABEL, POSITION_STATUS_TONE } from "~/lib/position-labels";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";

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
        <ResponsiveList
          label="本企业岗位"
          rows={positions}
          rowId={(p) => p.id}
          columns={[
            { header: "岗位", kind: "title", cell: (p) => <Link to={`/positions/${p.id}`}>{p.title}</Link> },
            {
              header: "状态",
              kind: "status",
              cell: (p) => <StatusBadge tone={POSITION_STATUS_TONE[p.status]}>{label(POSITION_STATUS_LABEL, p.status)}</StatusBadge>,
            },
            { header: "类型", kind: "minor", cell: (p) => label(POSITION_KIND_LABEL, p.kind) },
            { header: "招收", kind: "fact", num: true, cell: (p) => p.headcount },
            { header: "申请", kind: "fact", num: true, cell: (p) => p.applications },
            { header: "报名截止", kind: "minor", cell: (p) => deadlineText(p.deadline) },
            {
              header: "操作",
              kind: "action",
              cell: (p) => (
                <>
                  <Link to={`/enterprise/positions/${p.id}/applicants`}>申请人</Link>
                  <Link to={`/enterprise/positions/${p.id}/edit`}>编辑</Link>
                </>
              ),
            },
          ]}
        />
      ) : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
