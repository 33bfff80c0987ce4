import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { DISTRICT_LABEL, label, OWNERSHIP_LABEL, SUPERVISING_LABEL } from "~/lib/labels";
import { SchoolFilters, listSchools } from "./schools.server";
import { readQuery } from "~/lib/search-params.server";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { ResponsiveList } from "~/components/responsive-list";

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
      <ResponsiveList
        label="学校名录"
        rows={schools}
        rowId={(s) => s.id}
        columns={[
          { header: "学校", kind: "title", titleIsAction: true, cell: (s) => <Link to={`/schools/${s.id}`}>{s.name}</Link> },
          { header: "办学性质", kind: "fact", cell: (s) => label(OWNERSHIP_LABEL, s.ownership) },
          { header: "主管", kind: "minor", cell: (s) => label(SUPERVISING_LABEL, s.supervisingLevel) },
          { header: "所在区县", kind: "fact", cell: (s) => label(DISTRICT_LABEL, s.district) },
          { header: "在校生", kind: "fact", num: true, cell: (s) => s.enrolled },
        ]}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
