import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { RETENTION_SOURCE_LABEL } from "~/lib/retention";
import { paging, readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { todayInHohhot } from "~/lib/dates";
import { monthLabel } from "./links";
import { PEOPLE_PER_PAGE, PeopleQuery } from "./query.server";
import { describePeople, retentionPeople } from "./retention.server";

// /retention/people?month=YYYY-MM&source=<source>&school=<id>&page=N: the people behind a figure of
// /retention, by name — for the bureau and each school's own office only (retention.people); a school's
// office asking for another school's people gets 404, everyone else 403.

export const meta: MetaFunction = () => [{ title: "留呼名单 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const query = readQuery(request, PeopleQuery);
  const today = todayInHohhot();
  const found = await retentionPeople(user, { month: query.month, source: query.source, school: query.school }, today);
  const page = paging(query.page, found.people.length, PEOPLE_PER_PAGE);
  redirectPastLastPage(request, page);
  const people = await describePeople(found.people.slice(page.skip, page.skip + page.take), found.records, today);
  return json({ scope: found.scope, filter: { month: query.month ?? null, source: query.source ?? null }, people, page });
}

type Person = ReturnType<typeof useLoaderData<typeof loader>>["people"][number];

export default function RetentionPeopleRoute() {
  const { scope, filter, people, page } = useLoaderData<typeof loader>();
  const narrowed = [
    filter.month ? monthLabel(filter.month) : null,
    filter.source ? RETENTION_SOURCE_LABEL[filter.source] : null,
    scope?.name ?? null,
  ].filter(Boolean);
  return (
    <section className="card">
      <p>
        <Link to={scope ? `/retention?school=${scope.id}` : "/retention"}>← 留呼统计</Link>
      </p>
      <h1>留呼名单</h1>
      <p className="muted">{narrowed.length ? narrowed.join(" · ") : "全部"}</p>
      <p>
        <span className="stat" data-testid="people-total">
          {page.total}
        </span>{" "}
        人
      </p>
      <ResponsiveList<Person>
        label="留呼名单"
        rows={people}
        rowId={(p) => p.id}
        columns={[
          { header: "姓名", kind: "title", cell: (p) => p.name },
          { header: "计入月份", kind: "fact", cell: (p) => monthLabel(p.month) },
          { header: "学校", kind: "fact", cell: (p) => p.school },
          {
            header: "记录",
            kind: "fact",
            cell: (p) => p.records.map((r) => `${RETENTION_SOURCE_LABEL[r.source]} ${r.day} ${r.keptBy}`).join("；"),
          },
          { header: "学号", kind: "minor", cell: (p) => p.studentNumber ?? "—" },
          { header: "专业", kind: "minor", cell: (p) => p.program },
          { header: "毕业年份", kind: "minor", cell: (p) => `${p.graduationYear}届` },
        ]}
      />
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
