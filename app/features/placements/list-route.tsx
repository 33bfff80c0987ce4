import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { PlacementFilters, placementList } from "./placement-pages.server";
import { PLACEMENT_STATUS_LABEL, PLACEMENT_STATUS_TONE } from "./placement-status";

export const meta: MetaFunction = () => [{ title: "岗位实习 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, PlacementFilters);
  const list = await placementList(user, filters);
  redirectPastLastPage(request, list.page);
  return json({ filters, ...list });
}

export default function PlacementListRoute() {
  const { filters, placements, page, mayCreate } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>岗位实习</h1>
      <p className="muted">按《职业学校学生实习管理规定》（教职成〔2021〕4号），每项规定都满足后实习才能启用。</p>
      {mayCreate ? (
        <p>
          <Link to="/placements/new" className="button-primary">
            安排岗位实习
          </Link>
        </p>
      ) : null}
      <FilterForm values={filters}>
        <SelectFilter name="status" label="状态" options={PLACEMENT_STATUS_LABEL} value={filters.status} />
      </FilterForm>
      <ResponsiveList
        label="岗位实习"
        rows={placements}
        rowId={(p) => p.id}
        columns={[
          { header: "学生", kind: "title", titleIsAction: true, cell: (p) => <Link to={`/placements/${p.id}`}>{p.student}</Link> },
          { header: "状态", kind: "status", cell: (p) => <StatusBadge tone={PLACEMENT_STATUS_TONE[p.status]}>{PLACEMENT_STATUS_LABEL[p.status]}</StatusBadge> },
          { header: "实习单位", kind: "fact", cell: (p) => `${p.enterprise} · ${p.post}` },
          { header: "学校", kind: "minor", cell: (p) => p.school },
          { header: "时间", kind: "fact", cell: (p) => p.dates },
        ]}
      />
      {placements.length === 0 ? <p className="muted">没有符合条件的岗位实习。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
