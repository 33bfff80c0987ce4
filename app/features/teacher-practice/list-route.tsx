import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { todayInHohhot } from "~/lib/dates";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { PRACTICE_FORM_LABEL, PRACTICE_STATUS_LABEL, PRACTICE_STATUS_TONE } from "./labels";
import { listPractice, PracticeFilters } from "./practice.server";

export const meta: MetaFunction = () => [{ title: "教师企业实践 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, PracticeFilters);
  const list = await listPractice(user, filters);
  redirectPastLastPage(request, list.page);
  const year = Number(todayInHohhot().slice(0, 4));
  const years = Array.from({ length: 7 }, (_, i) => year + 1 - i).map((y) => ({ value: y, label: `${y}年` }));
  return json({ filters, years, ...list });
}

export default function TeacherPracticeRoute() {
  const { filters, years, role, canPropose, page, practice, hosts, teachers } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>教师企业实践</h1>
      <p className="muted">
        {role === "ENTERPRISE_STAFF" ? "本企业接收的教师企业实践。" : role === "BUREAU_ADMIN" ? "全市的教师企业实践。" : "本校教师的企业实践。"}
      </p>
      {canPropose ? (
        <p>
          <Link to="/teacher-practice/new" className="button-primary">
            安排企业实践
          </Link>
        </p>
      ) : null}
      <FilterForm values={filters}>
        <SelectFilter name="status" label="状态" options={PRACTICE_STATUS_LABEL} value={filters.status} />
        <SelectFilter name="host" label="接收企业" options={hosts} value={filters.host} />
        {teachers.length ? <SelectFilter name="teacher" label="教师" options={teachers} value={filters.teacher} /> : null}
        <SelectFilter name="year" label="年份" options={years} value={filters.year} />
      </FilterForm>
      <ResponsiveList
        label="教师企业实践"
        rows={practice}
        rowId={(p) => p.id}
        columns={[
          { header: "教师", kind: "title", titleIsAction: true, cell: (p) => <Link to={`/teacher-practice/${p.id}`}>{`${p.teacher} · ${p.host}`}</Link> },
          { header: "状态", kind: "status", cell: (p) => <StatusBadge tone={PRACTICE_STATUS_TONE[p.status]}>{PRACTICE_STATUS_LABEL[p.status]}</StatusBadge> },
          { header: "实践期", kind: "fact", cell: (p) => `${p.startsOn} 至 ${p.endsOn}` },
          { header: "已确认", kind: "fact", num: true, cell: (p) => `${p.confirmedDays} 天` },
          { header: "学校", kind: "minor", cell: (p) => p.school },
          { header: "形式", kind: "minor", cell: (p) => PRACTICE_FORM_LABEL[p.form] },
        ]}
      />
      {practice.length === 0 ? <p className="muted">没有符合条件的实践记录。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
