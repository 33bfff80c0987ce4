import type { FacetName } from "../definition";
import type { FacetCounts, PositionHit } from "../engine";
import { emptyFacets, type Filter, type NormalQuery } from "../query";
import { conjunctionTerms, groupPatterns, groupWordPatterns, isPinyinTerm, isTitlePinyinTerm, normalize } from "../text";
import { unpackFacets } from "./facet-key";

// One statement answers a whole search — the page of hits, the total and every facet's counts — in
// one round trip. The GIN index finds the rows matching the words once (CTE m). Filters are not in
// its WHERE but computed per row as a bit mask (miss), so a facet can count the rows that fail only
// its own filter. Facets are counted in one pass: one GROUP BY over the facet columns (four of them
// packed in facetKey) and miss gives a few hundred groups, which readSearchRow adds up per facet
// (a category list counts for each of its categories). Only the page is ordered (a bounded top-N
// sort), and only the page is joined to the position, enterprise and programs for display, so hits
// show the data as it is now. (Measured at 100,000 positions: array operators per row, six
// GROUPING SETS or unnest() each cost more than all the rest; see scripts/bench-search.ts.)

const DOC = `"PositionSearchDocument"`;
const BIT: Record<FacetName, number> = { kind: 1, clusterId: 2, district: 4, categoryId: 8, enterpriseSize: 16, payBand: 32 };

export type Statement = { text: string; values: unknown[] };

export class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

/**
 * The rows a search may return: open for applications (shared/open-for-applications.ts): searchable
 * (published, enterprise verified), deadline not passed, enterprise not blocked by the student's school.
 */
const visible = (params: Params, today: string, excludeEnterprises: number[]) =>
  `d."searchable" AND (d."deadline" IS NULL OR d."deadline" >= ${params.add(today, "date")})` +
  (excludeEnterprises.length ? ` AND d."enterpriseId" <> ALL(${params.add(excludeEnterprises, "int[]")})` : "");

// Enum lists travel as text[]: PGlite cannot serialise an array of an enum created after it started.
function filterSql(filter: Filter, params: Params): string {
  switch (filter.facet) {
    case "kind":
      return `d."kind" = ANY(${params.add(filter.values, "text[]")}::"PositionKind"[])`;
    case "clusterId":
      return `d."clusterId" = ANY(${params.add(filter.values, "int[]")})`;
    case "district":
      return `d."district" = ANY(${params.add(filter.values, "text[]")}::"District"[])`;
    case "categoryId":
      return `d."categoryIds" && ${params.add(filter.values, "int[]")}`;
    case "enterpriseSize":
      return `d."enterpriseSize" = ANY(${params.add(filter.values, "text[]")}::"EnterpriseSize"[])`;
    case "payBand":
      return `d."payValue" >= ${params.add(filter.atLeast, "int")}`;
  }
}

const ORDER: Record<NormalQuery["sort"], (t: string) => string> = {
  relevance: (t) => `${t}score DESC, ${t}"publishedAt" DESC NULLS LAST, ${t}id DESC`,
  newest: (t) => `${t}"publishedAt" DESC NULLS LAST, ${t}id DESC`,
  pay: (t) => `${t}"payValue" DESC NULLS LAST, ${t}"publishedAt" DESC NULLS LAST, ${t}id DESC`,
};

/**
 * Where rows come from and how a word group matches one: the index table here; the benchmark's
 * ILIKE baseline (scripts/bench/ilike.ts) supplies base tables and ILIKE, and shares the rest.
 * `from` must yield alias d with the index table's columns.
 */
export type RowSource = {
  from: string;
  /** SQL for one group of alternative terms (search/text.ts queryGroups): does a row have it at all? */
  match(group: string[], params: Params): string;
  /**
   * …and, for ranking, is it in the title, or in the programs or enterprise? inText, when given:
   * did it match in characters at all (a group of a Latin word may have matched in pinyin only)?
   * inTitlePinyin, when given: did a pinyin-only match come from the title (kuaiji → 会计) rather
   * than a program or the enterprise (~~kuaiji from 会计事务)? The title's ranks first, as with characters.
   */
  rank(group: string[], params: Params): { inTitleWord?: string; inTitle: string; inHead: string; inText?: string; inTitlePinyin?: string };
};

/**
 * A group as GIN-indexable SQL: any of its single terms (&&), or all the bigrams of a long word
 * (@>, search/text.ts conjunctionTerms). False for an empty group.
 */
export function termsMatch(group: string[], params: Params, column = `d."terms"`): string {
  const singles = group.filter((t) => !t.startsWith("&"));
  const parts = [
    ...(singles.length ? [`${column} && ${params.add(singles, "text[]")}`] : []),
    ...group.filter((t) => t.startsWith("&")).map((t) => `${column} @> ${params.add(conjunctionTerms(t), "text[]")}`),
  ];
  return parts.length === 0 ? "false" : parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`;
}

export const INDEX_SOURCE: RowSource = {
  from: `${DOC} d`,
  match: (group, params) => termsMatch(group, params),
  rank(group, params) {
    const patterns = params.add(groupPatterns(group), "text[]");
    const characters = group.filter((t) => !isPinyinTerm(t));
    return {
      inTitleWord: `d."titleText" LIKE ANY(${params.add(groupWordPatterns(group), "text[]")})`,
      inTitle: `d."titleText" LIKE ANY(${patterns})`,
      inHead: `d."headText" LIKE ANY(${patterns})`,
      // Only a group that may have matched through pinyin needs the check (an array test per row).
      inText: characters.length === group.length ? undefined : termsMatch(characters, params),
      inTitlePinyin: group.some(isTitlePinyinTerm) ? termsMatch(group.filter(isTitlePinyinTerm), params) : undefined,
    };
  },
};

export function searchStatement(query: NormalQuery, today: string, source: RowSource = INDEX_SOURCE): Statement {
  const params = new Params();
  const match = query.groups.map((g) => `AND ${source.match(g, params)}`).join(" ");
  // "-word": a row having every group of the excluded word is left out.
  const exclude = query.exclude
    .map((e) => `AND NOT (${e.groups.map((g) => source.match(g, params)).join(" AND ")})`)
    .join(" ");
  // Like Meilisearch's attribute rule: a word in the title counts most, then programs and
  // enterprise, then the description; the title being exactly the query counts most of all.
  const ranked = query.groups.length > 0 && query.sort === "relevance";
  const score = ranked
    ? query.groups
        .map((g) => source.rank(g, params))
        // Points per word: an exact title word 10, in the title 8, programs or enterprise 4, the
        // description or facts 2; matched through pinyin only, the title's 1, any other 0.
        .map(
          (g) =>
            `CASE ${g.inTitleWord ? `WHEN ${g.inTitleWord} THEN 10` : ""} WHEN ${g.inTitle} THEN 8 WHEN ${g.inHead} THEN 4 ${
              g.inText ? `WHEN ${g.inText} THEN 2 ${g.inTitlePinyin ? `WHEN ${g.inTitlePinyin} THEN 1 ` : ""}ELSE 0` : "ELSE 2"
            } END`,
        )
        .join(" + ") +
      ` + CASE WHEN split_part(d."titleText", E'\n', 1) = ${params.add(normalize(query.words.map((w) => w.word).join("")), "text")} THEN 16 ELSE 0 END` +
      // Words left out by relaxation (search/query.ts relaxed()): like Meilisearch's "words" rule,
      // a row having more of the words asked for ranks above any row having fewer.
      query.optional
        .map((w) => ` + CASE WHEN ${w.groups.map((g) => source.match(g, params)).join(" AND ")} THEN 200 ELSE 0 END`)
        .join("")
    : "0";
  const miss = query.filters.length
    ? query.filters.map((f) => `CASE WHEN ${filterSql(f, params)} THEN 0 ELSE ${BIT[f.facet]} END`).join(" + ")
    : "0";
  const limit = params.add(query.pageSize, "int");
  const offset = params.add((query.page - 1) * query.pageSize, "int");
  const text = `
    WITH m AS MATERIALIZED (
      SELECT d."positionId" AS id, d."facetKey", d."clusterId", d."categoryIds", d."payValue", d."publishedAt", ${score} AS score, ${miss} AS miss
      FROM ${source.from}
      WHERE ${visible(params, today, query.excludeEnterprises)} ${match} ${exclude}
    ),
    page AS (SELECT id, score, "publishedAt", "payValue" FROM m WHERE miss = 0 ORDER BY ${ORDER[query.sort]("")} LIMIT ${limit} OFFSET ${offset})
    SELECT
      (SELECT json_agg(json_build_object(
          'id', p."id", 'title', p."title", 'kind', p."kind", 'enterpriseId', p."enterpriseId", 'enterpriseName', o."name",
          'city', p."city", 'district', p."district", 'clusterName', k."name", 'payMin', p."payMin", 'payMax', p."payMax",
          'publishedAt', to_char(p."publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'programNames', COALESCE((SELECT json_agg(g."name" ORDER BY g."name") FROM "PositionProgram" pp
                                    JOIN "Program" g ON g."id" = pp."programId" WHERE pp."positionId" = p."id"), '[]'::json)
        ) ORDER BY ${ORDER[query.sort]("page.")})
       FROM page JOIN "Position" p ON p."id" = page.id JOIN "Organisation" o ON o."id" = p."enterpriseId"
       LEFT JOIN "IndustryCluster" k ON k."id" = p."clusterId") AS hits,
      (SELECT json_agg(json_build_array("facetKey", "clusterId", "categoryIds", miss, n))
       FROM (SELECT "facetKey", "clusterId", "categoryIds", miss, count(*)::int AS n FROM m GROUP BY "facetKey", "clusterId", "categoryIds", miss) g) AS groups,
      (SELECT array_agg(s."positionId") FROM (SELECT "positionId" FROM ${DOC} WHERE "stale" LIMIT 500) s) AS stale`;
  return { text, values: params.values };
}

type Group = [facetKey: number, clusterId: number | null, categoryIds: number[], miss: number, count: number];
export type SearchRow = { hits: PositionHit[] | null; groups: Group[] | null; stale: number[] | null };

/** The statement's row as a result: each group counts for every facet whose own filter is the only one it fails. */
export function readSearchRow(row: SearchRow): { total: number; hits: PositionHit[]; facets: FacetCounts; stale: number[] } {
  const facets = emptyFacets();
  let total = 0;
  const add = (facet: FacetName, value: unknown, count: number) => {
    if (value === null) return;
    facets[facet][String(value)] = (facets[facet][String(value)] ?? 0) + count;
  };
  for (const [facetKey, clusterId, categoryIds, miss, count] of row.groups ?? []) {
    if (miss === 0) total += count;
    const counts = (facet: FacetName) => (miss & ~BIT[facet]) === 0;
    const packed = unpackFacets(facetKey);
    for (const facet of ["kind", "district", "enterpriseSize", "payBand"] as const) if (counts(facet)) add(facet, packed[facet], count);
    if (counts("clusterId")) add("clusterId", clusterId, count);
    if (counts("categoryId")) for (const c of categoryIds ?? []) add("categoryId", c, count);
  }
  return { total, hits: row.hits ?? [], facets, stale: row.stale ?? [] };
}

/** Distinct titles matching what was typed, those starting with it first, then the most common. */
export function suggestStatement(query: NormalQuery, today: string, limit: number): Statement {
  const params = new Params();
  // Each word in the title's characters, or in the title's pinyin (ranked after: pinyin counts below characters).
  const inCharacters: string[] = [];
  const match = query.groups
    .map((g) => {
      const characters = g.filter((t) => !isPinyinTerm(t));
      const pinyin = g.filter(isTitlePinyinTerm);
      const inTitle = `(${termsMatch(characters, params)} AND d."titleText" LIKE ANY(${params.add(groupPatterns(g), "text[]")}))`;
      inCharacters.push(inTitle);
      return pinyin.length ? `AND (${inTitle} OR d."terms" && ${params.add(pinyin, "text[]")})` : `AND ${inTitle}`;
    })
    .join(" ");
  const text = `
    SELECT d."title", count(*)::int AS n, bool_and(${inCharacters.join(" AND ")}) AS characters FROM ${DOC} d
    WHERE ${visible(params, today, query.excludeEnterprises)} ${match}
    GROUP BY d."title"
    ORDER BY characters DESC, starts_with(min(d."titleText"), ${params.add(normalize(query.q), "text")}) DESC, n DESC, length(d."title"), d."title"
    LIMIT ${params.add(limit, "int")}`;
  return { text, values: params.values };
}
