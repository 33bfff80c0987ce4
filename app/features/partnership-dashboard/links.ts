import type { FigureName, Filter } from "./figures";

/** Where a dashboard number leads: /bureau/partnerships/records?figure=<name>&kind=…&state=…&cluster=…&district=…&school=… */
export function recordsHref(figure: FigureName, filter: Filter = {}): string {
  const query = new URLSearchParams({ figure });
  for (const key of ["kind", "state", "cluster", "district", "school"] as const) {
    const value = filter[key];
    if (value !== undefined) query.set(key, String(value));
  }
  return `/bureau/partnerships/records?${query}`;
}
