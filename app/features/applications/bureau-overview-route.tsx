import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { APPLICATION_STATUS_LABEL, APPLICATION_STATUSES } from "./application-status";
import { bureauOverview, type OverviewRow } from "./bureau-overview.server";

export const meta: MetaFunction = () => [{ title: "岗位与申请统计 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await bureauOverview(user));
}

function CountRow({ row, total }: { row: OverviewRow; total?: boolean }) {
  const Cell = total ? "th" : "td";
  return (
    <tr data-key={row.key}>
      <th scope="row">{row.label}</th>
      <Cell className="num">{row.positions}</Cell>
      <Cell className="num">{row.open}</Cell>
      <Cell className="num">{row.applications}</Cell>
      {APPLICATION_STATUSES.map((s) => (
        <Cell key={s} className="num">
          {row.byStatus[s]}
        </Cell>
      ))}
    </tr>
  );
}

function CountTable({
  id,
  title,
  first,
  table,
}: {
  id: string;
  title: string;
  first: string;
  table: { rows: OverviewRow[]; total: OverviewRow };
}) {
  return (
    <section className="card" id={id}>
      <h2>{title}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{first}</th>
              <th className="num">岗位</th>
              <th className="num">招聘中</th>
              <th className="num">申请</th>
              {APPLICATION_STATUSES.map((s) => (
                <th key={s} className="num">
                  {APPLICATION_STATUS_LABEL[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <CountRow key={row.key} row={row} />
            ))}
          </tbody>
          <tfoot>
            <CountRow row={table.total} total />
          </tfoot>
        </table>
      </div>
    </section>
  );
}

export default function BureauOverviewRoute() {
  const { byCluster, byKind, byDistrict } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="card">
        <h1>岗位与申请统计</h1>
        <p className="muted">
          全市已发布（含已关闭）的岗位数与学生申请数，按产业集群、岗位类型、所在区县和申请状态统计；不含企业未发布的草稿。
        </p>
      </section>
      <CountTable id="by-cluster" title="按产业集群" first="产业集群" table={byCluster} />
      <CountTable id="by-kind" title="按岗位类型" first="岗位类型" table={byKind} />
      <CountTable id="by-district" title="按区县" first="区县" table={byDistrict} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
