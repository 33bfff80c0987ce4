import { useChart } from "~/components/use-chart";

// The report's two charts (issue 12 item 6), drawn with ECharts in the browser only: echarts is
// imported inside the effect, so the server bundle never loads it and the page works without it —
// the tables above are the accessible source of every number; the charts are aria-hidden pictures.

type Bars = { names: string[]; registered: number[]; checkedIn: number[] };
type Funnel = Array<{ name: string; value: number }>;

export function SchoolChart({ bars }: { bars: Bars }) {
  const ref = useChart((echarts, el) => {
    el.style.height = `${Math.max(160, 40 + bars.names.length * 36)}px`; // CSSOM, which the CSP allows (a style attribute it does not)
    const chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: { data: ["报名", "签到"] },
      grid: { left: 8, right: 8, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: bars.names, inverse: true, axisLabel: { width: 110, overflow: "truncate" } },
      series: [
        { name: "报名", type: "bar", data: bars.registered },
        { name: "签到", type: "bar", data: bars.checkedIn },
      ],
    });
    return chart;
  }, [bars]);
  return <div ref={ref} className="fair-chart" aria-hidden="true" data-chart="schools" />;
}

export function FunnelChart({ steps }: { steps: Funnel }) {
  const ref = useChart((echarts, el) => {
    const chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: "item" },
      series: [{ type: "funnel", sort: "none", minSize: "8%", label: { formatter: "{b}：{c}" }, data: steps }],
    });
    return chart;
  }, [steps]);
  return <div ref={ref} className="fair-chart fair-chart-funnel" aria-hidden="true" data-chart="funnel" />;
}
