import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import type { ErrorBody } from "~/lib/errors.server";
import { paging, readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { numberParam } from "./access.server";
import { RecordsQuery } from "./records-query.server";
import { figureRecords, recordsScope } from "./records.server";

// /reports/:year/records?figure=附表1.2[&school=ID][&page=N]: exactly the records behind one figure of the
// year's report (students with school, program and destination; teachers; classes; placements …), the count
// at the top equal to the figure. The bureau and the records' own school only; anyone else: 404.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.label ?? "记录"} · 质量年报 · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const year = numberParam(params.year);
  const query = readQuery(request, RecordsQuery);
  if (!query.figure) {
    await recordsScope(user, query.school); // 404 first for whoever may not read records at all
    throw json<ErrorBody>({ message: "请从质量年报中点开一个数字查看记录" }, { status: 400 });
  }
  const found = await figureRecords(user, { year, figure: query.figure, school: query.school, page: query.page });
  const page = paging(query.page, found.total, found.perPage);
  redirectPastLastPage(request, page);
  return json({ ...found, page });
}

export default function ReportRecordsRoute() {
  const data = useLoaderData<typeof loader>();
  const back = data.scope.schoolId === null ? `/reports/${data.year}` : `/reports/${data.year}/${data.scope.schoolId}`;
  return (
    <section className="card">
      <p>
        <Link to={back}>← {data.scope.name} {data.year}年质量年报</Link>
      </p>
      <h1>
        {data.table} {data.row}：{data.label}
      </h1>
      <p>
        <span className="stat" data-testid="figure-value">
          {data.total}
        </span>{" "}
        {data.unit === "天" ? "天" : "条记录"}
      </p>
      <ResponsiveList
        label={data.label}
        rows={data.rows}
        rowId={(r) => r.key}
        columns={[
          { header: "记录", kind: "title", cell: (r) => r.title },
          { header: "学校", kind: "fact", cell: (r) => r.school || "—" },
          { header: "详情", kind: "minor", cell: (r) => r.detail || "—" },
        ]}
      />
      <Pager page={data.page.page} pages={data.page.pages} total={data.page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
