import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { Pager } from "~/components/pager";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { idParam } from "~/lib/errors.server";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { ROSTER_QUERY_MAX, schoolStudents, StudentFilters } from "./students.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `学生名册 · ${data?.school.name ?? ""} · 青城产教通` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const schoolId = idParam(params.schoolId);
  const filters = readQuery(request, StudentFilters);
  const list = await schoolStudents(user, schoolId, filters);
  redirectPastLastPage(request, list.page);
  return json({ filters, queryMax: ROSTER_QUERY_MAX, ...list });
}

export default function SchoolStudentsRoute() {
  const { filters, queryMax, school, programs, cohorts, personal, students, page } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>{`学生名册 · ${school.name}`}</h1>
      <p>
        <Link to={`/schools/${school.id}`}>返回学校详情</Link>
      </p>
      <FilterForm values={filters}>
        <div className="field">
          <label htmlFor="filter-q">姓名或学号</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={queryMax} placeholder="如 王伟 或 20230" />
        </div>
        <SelectFilter name="cohort" label="年级" options={cohorts} value={filters.cohort} />
        <SelectFilter name="program" label="专业" options={programs} value={filters.program} />
      </FilterForm>
      <ResponsiveList
        label="学生名册"
        rows={students}
        rowId={(s) => s.id}
        columns={[
          { header: "姓名", kind: "title", titleIsAction: true, cell: (s) => <Link to={`/students/${s.id}`}>{s.name}</Link> },
          { header: "状态", kind: "status", cell: (s) => <StatusBadge>{s.standing}</StatusBadge> },
          { header: "学号", kind: "fact", cell: (s) => s.studentNumber ?? "" },
          { header: "专业", kind: "fact", cell: (s) => s.program },
          { header: "年级", kind: "fact", cell: (s) => `${s.cohortYear}级` },
          ...(personal
            ? [
                { header: "出生日期", kind: "minor" as const, cell: (s: (typeof students)[number]) => s.birthDate },
                { header: "联系电话", kind: "minor" as const, cell: (s: (typeof students)[number]) => s.phone ?? "" },
              ]
            : []),
        ]}
      />
      {students.length === 0 ? <p className="muted">没有符合条件的学生。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
