import { z } from "zod";
import { District, EnterpriseSize, PositionKind } from "~/generated/prisma/enums";
import { PAY_BANDS } from "../../../search/definition";
import { prisma } from "~/db/db.server";
import { enterprisesBlockedForStudent } from "~/lib/hosting.server";
import { positionSearch } from "~/lib/position-search.server";
import type { FacetCounts, PositionQuery } from "../../../search/engine";
import { positionOptions } from "./options.server";
import { idString } from "~/lib/ids";

// The query string comes from links people share and edit by hand: a value that does not parse
// is dropped (as the directory pages do), so a bad link shows more results, never an error page.

export const POSITIONS_PER_PAGE = 20;
export const QUERY_MAX_LENGTH = 100;
const SORTS = ["relevance", "newest", "pay"] as const;
const MAX_VALUES = 20; // more checked boxes than any facet has is a crafted URL

const id = idString;
const yuan = z.coerce.number().int().min(0).max(1_000_000);
const page = z.coerce.number().int().min(1).max(10_000);

function many<T extends z.ZodType>(params: URLSearchParams, name: string, item: T): Array<z.infer<T>> {
  const kept: Array<z.infer<T>> = [];
  for (const raw of params.getAll(name).slice(0, MAX_VALUES)) {
    const parsed = item.safeParse(raw);
    if (parsed.success && !kept.includes(parsed.data)) kept.push(parsed.data);
  }
  return kept;
}

function one<T extends z.ZodType>(params: URLSearchParams, name: string, item: T): z.infer<T> | undefined {
  const raw = params.get(name);
  if (raw === null || raw === "") return undefined;
  const parsed = item.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** `sortChosen`: the link names an order; otherwise the order is the default for the words (see readSearchQuery). */
export type SearchQuery = Required<Pick<PositionQuery, "sort" | "page">> & PositionQuery & { sortChosen?: boolean };

export function readSearchQuery(request: Request): SearchQuery {
  const params = new URL(request.url).searchParams;
  const q = params.get("q")?.trim().slice(0, QUERY_MAX_LENGTH) || undefined;
  const chosen = one(params, "sort", z.enum(SORTS));
  return {
    q,
    kind: many(params, "kind", z.enum(PositionKind)),
    clusterId: many(params, "clusterId", id),
    district: many(params, "district", z.enum(District)),
    categoryId: many(params, "categoryId", id),
    enterpriseSize: many(params, "enterpriseSize", z.enum(EnterpriseSize)),
    payAtLeast: one(params, "payAtLeast", yuan),
    // Relevance means nothing without words; newest is the useful default then. The form sends an
    // empty sort unless the user picks one, so typing words into a page listed by newest gets relevance.
    sort: chosen ?? (q ? "relevance" : "newest"),
    sortChosen: chosen !== undefined,
    page: one(params, "page", page) ?? 1,
    pageSize: POSITIONS_PER_PAGE,
  };
}

export type PayOption = { value: number; label: string; count: number | null };

/**
 * "月薪可达" choices from the engine's pay bands. The filter, the bands and the pay order all read
 * one figure per position, the top of its range (payMax, or payMin when there is no max:
 * search/definition.ts payValueOf), so the label says "可达" (can reach): a 2100–3500 元 position is
 * one of "月薪可达 3000 元及以上" (issue 10, class 7: the label said 不低于, a promise about the bottom
 * of the range that the rule never kept). The bands partition pay, so the positions at or above a
 * band's floor are that band's count plus those of every band above it.
 */
function payOptions(payBand: FacetCounts["payBand"], chosen: number | undefined): PayOption[] {
  const options: PayOption[] = PAY_BANDS.flatMap((band) =>
    band.min === null
      ? []
      : [{
          value: band.min,
          label: `${band.min} 元及以上`,
          count: PAY_BANDS.filter((b) => (b.min ?? 0) >= band.min).reduce((sum, b) => sum + (payBand[b.key] ?? 0), 0),
        }],
  );
  // A hand-edited link may ask for another floor; show it rather than silently dropping it.
  if (chosen !== undefined && !options.some((o) => o.value === chosen)) {
    options.push({ value: chosen, label: `${chosen} 元及以上`, count: null });
    options.sort((a, b) => a.value - b.value);
  }
  return options;
}

/**
 * Published positions matching `query`, with the names and choices the filters need. For a student
 * (`viewer`), the enterprises their school blocked are left out in the engine itself, so totals,
 * facets and pages are theirs (shared/open-for-applications.ts).
 */
export async function searchPositions(query: SearchQuery, viewer: { id: number; role: string } | null) {
  const excludeEnterpriseIds = viewer?.role === "STUDENT" ? await enterprisesBlockedForStudent(prisma(), viewer.id) : [];
  const [result, options] = await Promise.all([positionSearch().search({ ...query, excludeEnterpriseIds }), positionOptions()]);
  return {
    result,
    clusters: options.clusters,
    categories: options.categories.map((c) => ({ id: c.id, name: c.name })),
    payOptions: payOptions(result.facets.payBand, query.payAtLeast),
  };
}

export async function suggestTitles(prefix: string): Promise<string[]> {
  const text = prefix.trim().slice(0, QUERY_MAX_LENGTH);
  return text ? positionSearch().suggest(text, 8) : [];
}
