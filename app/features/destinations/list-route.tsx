import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { CONFIRMATION_LABEL } from "~/lib/destinations";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { confirmationTone, KIND_FILTER_LABEL } from "./describe";
import { DestinationFilters, listDestinations } from "./destinations.server";

// /destinations?year=&school=&kind=&confirmation=&program=&q=&page=: a year's graduates with their
// destination and the student's answer; a school's office its own, the bureau all schools or one.

export const meta: MetaFunction = () => [{ title: "毕业去向 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, DestinationFilters);
  const list = await listDestinations(user, filters);
  redirectPastLastPage(request, list.page);
  return json({ filters, ...list });
}

type Graduate = ReturnType<typeof useLoaderData<typeof loader>>["graduates"][number];

export default function DestinationsRoute() {
  const { filters, year, counts, graduates, page, options, canRecord } = useLoaderData<typeof loader>();
  const withFilter = (more: Record<string, string>) => {
    const params = new URLSearchParams({ year: String(year), ...(filters.school ? { school: String(filters.school) } : {}), ...more });
    return `/destinations?${params.toString()}`;
  };
  return (
    <>
      <section className="card">
        <h1>{`毕业去向 · ${year}届`}</h1>
        <p className="muted">毕业生本人可在“我的毕业去向”中确认或提出异议；学校修改后需本人重新确认。</p>
        <ul className="destination-counts" aria-label="毕业去向概况">
          <li>
            <span className="stat" data-testid="count-graduates">{counts.graduates}</span> 毕业生
          </li>
          <li>
            <Link to={withFilter({})}>
              <span className="stat" data-testid="count-recorded">{counts.recorded}</span> 已登记
            </Link>
          </li>
          <li>
            <Link to={withFilter({ confirmation: "CONFIRMED" })}>
              <span className="stat" data-testid="count-confirmed">{counts.confirmed}</span> 本人已确认
            </Link>
          </li>
          <li>
            <Link to={withFilter({ confirmation: "DISPUTED" })} className={counts.disputed > 0 ? "destination-disputed" : undefined}>
              <span className="stat" data-testid="count-disputed">{counts.disputed}</span> 有异议
            </Link>
          </li>
        </ul>
        {canRecord ? (
          <p>
            <Link to={`/destinations/proposals?year=${year}`} className="button-secondary">
              平台记录中的去向建议
            </Link>
          </p>
        ) : null}
      </section>
      <section className="card">
        <FilterForm values={filters}>
          <SelectFilter name="year" label="毕业年份" options={options.years} value={year} />
          {options.schools.length > 0 ? <SelectFilter name="school" label="学校" options={options.schools} value={filters.school} /> : null}
          <SelectFilter name="kind" label="去向" options={KIND_FILTER_LABEL} value={filters.kind} />
          <SelectFilter name="confirmation" label="本人确认" options={CONFIRMATION_LABEL} value={filters.confirmation} />
          <SelectFilter name="program" label="专业" options={options.programs} value={filters.program} />
          <div className="field">
            <label htmlFor="filter-q">姓名或学号</label>
            <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={50} />
          </div>
        </FilterForm>
        <ResponsiveList<Graduate>
          label="毕业生去向"
          rows={graduates}
          rowId={(g) => g.id}
          columns={[
            { header: "姓名", kind: "title", titleIsAction: true, cell: (g) => <Link to={`/destinations/${g.id}`}>{g.name}</Link> },
            {
              header: "本人确认",
              kind: "status",
              cell: (g) => (g.destination ? <StatusBadge tone={confirmationTone(g.destination.confirmation)}>{g.destination.confirmationLabel}</StatusBadge> : <StatusBadge>未登记</StatusBadge>),
            },
            { header: "去向", kind: "fact", cell: (g) => (g.destination ? [g.destination.kind, g.destination.employer].filter(Boolean).join(" · ") : "—") },
            { header: "学号", kind: "minor", cell: (g) => g.studentNumber ?? "—" },
            { header: "专业", kind: "minor", cell: (g) => g.program },
            { header: "学校", kind: "minor", cell: (g) => g.school },
          ]}
        />
        {graduates.length === 0 ? <p className="muted">没有符合条件的毕业生。</p> : null}
        <Pager page={page.page} pages={page.pages} total={page.total} />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
