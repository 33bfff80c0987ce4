import type { RetentionSource } from "~/lib/retention";

// The drill-down's address for a figure of the tracker: the people counted in a month, under a source,
// of a school, or any mix of them (people-route.tsx reads the same parameters).
export function peopleHref(filter: { month?: string; source?: RetentionSource; school?: number | null }): string {
  const params = new URLSearchParams();
  if (filter.month) params.set("month", filter.month);
  if (filter.source) params.set("source", filter.source);
  if (filter.school) params.set("school", String(filter.school));
  const query = params.toString();
  return query ? `/retention/people?${query}` : "/retention/people";
}

/** "2024-07" as 2024年7月. */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
