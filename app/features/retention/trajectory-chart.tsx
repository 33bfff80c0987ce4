import { useEffect, useRef } from "react";

// The trajectory against the straight line to the goal, drawn with ECharts in the browser only (the
// fair report's pattern, app/features/fair-report/report-charts.tsx): echarts is imported inside the
// effect, so the server bundle never loads it; the table on the page is the accessible source of every
// number, the chart an aria-hidden picture.

export type TrajectoryPicture = { months: string[]; counted: Array<number | null>; line: number[] };

export function TrajectoryChart({ picture }: { picture: TrajectoryPicture }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: { dispose(): void; resize(): void } | null = null;
    let gone = false;
    const resize = () => chart?.resize();
    void import("echarts").then((echarts) => {
      if (gone || !ref.current) return;
      const drawn = echarts.init(ref.current);
      drawn.setOption({
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
      chart = drawn;
      ref.current.dataset.drawn = "yes";
      window.addEventListener("resize", resize);
    });
    return () => {
      gone = true;
      window.removeEventListener("resize", resize);
      chart?.dispose();
    };
  }, [picture]);
  return <div ref={ref} className="retention-chart" aria-hidden="true" data-chart="trajectory" />;
}
