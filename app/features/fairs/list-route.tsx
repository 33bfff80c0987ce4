import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { QUERY_MAX, WHEN_LABEL } from "./fair-labels";
import { FairFilters, listFairs } from "./fairs.server";

export const meta: MetaFunction = () => [{ title: "招聘会 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, FairFilters);
  const list = await listFairs(user, filters);
  redirectPastLastPage(request, list.page);
  return json({ filters, ...list });
}

const TONE = { DRAFT: "muted", OPEN: "open", RUNNING: "good", CLOSED: "muted", CANCELLED: "bad" } as const;

export default function FairsRoute() {
  const { filters, role, canCreate, eligibleOnly, page, organisers, fairs } = useLoaderData<typeof loader>();
  const student = role === "STUDENT";
  const allLink = new URLSearchParams(Object.entries(filters).filter(([k, v]) => v !== undefined && k !== "page").map(([k, v]) => [k, String(v)]));
  if (eligibleOnly) allLink.set("all", "1");
  else allLink.delete("all");
  return (
    <section className="card">
      <h1>招聘会</h1>
      {student ? (
        <p>
          <Link to="/fairs/mine">我的招聘会</Link>
          {" · "}
          <Link to={`/fairs?${allLink.toString()}`}>{eligibleOnly ? "查看全部招聘会" : "只看我可以报名的"}</Link>
        </p>
      ) : null}
      <p className="muted">{student && eligibleOnly ? "你可以报名的招聘会，以及你已报名的。" : "全市的校园招聘会和双选会。"}</p>
      {canCreate ? (
        <p>
          <Link to="/fairs/new" className="button-primary">
            举办招聘会
          </Link>
        </p>
      ) : null}
      <FilterForm values={filters}>
        <SelectFilter name="when" label="时间" options={WHEN_LABEL} value={filters.when} />
        <SelectFilter name="organiser" label="主办方" options={organisers} value={filters.organiser} />
        <div className="field">
          <label htmlFor="filter-q">名称</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={QUERY_MAX} />
        </div>
        {filters.all ? <input type="hidden" name="all" value="1" /> : null}
      </FilterForm>
      <ResponsiveList
        label="招聘会"
        rows={fairs}
        rowId={(f) => f.id}
        columns={[
          { header: "招聘会", kind: "title", titleIsAction: true, cell: (f) => <Link to={`/fairs/${f.id}`}>{f.title}</Link> },
          { header: "状态", kind: "status", cell: (f) => <StatusBadge tone={TONE[f.status]}>{f.statusLabel}</StatusBadge> },
          { header: "时间", kind: "fact", cell: (f) => f.when },
          { header: "地点", kind: "fact", cell: (f) => f.where },
          { header: "主办方", kind: "minor", cell: (f) => f.organiser },
          { header: "展位", kind: "minor", num: true, cell: (f) => `${f.booths} 家企业` },
        ]}
      />
      {fairs.length === 0 ? <p className="muted">没有符合条件的招聘会。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
