import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import type { EnterpriseStanding } from "~/generated/prisma/enums";
import { STANDING_LABEL } from "~/lib/enterprise-standing";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { StandingBadge } from "./standing-badge";
import { StandingFilters, standingList } from "./standing.server";

// 企业核验 (issue 11, item 1): the bureau's list of enterprises by standing; 待核验 first.

export const meta: MetaFunction = () => [{ title: "企业核验 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, StandingFilters);
  const list = await standingList(user, filters);
  redirectPastLastPage(request, list.page);
  return json({ filters, ...list });
}

export default function BureauEnterprisesRoute() {
  const { filters, enterprises, counts, page } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>企业核验</h1>
      <p className="muted">
        {(Object.keys(STANDING_LABEL) as EnterpriseStanding[]).map((s) => `${STANDING_LABEL[s]} ${counts[s] ?? 0} 家`).join(" · ")}
      </p>
      <FilterForm values={filters}>
        <SelectFilter name="standing" label="资质状态" options={STANDING_LABEL} value={filters.standing} />
      </FilterForm>
      <ResponsiveList
        label="企业核验"
        rows={enterprises}
        rowId={(e) => e.id}
        columns={[
          { header: "企业", kind: "title", cell: (e) => <Link to={`/bureau/enterprises/${e.id}`}>{e.name}</Link> },
          { header: "状态", kind: "status", cell: (e) => <StandingBadge standing={e.standing} /> },
          {
            header: "统一社会信用代码",
            kind: "fact",
            cell: (e) => (e.creditCode ? `${e.creditCode}${e.creditCodeValid ? "" : "（校验不通过）"}` : "未填写"),
          },
          { header: "状态变更于", kind: "minor", cell: (e) => e.standingAt ?? "—" },
          { header: "操作", kind: "action", cell: (e) => <Link to={`/bureau/enterprises/${e.id}`}>{e.standing === "UNVERIFIED" ? "核验" : "查看"}</Link> },
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
