import { PAY_BANDS } from "../../search/definition";
import { packFacetsSql } from "../../search/postgres/facet-key";
import type { RowSource } from "../../search/postgres/search-sql";
import { groupPatterns } from "../../search/text";

// The benchmark's baseline: what a search without an index does — ILIKE '%word%' over the position,
// its enterprise and its programs, each word or any of its synonyms. It answers through the same
// statement as the engine (filters, facets, order, page), so only the matching differs.

const payBandSql = (pay: string) => `CASE ${PAY_BANDS.map((b) => `WHEN ${pay} <= ${b.max ?? 2147483647} THEN '${b.key}'`).join(" ")} END`;

const programs = (g: string) =>
  `EXISTS (SELECT 1 FROM "PositionProgram" pp JOIN "Program" pg ON pg."id" = pp."programId" WHERE pp."positionId" = d."positionId" AND pg."name" ILIKE ANY(${g}))`;

export const ILIKE_SOURCE: RowSource = {
  from: `(SELECT p."id" AS "positionId", p."status" = 'PUBLISHED' AS "searchable", p."title", lower(p."title") AS "titleText", p."description", o."name" AS "enterpriseName",
      p."kind", p."clusterId", p."district", e."size" AS "enterpriseSize",
      ARRAY(SELECT pc."categoryId" FROM "PositionCategory" pc WHERE pc."positionId" = p."id"
            UNION SELECT pg."categoryId" FROM "PositionProgram" pp JOIN "Program" pg ON pg."id" = pp."programId" WHERE pp."positionId" = p."id") AS "categoryIds",
      ${packFacetsSql({ kind: `p."kind"`, district: `p."district"`, enterpriseSize: `e."size"`, payBand: payBandSql(`COALESCE(p."payMax", p."payMin")`) })} AS "facetKey",
      COALESCE(p."payMax", p."payMin") AS "payValue", p."publishedAt", p."deadline"
    FROM "Position" p JOIN "Enterprise" e ON e."organisationId" = p."enterpriseId" JOIN "Organisation" o ON o."id" = p."enterpriseId") d`,
  match(group, params) {
    const g = params.add(groupPatterns(group), "text[]");
    return `(d."title" ILIKE ANY(${g}) OR d."enterpriseName" ILIKE ANY(${g}) OR d."description" ILIKE ANY(${g}) OR ${programs(g)})`;
  },
  rank(group, params) {
    const g = params.add(groupPatterns(group), "text[]");
    return { inTitle: `d."title" ILIKE ANY(${g})`, inHead: `(d."enterpriseName" ILIKE ANY(${g}) OR ${programs(g)})` };
  },
};
