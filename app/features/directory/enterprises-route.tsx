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
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>企业</th>
              <th>产业集群</th>
              <th>所在区县</th>
              <th>规模</th>
            </tr>
          </thead>
          <tbody>
            {enterprises.map((e) => (
              <tr key={e.id} data-row-id={e.id}>
                <td>
                  <Link to={`/enterprises/${e.id}`}>{e.name}</Link>
                </td>
                <td>{e.cluster ? <Link to={`/clusters/${e.cluster.id}`}>{e.cluster.name}</Link> : "—"}</td>
                <td>{label(DISTRICT_LABEL, e.district)}</td>
                <td>{label(SIZE_LABEL, e.size)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {enterprises.length === 0 ? <p className="muted">没有符合条件的企业。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
