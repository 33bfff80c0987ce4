import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { AGREEMENT_KIND_LABEL, AGREEMENT_STATE_LABEL, stateTone } from "./agreement-labels";
import { AgreementFilters, listAgreements } from "./agreements.server";

export const meta: MetaFunction = () => [{ title: "合作协议 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, AgreementFilters);
  const list = await listAgreements(user, filters);
  redirectPastLastPage(request, list.page);
  return json({ filters, ...list });
}

export default function AgreementsRoute() {
  const { filters, agreements, page, canPropose } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>合作协议</h1>
      <p className="muted">校企合作协议：一方提出，另一方确认后生效；到期按结束日期自动判断。</p>
      {canPropose ? (
        <p>
          <Link to="/agreements/new" className="button-secondary">
            提出合作协议
          </Link>
        </p>
      ) : null}
      <FilterForm values={filters}>
        <SelectFilter name="state" label="状态" options={AGREEMENT_STATE_LABEL} value={filters.state} />
        <SelectFilter name="kind" label="类型" options={AGREEMENT_KIND_LABEL} value={filters.kind} />
      </FilterForm>
      <ResponsiveList
        label="合作协议"
        rows={agreements}
        rowId={(a) => a.id}
        columns={[
          { header: "协议", kind: "title", titleIsAction: true, cell: (a) => <Link to={`/agreements/${a.id}`}>{a.title}</Link> },
          { header: "状态", kind: "status", cell: (a) => <StatusBadge tone={stateTone(a.state)}>{a.state}</StatusBadge> },
          { header: "双方", kind: "fact", cell: (a) => `${a.school} · ${a.enterprise}` },
          { header: "类型", kind: "minor", cell: (a) => a.kind },
          { header: "期限", kind: "fact", cell: (a) => a.term },
        ]}
      />
      {agreements.length === 0 ? <p className="muted">没有符合条件的协议。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
