import { useChart } from "~/components/use-chart";

// The report's charts (issue 14 item 4), drawn with ECharts in the browser only (app/components/use-chart.ts):
// the server bundle never loads echarts and the page reads the same without it — every chart has its
// numbers as a table beside it, the charts are aria-hidden pictures. On paper (@media print) the
// container takes the A4 width in app.css and the chart is redrawn to it before printing.

type Drawn = { dispose(): void; resize(): void };
type Chart = { resize(): void; dispose(): void };

/** The chart follows the print media's width too (the browser lays the page out again for paper). */
function followPrint(chart: Chart): Drawn {
  const print = window.matchMedia("print");
  const redraw = () => chart.resize();
  print.addEventListener("change", redraw);
  window.addEventListener("beforeprint", redraw);
  window.addEventListener("afterprint", redraw);
  return {
    resize: redraw,
    dispose: () => {
      print.removeEventListener("change", redraw);
      window.removeEventListener("beforeprint", redraw);
      window.removeEventListener("afterprint", redraw);
      chart.dispose();
    },
  };
}

export type StackedBars = { names: string[]; series: Array<{ name: string; values: number[] }> };

/** 表5: enrolment by cluster, one stacked segment per cohort (级). */
export function ClusterChart({ bars }: { bars: StackedBars }) {
  const ref = useChart((echarts, el) => {
    el.style.height = `${Math.max(200, 72 + bars.names.length * 40)}px`; // CSSOM (the CSP allows it)
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { data: bars.series.map((s) => s.name), top: 0 },
      grid: { left: 8, right: 24, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: bars.names, inverse: true, axisLabel: { width: 120, overflow: "truncate" } },
      series: bars.series.map((s) => ({ name: s.name, type: "bar", stack: "enrolled", data: s.values })),
    });
    return followPrint(chart);
  }, [bars]);
  return <div ref={ref} className="report-chart" aria-hidden="true" data-chart="clusters" />;
}

export type Slices = Array<{ name: string; value: number }>;

/** Destinations: the three groups (升学 / 就业 / 待就业) inside, the kinds around them. */
export function DestinationChart({ groups, kinds }: { groups: Slices; kinds: Slices }) {
  const ref = useChart((echarts, el) => {
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: "item", formatter: "{b}：{c}人（{d}%）" },
      series: [
        { name: "去向类别", type: "pie", radius: [0, "34%"], label: { position: "inner", formatter: "{b}" }, data: groups },
        { name: "去向", type: "pie", radius: ["46%", "66%"], label: { formatter: "{b}\n{c}" }, data: kinds },
      ],
    });
    return followPrint(chart);
  }, [groups, kinds]);
  return <div ref={ref} className="report-chart report-chart-pie" aria-hidden="true" data-chart="destinations" />;
}

/** The consortium's retention (留呼): people kept in Hohhot each month, the cumulative line, the goal. */
export function RetentionChart({ months, people, cumulative, goal }: { months: string[]; people: number[]; cumulative: number[]; goal: number }) {
  const ref = useChart((echarts, el) => {
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { data: ["当月", "累计"], top: 0 },
      grid: { left: 8, right: 24, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: "category", data: months },
      yAxis: { type: "value", minInterval: 1, max: (v: { max: number }) => Math.max(v.max, goal) },
      series: [
        { name: "当月", type: "bar", data: people },
        {
          name: "累计",
          type: "line",
          data: cumulative,
          markLine: { symbol: "none", label: { formatter: `目标 ${goal}` }, lineStyle: { type: "dashed" }, data: [{ yAxis: goal }] },
        },
      ],
    });
    return followPrint(chart);
  }, [months, people, cumulative, goal]);
  return <div ref={ref} className="report-chart" aria-hidden="true" data-chart="retention" />;
}
