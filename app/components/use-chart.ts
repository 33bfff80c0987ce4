import { useEffect, useRef, type DependencyList } from "react";

type ECharts = typeof import("echarts");
type Drawn = { dispose(): void; resize(): void };

/**
 * An ECharts chart drawn in the browser only: echarts is imported after hydration (it needs a DOM and
 * is large), `draw` runs once it is there and again when `deps` change, the chart follows the window's
 * size and is disposed with the component. The element gets data-drawn="yes" once drawn (tests wait on it).
 */
export function useChart(draw: (echarts: ECharts, el: HTMLDivElement) => Drawn, deps: DependencyList) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: Drawn | null = null;
    let gone = false;
    const resize = () => chart?.resize();
    void import("echarts").then((echarts) => {
      if (gone || !ref.current) return;
      chart = draw(echarts, ref.current);
      ref.current.dataset.drawn = "yes";
      window.addEventListener("resize", resize);
    });
    return () => {
      gone = true;
      window.removeEventListener("resize", resize);
      chart?.dispose();
    };
  }, deps);
  return ref;
}
