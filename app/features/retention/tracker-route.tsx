import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { goalLine, monthRange, RETENTION_SOURCE_LABEL, RETENTION_SOURCES, type RetentionSource, type TrajectoryRow } from "~/lib/retention";
import { readQuery } from "~/lib/search-params.server";
import { monthLabel, peopleHref } from "./links";
import { TrackerQuery } from "./query.server";
import { retentionReport } from "./retention.server";
import { TrajectoryChart } from "./trajectory-chart";

// /retention: 五万产业工人留呼 — people kept in Hohhot since the consortium's launch, each once, by month,
// against the goal (retention.server.ts, app/lib/retention.ts). The bureau sees the city (?school= narrows
// to one school); a school's office sees its own students' part. Every number links to the people behind it.

export const meta: MetaFunction = () => [{ title: "留呼统计 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const query = readQuery(request, TrackerQuery);
  return json({ report: await retentionReport(user, { school: query.school }) });
}

const n = (value: number) => value.toLocaleString("zh-CN");

export default function RetentionRoute() {
  const { report } = useLoaderData<typeof loader>();
  const { goal, scope } = report;
  const school = scope?.id ?? null;
  const figure = (value: number, filter: { month?: string; source?: RetentionSource; school?: number | null }, label: string) => (
    <Link to={peopleHref({ ...filter, school: filter.school ?? school })} aria-label={`${label}：${value}人，查看名单`} data-figure={label}>
      {n(value)}
    </Link>
  );
  const picture = useMemo(() => {
    const current = report.rows.at(-1)?.month ?? goal.startMonth;
    const months = monthRange(goal.startMonth, current > goal.deadlineMonth ? current : goal.deadlineMonth);
    const cumulative = new Map(report.rows.map((r) => [r.month, r.cumulative]));
    return { months, counted: months.map((m) => cumulative.get(m) ?? null), line: months.map((m) => goalLine(goal, m)) };
  }, [report.rows, goal]);
  const pace = report.pace;
  const rowsNewestFirst = [...report.rows].reverse();
  return (
    <>
      <section className="card">
        {scope && report.cityWide ? (
          <p>
            <Link to="/retention">← 全市</Link>
          </p>
        ) : null}
        <h1>留呼统计{scope ? ` · ${scope.name}` : ""}</h1>
        <p className="muted">
          “五万产业工人留呼工程”：自 {monthLabel(goal.startMonth)}起，{goal.years} 年内留住 {n(goal.people)} 人，截至 {monthLabel(goal.deadlineMonth)}底。
          人数从记录中统计，每人只计一次，计在最早的月份：在呼就业的毕业生、实习留用的学生、被订单班合作企业录用的毕业生。
        </p>
        <p>
          <span className="stat" data-testid="retention-total">
            {figure(report.total, {}, "累计留呼人数")}
          </span>{" "}
          人，目标 {n(goal.people)} 人（{((report.total / goal.people) * 100).toFixed(2)}%）
        </p>
        <FactList
          facts={[
            { label: "统计截至", value: report.today },
            ...RETENTION_SOURCES.map((s) => ({ label: RETENTION_SOURCE_LABEL[s], value: <>{figure(report.bySource[s], { source: s }, RETENTION_SOURCE_LABEL[s])} 人</> })),
            { label: "多个来源的人（只计一次）", value: `${n(report.inSeveral)} 人` },
            {
              label: "所需月均进度",
              value:
                pace.state === "on" ? (
                  <span data-testid="pace">
                    每月 {n(pace.perMonth)} 人（尚差 {n(pace.remaining)} 人，含本月还有 {pace.monthsLeft} 个月）
                  </span>
                ) : pace.state === "reached" ? (
                  <span data-testid="pace">目标已完成（{n(pace.counted)} 人）</span>
                ) : (
                  <span data-testid="pace">
                    期限已过：截至 {monthLabel(goal.deadlineMonth)}底留呼 {n(pace.countedByDeadline)} 人，差 {n(pace.shortfall)} 人未完成；此后留呼的人数照常列出，不计入目标
                  </span>
                ),
            },
          ]}
        />
        <TrajectoryChart picture={picture} />
      </section>
      <section className="card">
        <h2>按月统计</h2>
        <div className="table-wrap">
          <ResponsiveList<TrajectoryRow>
            label="按月留呼人数"
            rows={rowsNewestFirst}
            rowId={(r) => r.month}
            columns={[
              { header: "月份", kind: "title", cell: (r) => monthLabel(r.month) },
              { header: "当月新增", kind: "fact", num: true, cell: (r) => figure(r.added, { month: r.month }, `${monthLabel(r.month)}新增`) },
              { header: "累计", kind: "fact", num: true, cell: (r) => n(r.cumulative) },
              { header: "目标进度线", kind: "minor", num: true, cell: (r) => n(r.line) },
              ...RETENTION_SOURCES.map((s) => ({
                header: RETENTION_SOURCE_LABEL[s],
                kind: "minor" as const,
                num: true,
                cell: (r: TrajectoryRow) => figure(r.bySource[s], { month: r.month, source: s }, `${monthLabel(r.month)}${RETENTION_SOURCE_LABEL[s]}`),
              })),
            ]}
          />
        </div>
        <p className="muted">一人可能同时属于多个来源，各来源人数之和可能大于当月新增。</p>
      </section>
      {scope ? null : (
        <section className="card">
          <h2>按学校统计</h2>
          <ResponsiveList
            label="按学校留呼人数"
            rows={report.bySchool}
            rowId={(r) => r.id}
            columns={[
              { header: "学校", kind: "title", cell: (r) => <Link to={`/retention?school=${r.id}`}>{r.name}</Link> },
              { header: "留呼人数", kind: "fact", num: true, cell: (r) => figure(r.people, { school: r.id }, `${r.name}留呼人数`) },
            ]}
          />
        </section>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
