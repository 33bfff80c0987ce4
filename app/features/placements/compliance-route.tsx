import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import {
  ComplianceFilters,
  PLACEMENT_STATUSES,
  PLACEMENT_STATUS_LABEL,
  WARNING_KINDS,
  WARNING_KIND_LABEL,
  complianceView,
} from "./compliance.server";
import { HOST_SHARE_PERCENT, POST_SHARE_PERCENT } from "./tracking-rules";

// /placements/compliance: 实习合规总览 for the bureau (every school, or one) and a school's office (its own).

export const meta: MetaFunction = () => [{ title: "实习合规总览 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, ComplianceFilters);
  const view = await complianceView(user, filters);
  redirectPastLastPage(request, view.page);
  return json({ filters, ...view });
}

const STATUS_TONE = { PLANNED: "open", ACTIVE: "good", COMPLETED: "muted", TERMINATED: "bad" } as const;

export default function ComplianceRoute() {
  const { filters, bureau, scopeName, schools, tally, warningTally, page, rows, quotas } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const exportQuery = new URLSearchParams(search);
  exportQuery.delete("page");
  const exportHref = `/placements/compliance.xlsx${exportQuery.size ? `?${exportQuery}` : ""}`;
  return (
    <section className="card">
      <h1>{`实习合规总览 · ${scopeName}`}</h1>
      <div className="grid">
        {PLACEMENT_STATUSES.map((s) => (
          <div key={s}>
            <div className="stat">{tally[s]}</div>
            <div className="muted">{PLACEMENT_STATUS_LABEL[s]}</div>
          </div>
        ))}
      </div>
      <h2>预警</h2>
      <ul className="warning-tally">
        {WARNING_KINDS.map((k) => (
          <li key={k}>
            <Link to={`?${new URLSearchParams({ ...(filters.school ? { school: String(filters.school) } : {}), warning: k })}`}>
              {`${WARNING_KIND_LABEL[k]}：${warningTally[k]}`}
            </Link>
          </li>
        ))}
      </ul>
      <FilterForm values={filters}>
        {bureau ? <SelectFilter name="school" label="学校" options={schools} value={filters.school} /> : null}
        <SelectFilter name="status" label="状态" options={PLACEMENT_STATUS_LABEL} value={filters.status} />
        <SelectFilter name="warning" label="预警" options={WARNING_KIND_LABEL} value={filters.warning} />
      </FilterForm>
      <p>
        <a href={exportHref} download>
          导出 Excel
        </a>
      </p>
      <ResponsiveList
        label="岗位实习"
        rows={rows}
        rowId={(r) => r.id}
        columns={[
          {
            header: "学生",
            kind: "title",
            titleIsAction: true,
            cell: (r) => <Link to={`/placements/${r.id}/tracking`}>{r.student}</Link>,
          },
          {
            header: "状态",
            kind: "status",
            cell: (r) => <StatusBadge tone={STATUS_TONE[r.status]}>{PLACEMENT_STATUS_LABEL[r.status]}</StatusBadge>,
          },
          { header: "实习单位", kind: "fact", cell: (r) => `${r.host}${r.post ? ` · ${r.post}` : ""}` },
          {
            header: "预警",
            kind: "fact",
            cell: (r) =>
              r.warnings.length ? <span className="warning-text">{r.warnings.map((w) => w.text).join("；")}</span> : "无",
          },
          { header: "学校", kind: "minor", cell: (r) => `${r.school} · ${r.program}` },
          { header: "起止", kind: "minor", cell: (r) => `${r.startsOn} 至 ${r.endsOn}` },
        ]}
      />
      {rows.length === 0 ? <p className="muted">没有符合条件的实习。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />

      <h2>{`实习生人数与限额（企业在岗职工 ${HOST_SHARE_PERCENT}%，同岗位 ${POST_SHARE_PERCENT}%）`}</h2>
      <p className="muted">统计各学校在该企业实习中的学生。</p>
      <ResponsiveList
        label="企业实习生人数"
        rows={quotas.hosts}
        rowId={(h) => `host-${h.id}`}
        columns={[
          { header: "企业", kind: "title", cell: (h) => h.name },
          {
            header: "状态",
            kind: "status",
            cell: (h) => (h.over ? <StatusBadge tone="bad">超过10%</StatusBadge> : <StatusBadge tone="good">未超</StatusBadge>),
          },
          { header: "实习生/职工", kind: "fact", num: true, cell: (h) => `${h.interns} / ${h.staff ?? "未登记"}` },
        ]}
      />
      <ResponsiveList
        label="岗位实习生人数"
        rows={quotas.posts}
        rowId={(h) => `post-${h.id}`}
        columns={[
          { header: "岗位", kind: "title", cell: (h) => h.name },
          {
            header: "状态",
            kind: "status",
            cell: (h) => (h.over ? <StatusBadge tone="bad">超过20%</StatusBadge> : <StatusBadge tone="good">未超</StatusBadge>),
          },
          { header: "实习生/岗位职工", kind: "fact", num: true, cell: (h) => `${h.interns} / ${h.staff}` },
        ]}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
