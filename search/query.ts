import { District, EnterpriseSize, PositionKind } from "~/generated/prisma/enums";
import { FACET_NAMES, PAGE_SIZE, type FacetName } from "./definition";
import type { FacetCounts, PositionQuery } from "./engine";
import { queryGroups, queryWords, simplify } from "./text";

// A PositionQuery as both engines read it: values checked (routes already validate, but an engine
// must not send an unknown enum value into SQL or a filter expression), words segmented, page
// bounds applied. Filters are keyed by the facet they narrow.
//
// The words are read the way people type them on a phone (issue 10, classes 4 and 5):
//  - filler that asks for a job rather than names one (找, 求职, 我想找一份…的工作, 厨师职位) is left out;
//  - a token written "-word" excludes the positions that have the word, as in Meilisearch;
//  - when every word together finds nothing, the engines drop words from the end and say so (relaxed()).

export type Filter = { facet: Exclude<FacetName, "payBand">; values: (string | number)[] } | { facet: "payBand"; atLeast: number };

/** One word of the query and the groups it stands for (one group per segmented word, see search/text.ts). */
export type QueryWord = { word: string; groups: string[][] };

export type NormalQuery = {
  q: string;
  /** The words searched for, in order, filler left out. */
  words: QueryWord[];
  /** Every group must match; a group's terms are alternatives (search/text.ts). The groups of `words`, flattened. */
  groups: string[][];
  /** "-word" tokens: a position is left out when it has every group of one of them. */
  exclude: { word: string; groups: string[][] }[];
  /** Words left out by relaxation (relaxed()): not required, but a position having them ranks first. */
  optional: QueryWord[];
  /** Whether the last word is still being typed (no space after it): it then also matches as a prefix. */
  typing: boolean;
  filters: Filter[];
  /** Enterprises never found (PositionQuery.excludeEnterpriseIds), ascending. */
  excludeEnterprises: number[];
  sort: "relevance" | "newest" | "pay";
  page: number;
  pageSize: number;
};

/**
 * Words that say "I am looking for a job" and name none, so requiring them finds nothing (no
 * posting says 找 or 我想) or everything (工作 is in most descriptions). Each is a whole word as
 * jieba cuts a query (search/text.ts queryWords): 我想找一份厨师的工作 → 想|找|一份|厨师|工作.
 * Left out only when the query has other words: 岗位 alone is still searched for.
 */
export const QUERY_FILLER: ReadonlyMap<string, string> = new Map([
  // asking
  ["找", "找厨师: the verb of looking, in no posting"],
  ["找个", "找个厨师工作"],
  ["想", "我想找…: wanting"],
  ["想找", "想找厨师"],
  ["我想", "我想找…"],
  ["我要", "我要找工作"],
  ["求", "求厨师工作"],
  ["求个", "求个厨师的活"],
  ["求职", "求职厨师: what the seeker does, not the job"],
  ["应聘", "应聘厨师"],
  ["有没有", "有没有厨师: a question, not a word of the posting"],
  ["有没", "有没厨师"],
  ["请问", "请问有厨师吗: politeness"],
  ["吗", "sentence particle"],
  ["呢", "sentence particle"],
  ["啊", "sentence particle"],
  // counting
  ["一份", "一份工作: a measure word"],
  ["一个", "一个岗位"],
  // naming the thing sought in general: every position is a job, a 职位, a 岗位
  ["工作", "厨师的工作: in most descriptions, so requiring it adds nothing, and a title never says it"],
  ["职位", "厨师职位"],
  ["岗位", "厨师岗位 (the kind 就业岗位 keeps 就业)"],
  ["招聘", "厨师招聘: every posting is one"],
  ["活", "厨师的活: colloquial for work"],
  ["活儿", "colloquial for work"],
]);

const valid = <T extends string>(allowed: Record<string, T>, values: readonly string[] | undefined) =>
  [...new Set(values ?? [])].filter((v): v is T => Object.hasOwn(allowed, v));
const ids = (values: readonly number[] | undefined) => [...new Set(values ?? [])].filter((v) => Number.isSafeInteger(v) && v > 0);
const whole = (value: number | undefined, fallback: number) => (Number.isFinite(value) ? Math.floor(value!) : fallback);

/** A word's groups; `prefix` when it is the word still being typed. */
const groupsOf = (word: string, prefix: boolean) => queryGroups(prefix ? word : `${word} `);

/**
 * The groups of an excluded word: matched as a required word would be (a long word by all its
 * bigrams, &word; a Latin word also in pinyin, ~word), but finished (no prefix) and without its
 * synonym group.
 */
const exclusionGroups = (word: string) =>
  queryGroups(`${word} `)
    .map((group) => group.filter((term) => !term.startsWith("=") && !term.endsWith("*")))
    .filter((group) => group.length > 0);

/**
 * The query text as words to require and words to exclude. A token (between spaces) that starts
 * with "-" and has more after it excludes; a "-" inside a token (C-2, 3-5年) is part of the text.
 */
export function parseWords(q: string | undefined): Pick<NormalQuery, "words" | "exclude" | "typing"> {
  const text = q ?? "";
  const tokens = text.split(/\s+/).filter(Boolean);
  const positive: string[] = [];
  const excluded: string[] = [];
  for (const token of tokens) {
    if (/^-+./u.test(token) && token.replace(/^-+/u, "").match(/[\p{L}\p{N}]/u)) excluded.push(token.replace(/^-+/u, ""));
    else positive.push(token);
  }
  const lastIsPositive = tokens.length > 0 && !/^-+./u.test(tokens.at(-1)!);
  const typing = lastIsPositive && !/\s$/u.test(text);
  // Filler goes before single characters are joined (search/text.ts queryWords), so 找厨师 reads as 厨师.
  const kept = queryWords(positive.join(" "), QUERY_FILLER);
  const words = kept.map((word, i) => ({ word, groups: groupsOf(word, typing && i === kept.length - 1) })).filter((w) => w.groups.length > 0);
  // The excluded word itself, not its synonym group: 导游 -讲解员 wants the guides who are not 讲解员,
  // and 讲解员 shares a group with 导游.
  const exclude = excluded.map((word) => ({ word: simplify(word), groups: exclusionGroups(word) })).filter((e) => e.groups.length > 0);
  return { words, exclude, typing };
}

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
  const { words, exclude, typing } = parseWords(query.q);
  const sort = query.sort === "newest" || query.sort === "pay" ? query.sort : "relevance";
  return {
    q: simplify((query.q ?? "").trim()), // traditional → simplified here, so Meilisearch's suggestions get it too
    words,
    groups: words.flatMap((w) => w.groups),
    exclude,
    optional: [],
    typing,
    filters,
    excludeEnterprises: ids(query.excludeEnterpriseIds).sort((a, b) => a - b),
    sort,
    page: Math.max(1, whole(query.page, 1)),
    pageSize: Math.min(PAGE_SIZE.max, Math.max(1, whole(query.pageSize, PAGE_SIZE.default))),
  };
}

/**
 * The query with its last required word left out, as Meilisearch's matchingStrategy "last" does
 * (https://www.meilisearch.com/docs/capabilities/full_text_search/how_to/use_matching_strategy),
 * or null when one word is left. The words left out become optional: a position having them ranks
 * first. The remaining words are finished words, so the new last one is no prefix. The engines
 * call this only when all the words together find nothing, so a query that finds something is
 * never widened (Meilisearch's "last" also fills a short page with partial matches; here a page of
 * exact matches stays exact, which is what a student filtering positions expects).
 */
export function relaxed(query: NormalQuery): NormalQuery | null {
  if (query.words.length < 2) return null;
  const kept = query.words.slice(0, -1).map(({ word }) => ({ word, groups: groupsOf(word, false) }));
  const dropped = query.words.at(-1)!;
  return {
    ...query,
    words: kept,
    groups: kept.flatMap((w) => w.groups),
    optional: [dropped, ...query.optional],
    typing: false,
  };
}

/**
 * The text Meilisearch searches for: the kept words, then the exclusions. Exclusions go first so
 * the last token is the last required word, which Meilisearch matches as a prefix unless a space follows.
 */
export function searchText(query: NormalQuery): string {
  const parts = [...query.exclude.map((e) => `-${e.word}`), ...query.words.map((w) => w.word)];
  return parts.join(" ") + (query.words.length > 0 && !query.typing ? " " : "");
}

/** How a search was relaxed, for the page: the words asked for together, and the words the results have. */
export type Relaxation = { asked: string[]; shown: string[] };

export const emptyFacets = (): FacetCounts =>
  Object.fromEntries(FACET_NAMES.map((name) => [name, {}])) as unknown as FacetCounts;
