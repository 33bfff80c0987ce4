import { useChart } from "~/components/use-chart";

// The trajectory against the straight line to the goal, drawn with ECharts in the browser only
// (app/components/use-chart.ts); the table on the page is the accessible source of every number, the
// chart an aria-hidden picture.

export type TrajectoryPicture = { months: string[]; counted: Array<number | null>; line: number[] };

export function TrajectoryChart({ picture }: { picture: TrajectoryPicture }) {
  const ref = useChart(
    (echarts, el) => {
      const chart = echarts.init(el);
      chart.setOption({
        tooltip: { trigger: "axis" },
        legend: { data: ["累计留呼人数", "目标进度线"] },
        grid: { left: 8, right: 16, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: picture.months },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          { name: "累计留呼人数", type: "line", data: picture.counted, areaStyle: {} },
          { name: "目标进度线", type: "line", data: picture.line, lineStyle: { type: "dashed" }, showSymbol: false },
        ],
      });
      return chart;
    },
    [picture],
  );
  return <div ref={ref} className="retention-chart" aria-hidden="true" data-chart="trajectory" />;
}
