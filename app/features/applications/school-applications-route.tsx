import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { Pager } from "~/components/pager";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import { label } from "~/lib/labels";
import { APPLICATION_STATUS_LABEL, APPLICATION_STATUSES } from "./application-status";
import { SchoolApplicationFilters, schoolApplications } from "./school-applications.server";

export const meta: MetaFunction = () => [{ title: "学生申请 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, SchoolApplicationFilters);
  const list = await schoolApplications(user, filters);
  redirectPastLastPage(request, list.page);
  return json({ filters, ...list });
}

export default function SchoolApplicationsRoute() {
  const { filters, school, tally, programs, page, applications } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>{`学生申请 · ${school}`}</h1>
      <p className="muted">本校学生向企业岗位的申请及结果（只读）。</p>
      <div className="grid">
        {APPLICATION_STATUSES.map((s) => (
          <div key={s}>
            <div className="stat">{tally[s]}</div>
            <div className="muted">{APPLICATION_STATUS_LABEL[s]}</div>
          </div>
        ))}
      </div>
      <FilterForm values={filters}>
        <SelectFilter name="status" label="状态" options={APPLICATION_STATUS_LABEL} value={filters.status} />
        <SelectFilter name="program" label="专业" options={programs} value={filters.program} />
      </FilterForm>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>学生</th>
              <th>专业</th>
              <th>年级</th>
              <th>岗位</th>
              <th>企业</th>
              <th>类型</th>
              <th>状态</th>
              <th>更新时间</th>
            </tr>
          </thead>
          <tbody>
            {applications.map((a) => (
              <tr key={a.id} data-row-id={a.id}>
                <td>
                  <Link to={`/students/${a.student.id}`}>{a.student.name}</Link>
                </td>
                <td>{a.student.program}</td>
                <td>{`${a.student.cohortYear}级`}</td>
                <td>{a.position.title}</td>
                <td>{a.position.enterprise}</td>
                <td>{label(POSITION_KIND_LABEL, a.position.kind)}</td>
                <td>{APPLICATION_STATUS_LABEL[a.status]}</td>
                <td>{a.updatedAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {applications.length === 0 ? <p className="muted">没有符合条件的申请。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
