import { createHash } from "node:crypto";
import { District, EnterpriseSize, PositionKind } from "~/generated/prisma/enums";
import { DOMAIN_WORDS, SYNONYM_GROUPS } from "./synonyms";
import { addedWords, normalize } from "./text";

// What the position index is, in one place: both engines are built from this. The PostgreSQL
// engine's SQL (search/postgres/search-sql.ts) implements the same fields, facets and orders by
// hand; the contract suite (tests/search/contract.test.ts) holds the two to the same answers.

/** Pay bands for the payBand facet, on the same figure payAtLeast filters: payMax, or payMin when there is no max. */
export const PAY_BANDS = [
  { key: "lt3000", label: "3000元以下", min: null, max: 2999 },
  { key: "3000-4999", label: "3000–4999元", min: 3000, max: 4999 },
  { key: "5000-7999", label: "5000–7999元", min: 5000, max: 7999 },
  { key: "gte8000", label: "8000元及以上", min: 8000, max: null },
] as const;
export type PayBand = (typeof PAY_BANDS)[number]["key"];

export const payValueOf = (payMin: number | null, payMax: number | null) => payMax ?? payMin ?? null;

export function payBandOf(value: number | null): PayBand | null {
  if (value === null) return null;
  return PAY_BANDS.find((b) => (b.min === null || value >= b.min) && (b.max === null || value <= b.max))!.key;
}

/** Query filters and the facet each one narrows: a facet's counts ignore its own filter. */
export const FACETS = {
  kind: { filter: "kind", field: "kind" },
  clusterId: { filter: "clusterId", field: "clusterId" },
  district: { filter: "district", field: "district" },
  categoryId: { filter: "categoryId", field: "categoryIds" },
  enterpriseSize: { filter: "enterpriseSize", field: "enterpriseSize" },
  payBand: { filter: "payAtLeast", field: "payBand" },
} as const;
export type FacetName = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as FacetName[];

export const PAGE_SIZE = { default: 20, max: 50 } as const;

/** The city every position is in: a document carries its names (呼市 is a synonym, search/synonyms.ts). */
export const CITY = "呼和浩特市";

/**
 * Words a position's card shows for its kind and district (app/lib/position-labels.ts and
 * app/lib/labels.ts hold the same labels for the pages; search/ does not import app/, and
 * tests/search/classes-index.test.ts checks the two agree). Bigrams find 实习, 学徒 inside; 实习生 and 学徒工 are
 * what people also call them.
 */
export const KIND_WORDS: Record<PositionKind, string> = {
  JOB: "就业岗位",
  INTERNSHIP: "岗位实习 实习生",
  APPRENTICESHIP: "学徒岗位 学徒工",
};
export const DISTRICT_NAME: Record<District, string> = {
  XINCHENG: "新城区",
  SAIHAN: "赛罕区",
  YUQUAN: "玉泉区",
  HUIMIN: "回民区",
  TUMED_LEFT: "土默特左旗",
  TOGTOH: "托克托县",
  HORINGER: "和林格尔县",
  WUCHUAN: "武川县",
  QINGSHUIHE: "清水河县",
  ECONOMIC_ZONE: "经济技术开发区",
};

export const POSITION_INDEX = {
  uid: "positions",
  primaryKey: "id",
  /** In order of importance: a word in the title counts more than one in the description. */
  /**
   * facts: what the card shows besides (kind, district, city, address, certificates, cluster);
   * grams: CJK bigrams and unigrams, so a word inside a longer one is found, after every whole word;
   * pinyin last of all: a match in characters ranks above one in pinyin.
   */
  searchableAttributes: ["title", "programNames", "enterpriseName", "description", "facts", "grams", "titlePinyin", "namePinyin"],
  /** enterpriseId: a school's blocked enterprises are left out of its students' searches (issue 11). */
  filterableAttributes: ["kind", "clusterId", "district", "categoryIds", "enterpriseSize", "payBand", "payValue", "deadlineDay", "enterpriseId"],
  sortableAttributes: ["publishedTs", "payValue", "id"],
  /**
   * "sort" first: a chosen order (newest, pay) is a real order, not a tie-breaker after relevance.
   * Without a sort, relevance decides and the newest position wins a tie.
   */
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "publishedTs:desc", "id:desc"],
  sorts: {
    relevance: [],
    newest: ["publishedTs:desc", "id:desc"],
    pay: ["payValue:desc", "publishedTs:desc", "id:desc"],
  },
} as const;

/** Every word of a group finds every other: Meilisearch wants each direction spelled out. */
export function synonymMap(): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) {
    const words = group.map(normalize);
    for (const word of words) map[word] = words.filter((w) => w !== word);
  }
  return map;
}

export const dictionaryWords = addedWords;

/**
 * Changes whenever what is stored for a document would change: the PostgreSQL engine rebuilds
 * its rows written under another version when it starts. Bump STORAGE_RULES when search/text.ts
 * or search/postgres/store.ts change what they write; the enums are here for facet-key.ts.
 */
// 3: the enterprise's standing in searchable, and its id stored for a school's exclusions (issue 11);
// 4: term lists out of line (migration 20261205090000), rewritten by the reindex
const STORAGE_RULES = 4; // 2: symbol words, traditional → simplified, CJK grams, pinyin, the card's facts (issue 10)
export const DEFINITION_VERSION = createHash("sha256")
  .update(JSON.stringify({ STORAGE_RULES, SYNONYM_GROUPS, DOMAIN_WORDS, PAY_BANDS, PositionKind, District, EnterpriseSize, CITY, KIND_WORDS, DISTRICT_NAME }))
  .digest("hex")
  .slice(0, 16);
