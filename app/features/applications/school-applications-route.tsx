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
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { APPLICATION_STATUS_LABEL, APPLICATION_STATUS_TONE, APPLICATION_STATUSES } from "./application-status";
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
      <ResponsiveList
        label="学生申请"
        rows={applications}
        rowId={(a) => a.id}
        columns={[
          { header: "学生", kind: "title", titleIsAction: true, cell: (a) => <Link to={`/students/${a.student.id}`}>{a.student.name}</Link> },
          {
            header: "状态",
            kind: "status",
            cell: (a) => <StatusBadge tone={APPLICATION_STATUS_TONE[a.status]}>{APPLICATION_STATUS_LABEL[a.status]}</StatusBadge>,
          },
          { header: "岗位", kind: "fact", cell: (a) => `${a.position.title} · ${a.position.enterprise}` },
          { header: "专业", kind: "minor", cell: (a) => `${a.student.program} · ${a.student.cohortYear}级` },
          { header: "类型", kind: "minor", cell: (a) => label(POSITION_KIND_LABEL, a.position.kind) },
          { header: "更新时间", kind: "fact", cell: (a) => a.updatedAt },
        ]}
      />
      {applications.length === 0 ? <p className="muted">没有符合条件的申请。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
