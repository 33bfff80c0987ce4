import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { todayInHohhot } from "~/lib/dates";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { MEMBER_STATUS_LABEL, MEMBER_STATUS_TONE, ORDER_CLASS_KIND_LABEL, type MemberStatus } from "./member-status";
import { listOrderClasses, OrderClassFilters } from "./order-classes.server";

export const meta: MetaFunction = () => [{ title: "订单班 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, OrderClassFilters);
  const list = await listOrderClasses(user, filters);
  redirectPastLastPage(request, list.page);
  const year = Number(todayInHohhot().slice(0, 4));
  const cohorts = Array.from({ length: 6 }, (_, i) => year - i).map((y) => ({ value: y, label: `${y}级` }));
  return json({ filters, cohorts, ...list });
}

export default function OrderClassesRoute() {
  const { filters, cohorts, role, canOpen, page, classes } = useLoaderData<typeof loader>();
  const student = role === "STUDENT";
  return (
    <section className="card">
      <h1>订单班与现代学徒制</h1>
      <p className="muted">
        {student
          ? "本专业、本年级可报名的班级，以及你已报名的班级。"
          : role === "ENTERPRISE_STAFF"
            ? "本企业与学校共建的订单班和学徒制班。"
            : role === "BUREAU_ADMIN"
              ? "全市的订单班和学徒制班。"
              : "本校与企业共建的订单班和学徒制班。"}
      </p>
      {canOpen ? (
        <p>
          <Link to="/order-classes/new" className="button-primary">
            开设新班
          </Link>
        </p>
      ) : null}
      <FilterForm values={filters}>
        <SelectFilter name="kind" label="类型" options={ORDER_CLASS_KIND_LABEL} value={filters.kind} />
        <SelectFilter name="cohort" label="年级" options={cohorts} value={filters.cohort} />
      </FilterForm>
      <ResponsiveList
        label="订单班"
        rows={classes}
        rowId={(c) => c.id}
        columns={[
          { header: "班级", kind: "title", titleIsAction: true, cell: (c) => <Link to={`/order-classes/${c.id}`}>{c.name}</Link> },
          ...(student
            ? [
                {
                  header: "我的状态",
                  kind: "status" as const,
                  cell: (c: (typeof classes)[number]) =>
                    c.mine ? (
                      <StatusBadge tone={MEMBER_STATUS_TONE[c.mine as MemberStatus]}>{MEMBER_STATUS_LABEL[c.mine as MemberStatus]}</StatusBadge>
                    ) : (
                      <StatusBadge tone="open">可报名</StatusBadge>
                    ),
                },
              ]
            : []),
          { header: "名额", kind: "fact", num: true, cell: (c) => `已入班 ${c.enrolled} / ${c.capacity}` },
          { header: "学校 · 企业", kind: "fact", cell: (c) => `${c.school} · ${c.enterprise}` },
          { header: "专业 · 年级", kind: "minor", cell: (c) => `${c.program} · ${c.cohortYear}级` },
          { header: "类型", kind: "minor", cell: (c) => ORDER_CLASS_KIND_LABEL[c.kind] },
        ]}
      />
      {classes.length === 0 ? <p className="muted">没有符合条件的班级。</p> : null}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
