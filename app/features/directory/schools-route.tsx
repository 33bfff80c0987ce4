import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { DISTRICT_LABEL, label, OWNERSHIP_LABEL, SUPERVISING_LABEL } from "~/lib/labels";
import { SchoolFilters, listSchools } from "./schools.server";
import { readQuery } from "~/lib/search-params.server";
import { FilterForm, SelectFilter } from "~/components/select-filter";

export const meta: MetaFunction = () => [{ title: "中职学校名录 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const filters = readQuery(request, SchoolFilters);
  return json({ filters, schools: await listSchools(filters) });
}

export default function SchoolsRoute() {
  const { filters, schools } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>中职学校名录</h1>
      <FilterForm values={filters}>
        <SelectFilter name="district" label="所在区县" options={DISTRICT_LABEL} value={filters.district} />
        <SelectFilter name="ownership" label="办学性质" options={OWNERSHIP_LABEL} value={filters.ownership} />
      </FilterForm>
      <p className="muted">{`共 ${schools.length} 所`}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>学校</th>
              <th>办学性质</th>
              <th>主管</th>
              <th>所在区县</th>
              <th className="num">在校生</th>
            </tr>
          </thead>
          <tbody>
            {schools.map((s) => (
              <tr key={s.id} data-row-id={s.id}>
                <td>
                  <Link to={`/schools/${s.id}`}>{s.name}</Link>
                </td>
                <td>{label(OWNERSHIP_LABEL, s.ownership)}</td>
                <td>{label(SUPERVISING_LABEL, s.supervisingLevel)}</td>
                <td>{label(DISTRICT_LABEL, s.district)}</td>
                <td className="num">{s.enrolled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
