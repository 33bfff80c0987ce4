import { District, EnterpriseSize, PositionKind } from "~/generated/prisma/enums";
import { FACET_NAMES, PAGE_SIZE, type FacetName } from "./definition";
import type { FacetCounts, PositionQuery } from "./engine";
import { queryGroups, simplify } from "./text";

// A PositionQuery as both engines read it: values checked (routes already validate, but an engine
// must not send an unknown enum value into SQL or a filter expression), words segmented, page
// bounds applied. Filters are keyed by the facet they narrow.

export type Filter = { facet: Exclude<FacetName, "payBand">; values: (string | number)[] } | { facet: "payBand"; atLeast: number };

export type NormalQuery = {
  q: string;
  /** Every group must match; a group's terms are alternatives (search/text.ts). */
  groups: string[][];
  filters: Filter[];
  sort: "relevance" | "newest" | "pay";
  page: number;
  pageSize: number;
};

const valid = <T extends string>(allowed: Record<string, T>, values: readonly string[] | undefined) =>
  [...new Set(values ?? [])].filter((v): v is T => Object.hasOwn(allowed, v));
const ids = (values: readonly number[] | undefined) => [...new Set(values ?? [])].filter((v) => Number.isSafeInteger(v) && v > 0);
const whole = (value: number | undefined, fallback: number) => (Number.isFinite(value) ? Math.floor(value!) : fallback);

export function normalizeQuery(query: PositionQuery): NormalQuery {
  const lists: [Exclude<FacetName, "payBand">, (string | number)[]][] = [
    ["kind", valid(PositionKind, query.kind)],
    ["clusterId", ids(query.clusterId)],
    ["district", valid(District, query.district)],
    ["categoryId", ids(query.categoryId)],
    ["enterpriseSize", valid(EnterpriseSize, query.enterpriseSize)],
  ];
  const filters: Filter[] = lists.filter(([, values]) => values.length > 0).map(([facet, values]) => ({ facet, values }));
  if (query.payAtLeast !== undefined && Number.isFinite(query.payAtLeast) && query.payAtLeast > 0) {
    filters.push({ facet: "payBand", atLeast: Math.floor(query.payAtLeast) });
  }
  const groups = queryGroups(query.q);
  const sort = query.sort === "newest" || query.sort === "pay" ? query.sort : "relevance";
  return {
    q: simplify((query.q ?? "").trim()), // traditional → simplified here, so Meilisearch gets it too
    groups,
    filters,
    sort,
    page: Math.max(1, whole(query.page, 1)),
    pageSize: Math.min(PAGE_SIZE.max, Math.max(1, whole(query.pageSize, PAGE_SIZE.default))),
  };
}

export const emptyFacets = (): FacetCounts =>
  Object.fromEntries(FACET_NAMES.map((name) => [name, {}])) as unknown as FacetCounts;

