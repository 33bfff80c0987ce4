import type { FacetDistribution, MultiSearchQuery, SearchResponse, Settings } from "meilisearch";
import { dictionaryWords, FACETS, FACET_NAMES, POSITION_INDEX, synonymMap, type FacetName } from "../definition";
import type { SearchDocument } from "../documents";
import type { PositionHit, PositionSearchResult } from "../engine";
import { emptyFacets, searchText, type Filter, type NormalQuery } from "../query";
import { cjkGrams, normalize, pinyinWords, queryWords } from "../text";

// Everything the Meilisearch adapter sends, as plain data built from the index definition, so the
// unit tests can check the exact settings and requests without a server.

export type MeiliDocument = PositionHit & {
  description: string;
  clusterId: number | null;
  enterpriseSize: string | null;
  categoryIds: number[];
  payValue: number | null;
  payBand: string | null;
  publishedTs: number | null; // for sorting: dates are strings to Meilisearch
  deadlineDay: number; // YYYYMMDD; no deadline is the far future, so one comparison filters
  facts: string;
  /** CJK bigrams of every field, unigrams of the names, simplified: Meilisearch matches words, these make a word inside a longer one findable. */
  grams: string;
  titlePinyin: string;
  namePinyin: string;
};

const NO_DEADLINE = 99991231;
const dayNumber = (isoDay: string) => Number(isoDay.replaceAll("-", ""));
const HIT_FIELDS = ["id", "title", "kind", "enterpriseId", "enterpriseName", "city", "district", "clusterName", "payMin", "payMax", "publishedAt", "programNames"];
const LOCALES = ["cmn"]; // Chinese text only: never let language detection take 中文 for Japanese

export function indexSettings(): Settings {
  return {
    searchableAttributes: [...POSITION_INDEX.searchableAttributes],
    filterableAttributes: [...POSITION_INDEX.filterableAttributes],
    sortableAttributes: [...POSITION_INDEX.sortableAttributes],
    rankingRules: [...POSITION_INDEX.rankingRules],
    synonyms: synonymMap(),
    dictionary: dictionaryWords(),
    // Typo tolerance is for alphabetic words; off, both engines match the same documents.
    typoTolerance: { enabled: false },
    pagination: { maxTotalHits: 1_000_000 }, // exact totals, not the default cap of 1000
    faceting: { maxValuesPerFacet: 500 },
    localizedAttributes: [{ attributePatterns: ["*"], locales: LOCALES }],
    // C++, C#, 1+X stay one word, as in search/text.ts; dotted words (.net) are in the dictionary.
    nonSeparatorTokens: ["+", "#"],
  };
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    enterpriseId: doc.enterpriseId,
    enterpriseName: doc.enterpriseName,
    city: doc.city,
    district: doc.district,
    clusterName: doc.clusterName,
    payMin: doc.payMin,
    payMax: doc.payMax,
    publishedAt: doc.publishedAt,
    programNames: doc.programNames,
    description: doc.description,
    clusterId: doc.clusterId,
    enterpriseSize: doc.enterpriseSize,
    categoryIds: doc.categoryIds,
    payValue: doc.payValue,
    payBand: doc.payBand,
    publishedTs: doc.publishedAt ? Date.parse(doc.publishedAt) : null,
    deadlineDay: doc.deadline ? dayNumber(doc.deadline) : NO_DEADLINE,
    facts: doc.facts,
    grams: [
      ...new Set([
        ...cjkGrams(normalize([doc.title, ...doc.programNames, doc.enterpriseName].join("\n")), { unigrams: true }),
        ...cjkGrams(normalize(`${doc.description}\n${doc.facts}`), { unigrams: false }),
      ]),
    ].join(" "),
    titlePinyin: pinyinWords(doc.title).join(" "),
    namePinyin: pinyinWords([...doc.programNames, doc.enterpriseName].join("\n")).join(" "),
  };
}

const literal = (value: string | number) => (typeof value === "number" ? String(value) : JSON.stringify(value));

function filterExpression(filter: Filter): string {
  const field = FACETS[filter.facet].field;
  if (filter.facet === "payBand") return `payValue >= ${filter.atLeast}`;
  return `${field} IN [${filter.values.map(literal).join(", ")}]`;
}

// Open for applications (shared/open-for-applications.ts): only searchable documents are indexed
// (published, enterprise verified), the deadline is today or later, and the enterprise is not one the
// student's school blocked.
const filterList = (today: string, filters: Filter[], excludeEnterprises: number[] = []) => [
  `deadlineDay >= ${dayNumber(today)}`,
  ...(excludeEnterprises.length ? [`enterpriseId NOT IN [${excludeEnterprises.join(", ")}]`] : []),
  ...filters.map(filterExpression),
];

/**
 * The search as a multi-search: the first query brings the page, the total and the facets nobody
 * filters on; one more query per filtered facet counts it without its own filter, because
 * Meilisearch's facet counts include every filter and users expect a facet's other options to stay.
 */
export function searchRequests(indexUid: string, query: NormalQuery, today: string): MultiSearchQuery[] {
  const filtered = new Set(query.filters.map((f) => f.facet));
  // q is the words as parsed (search/query.ts): filler left out, "-word" exclusions, which Meilisearch
  // applies itself (negative search, since v1.8). Every word must match ("all"); when none do, the
  // adapter relaxes the query itself, as the built-in engine does, so both find the same positions.
  const common = { indexUid, q: searchText(query), matchingStrategy: "all" as const, locales: LOCALES };
  const main: MultiSearchQuery = {
    ...common,
    filter: filterList(today, query.filters, query.excludeEnterprises),
    facets: FACET_NAMES.filter((name) => !filtered.has(name)).map((name) => FACETS[name].field),
    page: query.page,
    hitsPerPage: query.pageSize,
    attributesToRetrieve: HIT_FIELDS,
  };
  const sort = POSITION_INDEX.sorts[query.words.length > 0 ? query.sort : query.sort === "relevance" ? "newest" : query.sort];
  if (sort.length) main.sort = [...sort];
  const perFacet = query.filters.map(
    (own): MultiSearchQuery => ({
      ...common,
      filter: filterList(today, query.filters.filter((f) => f !== own), query.excludeEnterprises),
      facets: [FACETS[own.facet].field],
      limit: 0,
    }),
  );
  return [main, ...perFacet];
}

const FACET_OF_FIELD = Object.fromEntries(FACET_NAMES.map((name) => [FACETS[name].field, name])) as Record<string, FacetName>;

export function mergeResponses(query: NormalQuery, responses: Pick<SearchResponse, "hits" | "facetDistribution" | "totalHits">[]): PositionSearchResult {
  const facets = emptyFacets();
  for (const response of responses) {
    for (const [field, counts] of Object.entries(response.facetDistribution ?? ({} as FacetDistribution))) {
      const name = FACET_OF_FIELD[field];
      if (name) facets[name] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
    }
  }
  const main = responses[0]!;
  const hits = main.hits.map((h) => Object.fromEntries(HIT_FIELDS.map((f) => [f, h[f] ?? null])) as unknown as PositionHit);
  return { total: main.totalHits ?? 0, page: query.page, pageSize: query.pageSize, hits, facets };
}

/** Titles for search-as-you-type: matched in the title or its pinyin; the adapter dedupes and orders them. */
export function suggestRequest(indexUid: string, query: NormalQuery, today: string): MultiSearchQuery {
  return {
    indexUid,
    q: query.q,
    filter: filterList(today, [], query.excludeEnterprises),
    attributesToSearchOn: ["title", "titlePinyin"],
    attributesToRetrieve: ["title"],
    matchingStrategy: "all",
    locales: LOCALES,
    limit: 200,
  };
}

/**
 * Same order as the PostgreSQL engine: titles holding the typed words in characters before those
 * found through pinyin, then those starting with the typed text, the most common, the shortest.
 */
export function rankSuggestions(titles: string[], typed: string, limit: number): string[] {
  const counts = new Map<string, number>();
  for (const t of titles) counts.set(t, (counts.get(t) ?? 0) + 1);
  const lower = normalize(typed);
  const words = queryWords(typed);
  const key = (t: string) => {
    const title = normalize(t);
    return [words.every((w) => title.includes(w)) ? 0 : 1, title.startsWith(lower) ? 0 : 1, -counts.get(t)!, t.length] as const;
  };
  return [...counts.keys()]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3] || (a < b ? -1 : a > b ? 1 : 0);
    })
    .slice(0, limit);
}
