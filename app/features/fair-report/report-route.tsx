import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { FIGURES, type Figure, type StudentFilter } from "./figures";
import { recordsHref } from "./links";
import { FunnelChart, SchoolChart } from "./report-charts";
import { fairReport, type BreakdownRow } from "./report.server";

// /fairs/:fairId/report: 招聘会报告 for the organiser's staff and the bureau (report.server.ts). Phone
// first: every table is a ResponsiveList (cards on a phone); every number links to its records.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.report.fair.title ?? "招聘会"} · 招聘会报告 · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ report: await fairReport(user, idParam(params.fairId)) });
}

type FigureRow = { figure: Figure; value: number };

export default function FairReportRoute() {
  const { report } = useLoaderData<typeof loader>();
  const { fair, figures } = report;
  const number = (figure: Figure, value: number, filter: StudentFilter = {}) => (
    <Link to={recordsHref(fair.id, figure, filter)} data-figure={figure} aria-label={`${FIGURES[figure].label}：${value}，查看记录`}>
      {value}
    </Link>
  );
  const figureList = (label: string, names: Figure[]) => (
    <ResponsiveList<FigureRow>
      label={label}
      rows={names.map((figure) => ({ figure, value: figures[figure] }))}
      rowId={(r) => r.figure}
      columns={[
        { header: "指标", kind: "title", cell: (r) => FIGURES[r.figure].label },
        { header: "数值", kind: "fact", num: true, cell: (r) => number(r.figure, r.value) },
        { header: "含义", kind: "minor", cell: (r) => FIGURES[r.figure].meaning },
      ]}
    />
  );
  const breakdown = (label: string, rows: BreakdownRow[], by: keyof StudentFilter) => (
    <ResponsiveList<BreakdownRow>
      label={label}
      rows={rows}
      rowId={(r) => `${by}-${r.id ?? "none"}`}
      columns={[
        { header: label.replace("按", "").replace("统计", ""), kind: "title", cell: (r) => r.name },
        { header: "报名", kind: "fact", num: true, cell: (r) => number("studentsRegistered", r.registered, { [by]: r.id ?? "none" }) },
        { header: "签到", kind: "fact", num: true, cell: (r) => number("studentsCheckedIn", r.checkedIn, { [by]: r.id ?? "none" }) },
      ]}
    />
  );
  const bars = useMemo(
    () => ({
      names: report.bySchool.map((r) => r.name),
      registered: report.bySchool.map((r) => r.registered),
      checkedIn: report.bySchool.map((r) => r.checkedIn),
    }),
    [report.bySchool],
  );
  const funnel = useMemo(
    () => [
      { name: "报名", value: figures.studentsRegistered },
      { name: "签到", value: figures.studentsCheckedIn },
      { name: "投递", value: figures.applications },
      { name: "拟录用（90天内）", value: figures.offered90 },
      { name: "录用（90天内）", value: figures.hired90 },
    ],
    [figures],
  );
  return (
    <>
      <section className="card">
        <p>
          <Link to={`/fairs/${fair.id}`}>← {fair.title}</Link>
        </p>
        <h1>招聘会报告</h1>
        <FactList
          facts={[
            { label: "招聘会", value: fair.title },
            { label: "主办", value: fair.organiser },
            { label: "状态", value: fair.statusLabel },
            { label: "时间", value: `${fair.starts} 至 ${fair.ends}` },
          ]}
        />
        <p>
          <a href={`/fairs/${fair.id}/report.xlsx`} download>
            下载 Excel 报告
          </a>
        </p>
        <p className="muted">每个数字都可点开，查看它背后的记录。录用按申请记录中“拟录用”“已接受录用”的时间统计，截至招聘会结束后 30 天、90 天。</p>
      </section>
      <section className="card">
        <h2>企业与岗位</h2>
        {figureList("企业与岗位", ["enterprisesRegistered", "enterprisesAttending", "positionsOffered", "headcountOffered"])}
      </section>
      <section className="card">
        <h2>学生</h2>
        {figureList("学生报名与签到", ["studentsRegistered", "studentsCheckedIn"])}
        <SchoolChart bars={bars} />
        <h3>按学校统计</h3>
        {breakdown("按学校统计", report.bySchool, "school")}
        <h3>按专业统计</h3>
        {breakdown("按专业统计", report.byProgram, "program")}
        <h3>按产业集群统计</h3>
        {breakdown("按产业集群统计", report.byCluster, "cluster")}
      </section>
      <section className="card">
        <h2>投递与意向</h2>
        {figureList("投递与意向", ["applications", "leads", "leadsPending", "leadsConfirmed", "leadsDismissed"])}
      </section>
      <section className="card">
        <h2>录用</h2>
        {figureList("招聘会后的录用", ["offered30", "hired30", "offered90", "hired90"])}
        <FunnelChart steps={funnel} />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
