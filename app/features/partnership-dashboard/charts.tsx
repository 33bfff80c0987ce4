import { useChart } from "~/components/use-chart";

// The dashboard's charts (issue 13 item 6), drawn with ECharts in the browser only, as the fair report
// does (app/features/fair-report/report-charts.tsx): echarts is imported inside the effect, so the
// server bundle never loads it. The tables beside each chart are the accessible source of every
// number; the charts are aria-hidden pictures.

export type Bars = { names: string[]; series: Array<{ name: string; values: number[] }> };

export function BarChart({ bars, name }: { bars: Bars; name: string }) {
  const ref = useChart((echarts, el) => {
    el.style.height = `${Math.max(160, 48 + bars.names.length * 30 * Math.max(1, bars.series.length * 0.7))}px`; // CSSOM (the CSP allows it)
    const chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: bars.series.length > 1 ? { data: bars.series.map((s) => s.name) } : undefined,
      grid: { left: 8, right: 16, bottom: 8, top: bars.series.length > 1 ? 32 : 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: bars.names, inverse: true, axisLabel: { width: 110, overflow: "truncate" } },
      series: bars.series.map((s) => ({ name: s.name, type: "bar", data: s.values, label: { show: true, position: "right" } })),
    });
    return chart;
  }, [bars]);
  return <div ref={ref} className="partnership-chart" aria-hidden="true" data-chart={name} />;
}
