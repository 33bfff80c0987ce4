import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { LEDGER_STATUS_LABEL, type LedgerStatus } from "~/lib/practice-ledger";
import { readQuery } from "~/lib/search-params.server";
import { LEDGER_TONE } from "./labels";
import { schoolTeachers, TeacherFilters } from "./ledger.server";

export const meta: MetaFunction = () => [{ title: "教师企业实践台账 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, TeacherFilters);
  return json({ filters, ...(await schoolTeachers(user, filters)) });
}

export default function TeachersRoute() {
  const { filters, counts, teachers, today } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>本校教师企业实践台账</h1>
      <p className="muted">{`截至 ${today}：专业课教师每5年累计企业实践不少于6个月（按 180 个企业确认的实践日计）。`}</p>
      <ul className="ledger-counts">
        {(Object.keys(LEDGER_STATUS_LABEL) as LedgerStatus[]).map((s) => (
          <li key={s}>
            <Link to={`/teachers?status=${s}`}>{`${LEDGER_STATUS_LABEL[s]} `}</Link>
            <strong data-testid={`count-${s}`}>{counts[s]}</strong>
          </li>
        ))}
      </ul>
      <FilterForm values={filters}>
        <SelectFilter name="status" label="台账状态" options={LEDGER_STATUS_LABEL} value={filters.status} />
        <SelectFilter name="specialist" label="专业课教师" options={{ yes: "是", no: "否" }} value={filters.specialist} />
      </FilterForm>
      <ResponsiveList
        label="教师"
        rows={teachers}
        rowId={(t) => t.teacherId}
        columns={[
          { header: "教师", kind: "title", titleIsAction: true, cell: (t) => <Link to={`/teachers/${t.teacherId}/ledger`}>{t.name}</Link> },
          { header: "台账", kind: "status", cell: (t) => <StatusBadge tone={LEDGER_TONE[t.status]}>{LEDGER_STATUS_LABEL[t.status]}</StatusBadge> },
          { header: "五年内实践", kind: "fact", num: true, cell: (t) => `${t.confirmedDays} / ${t.requiredDays} 天` },
          { header: "专业课", kind: "minor", cell: (t) => (t.specialist ? "是" : "否") },
          { header: "入职日期", kind: "minor", cell: (t) => t.hiredOn ?? "—" },
        ]}
      />
      {teachers.length === 0 ? <p className="muted">没有符合条件的教师。</p> : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
