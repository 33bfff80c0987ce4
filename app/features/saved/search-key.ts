import type { SearchQuery } from "~/features/positions/index.server";
import { DISTRICT_LABEL, SIZE_LABEL, label } from "~/lib/labels";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";

// A saved search is kept as the /positions query string of its words and filters, normalised:
// the page and the order are not part of what is searched, each list is sorted and each parameter
// appears in one fixed order, so the same search saved twice is the same string (one row, by the
// unique index) and the alert runs exactly the query the page would.

const LIST_KEYS = ["kind", "clusterId", "district", "categoryId", "enterpriseSize"] as const;

/** The normalised query string (without "?"); "" when nothing is searched or filtered. */
export function searchKey(query: SearchQuery): string {
  const params = new URLSearchParams();
  // eslint-disable-next-line no-control-regex
  const q = query.q?.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (q) params.set("q", q);
  for (const key of LIST_KEYS) {
    const values = [...(query[key] ?? [])].map(String).sort();
    for (const value of values) params.append(key, value);
  }
  if (query.payAtLeast !== undefined) params.set("payAtLeast", String(query.payAtLeast));
  return params.toString();
}

/** The search in words, for the saved list and the notice: 「厨师」 · 就业岗位 · 新城区 · 月薪 3000 元及以上 · 另 1 项筛选. */
export function describeSearch(query: SearchQuery): string {
  const parts: string[] = [];
  if (query.q) parts.push(`「${query.q}」`);
  for (const kind of query.kind ?? []) parts.push(label(POSITION_KIND_LABEL, kind));
  for (const district of query.district ?? []) parts.push(label(DISTRICT_LABEL, district));
  for (const size of query.enterpriseSize ?? []) parts.push(`${label(SIZE_LABEL, size)}企业`);
  if (query.payAtLeast !== undefined) parts.push(`月薪 ${query.payAtLeast} 元及以上`);
  const more = (query.clusterId?.length ?? 0) + (query.categoryId?.length ?? 0);
  if (more > 0) parts.push(`另 ${more} 项产业集群或专业大类筛选`);
  return parts.join(" · ") || "全部在招岗位";
}
