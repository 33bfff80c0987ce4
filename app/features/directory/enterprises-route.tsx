import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { DISTRICT_LABEL, label, SIZE_LABEL } from "~/lib/labels";
import { EnterpriseFilters, listEnterprises } from "./enterprises.server";
import { Pager } from "~/components/pager";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { ResponsiveList } from "~/components/responsive-list";

export const meta: MetaFunction = () => [{ title: "企业名录 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const filters = readQuery(request, EnterpriseFilters);
  const list = await listEnterprises(filters);
  redirectPastLastPage(request, list.page);
  return json({ filters, ...list });
}

export default function EnterprisesRoute() {
  const { filters, enterprises, clusters, page } = useLoaderData<typeof loader>();
  const clusterOptions = clusters.map((c) => ({ value: c.id, label: c.name }));
  return (
    <section className="card">
      <h1>企业名录</h1>
      <FilterForm values={filters}>
        <SelectFilter name="cluster" label="产业集群" options={clusterOptions} value={filters.cluster} />
        <SelectFilter name="district" label="所在区县" options={DISTRICT_LABEL} value={filters.district} />
        <SelectFilter name="size" label="企业规模" options={SIZE_LABEL} value={filters.size} />
      </FilterForm>
      <ResponsiveList
        label="企业名录"
        rows={enterprises}
        rowId={(e) => e.id}
        columns={[
          { header: "企业", kind: "title", titleIsAction: true, cell: (e) => <Link to={`/enterprises/${e.id}`}>{e.name}</Link> },
          { header: "产业集群", kind: "fact", cell: (e) => (e.cluster ? <Link to={`/clusters/${e.cluster.id}`}>{e.cluster.name}</Link> : "未归入产业集群") },
          { header: "所在区县", kind: "fact", cell: (e) => label(DISTRICT_LABEL, e.district) },
          { header: "规模", kind: "minor", cell: (e) => label(SIZE_LABEL, e.size) },
        ]}
      />
      {enterprises.length === 0 ? <p className="muted">没有符合条件的企业。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
