import type { Figure, StudentFilter } from "./figures";

/** Where a report number leads: /fairs/:fairId/report/records?figure=<name>&school=…&program=…&cluster=… */
export function recordsHref(fairId: number, figure: Figure, filter: StudentFilter = {}): string {
  const query = new URLSearchParams({ figure });
  for (const key of ["school", "program", "cluster"] as const) {
    const value = filter[key];
    if (value !== undefined) query.set(key, String(value));
  }
  return `/fairs/${fairId}/report/records?${query}`;
}
