import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { DISTRICT_LABEL } from "~/lib/labels";
import { BarChart } from "./charts";
import { EXPIRING_DAYS, FIGURES, IDLE_MONTHS, type FigureName, type Filter } from "./figures";
import { recordsHref } from "./links";
import { bureauScope, partnershipDashboard, schoolScope } from "./dashboard.server";

// /bureau/partnerships (the bureau: every school) and /school/partnerships (a school's office: its own
// partnerships only), issue 13 item 6. Each chart has its numbers as a table beside it (phones, screen
// readers), and every number links to the records behind it (records-route.tsx).

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.bureau ? "全市" : "本校"}校企合作概览 · 青城产教通` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const bureau = new URL(request.url).pathname.startsWith("/bureau/");
  const scope = bureau ? bureauScope(user) : schoolScope(user);
  return json({ bureau, dashboard: await partnershipDashboard(scope) });
}

const districtName = (d: string) => (d === "none" ? "未填区县" : DISTRICT_LABEL[d] ?? d);

export default function PartnershipDashboardRoute() {
  const { bureau, dashboard: d } = useLoaderData<typeof loader>();
  const number = (figure: FigureName, value: number, filter: Filter = {}, label: string = FIGURES[figure].label) => (
    <Link to={recordsHref(figure, filter)} data-figure={figure} aria-label={`${label}：${value}，查看记录`}>
      {value}
    </Link>
  );
  const kindBars = useMemo(() => ({ names: d.byKind.map((r) => r.name), series: [{ name: "协议", values: d.byKind.map((r) => r.value) }] }), [d.byKind]);
  const stateBars = useMemo(() => ({ names: d.byState.map((r) => r.name), series: [{ name: "协议", values: d.byState.map((r) => r.value) }] }), [d.byState]);
  const clusterBars = useMemo(
    () => ({
      names: d.byCluster.map((r) => r.name),
      series: [
        { name: "协议", values: d.byCluster.map((r) => r.agreements) },
        { name: "合作企业", values: d.byCluster.map((r) => r.enterprises) },
      ],
    }),
    [d.byCluster],
  );
  const districtBars = useMemo(
    () => ({ names: d.byDistrict.map((r) => districtName(r.key)), series: [{ name: "生效协议", values: d.byDistrict.map((r) => r.inForce) }] }),
    [d.byDistrict],
  );
  const t = d.totals;
  const totals: Array<{ figure: FigureName; value: number; filter?: Filter; label?: string }> = [
    { figure: "agreements", value: t.agreements },
    { figure: "agreements", value: t.inForce, filter: { state: "IN_FORCE" }, label: "生效协议" },
    { figure: "pairs", value: t.pairs },
    { figure: "enterprises", value: t.enterprises },
    { figure: "unpartnered", value: t.unpartnered },
    { figure: "idle", value: t.idle },
    { figure: "expiring", value: t.expiring },
  ];
  return (
    <>
      <section className="card">
        <h1>{bureau ? "全市校企合作概览" : "本校校企合作概览"}</h1>
        <p className="muted">
          截至 {d.today}。协议状态按协议日期计算（已到期不需人工标记）；每个数字都可点开，查看它背后的记录。“{FIGURES.idle.label}”指生效已满{IDLE_MONTHS}
          个月、同一学校与企业之间近{IDLE_MONTHS}个月没有订单班、岗位实习、学生投递、招聘会展位或教师企业实践的协议；“{FIGURES.expiring.label}”含第{EXPIRING_DAYS}天。
        </p>
        <ul className="partnership-totals" aria-label="总览">
          {totals.map((x) => (
            <li key={x.label ?? x.figure}>
              <span className="stat">{number(x.figure, x.value, x.filter, x.label)}</span>
              <span className="muted">{x.label ?? FIGURES[x.figure].label}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h2>协议类型</h2>
        <BarChart bars={kindBars} name="kinds" />
        <ResponsiveList
          label="按协议类型统计"
          rows={d.byKind}
          rowId={(r) => r.key}
          columns={[
            { header: "类型", kind: "title", cell: (r) => r.name },
            { header: "协议", kind: "fact", num: true, cell: (r) => number("agreements", r.value, { kind: r.key }, `${r.name}协议`) },
          ]}
        />
      </section>
      <section className="card">
        <h2>协议状态</h2>
        <BarChart bars={stateBars} name="states" />
        <ResponsiveList
          label="按协议状态统计"
          rows={d.byState}
          rowId={(r) => r.key}
          columns={[
            { header: "状态", kind: "title", cell: (r) => r.name },
            { header: "协议", kind: "fact", num: true, cell: (r) => number("agreements", r.value, { state: r.key }, `${r.name}协议`) },
          ]}
        />
      </section>
      <section className="card">
        <h2>产业集群</h2>
        <p className="muted">协议和合作企业按企业所属产业集群统计；在校生按所学专业对接的产业集群统计。</p>
        <BarChart bars={clusterBars} name="clusters" />
        <ResponsiveList
          label="按产业集群统计"
          rows={d.byCluster}
          rowId={(r) => String(r.key)}
          columns={[
            { header: "产业集群", kind: "title", cell: (r) => r.name },
            { header: "协议", kind: "fact", num: true, cell: (r) => number("agreements", r.agreements, { cluster: r.key }, `${r.name}协议`) },
            { header: "合作企业", kind: "fact", num: true, cell: (r) => number("enterprises", r.enterprises, { cluster: r.key }, `${r.name}合作企业`) },
            { header: "在校生", kind: "fact", num: true, cell: (r) => number("students", r.students, { cluster: r.key }, `${r.name}在校生`) },
          ]}
        />
      </section>
      <section className="card">
        <h2>区县</h2>
        <p className="muted">按学校所在区县统计。</p>
        <BarChart bars={districtBars} name="districts" />
        <ResponsiveList
          label="按区县统计"
          rows={d.byDistrict}
          rowId={(r) => r.key}
          columns={[
            { header: "区县", kind: "title", cell: (r) => districtName(r.key) },
            { header: "协议", kind: "fact", num: true, cell: (r) => number("agreements", r.agreements, { district: r.key }, `${districtName(r.key)}协议`) },
            { header: "生效协议", kind: "fact", num: true, cell: (r) => number("agreements", r.inForce, { district: r.key, state: "IN_FORCE" }, `${districtName(r.key)}生效协议`) },
            { header: "合作对", kind: "fact", num: true, cell: (r) => number("pairs", r.pairs, { district: r.key }, `${districtName(r.key)}校企合作对`) },
          ]}
        />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
