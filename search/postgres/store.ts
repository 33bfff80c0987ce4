import type { Prisma } from "~/generated/prisma/client";
import { DEFINITION_VERSION } from "../definition";
import { loadDocuments, type SearchDocument } from "../documents";
import { indexTerms, normalize, titleText } from "../text";
import { packFacets } from "./facet-key";

// Writes PositionSearchDocument rows. Always inside a transaction that also holds the rows' locks
// (the position write's own, or a refresh's FOR UPDATE), so a row never mixes two versions.

export type Tx = Pick<Prisma.TransactionClient, "$executeRawUnsafe" | "$queryRawUnsafe" | "position">;

type Row = {
  positionId: number;
  enterpriseId: number;
  searchable: boolean;
  title: string;
  terms: string[];
  titleText: string;
  headText: string;
  kind: string;
  clusterId: number | null;
  district: string | null;
  enterpriseSize: string | null;
  categoryIds: number[];
  facetKey: number;
  payValue: number | null;
  publishedAt: string | null;
  deadline: string | null;
};

function toRow(doc: SearchDocument): Row {
  // Unsearchable rows keep their facts but no terms: the GIN index then holds searchable positions only.
  const head = [...doc.programNames, doc.enterpriseName].join("\n");
  const terms = doc.searchable
    ? [...new Set([...indexTerms(doc.title, "title"), ...indexTerms(head, "name"), ...indexTerms(doc.description, "prose"), ...indexTerms(doc.facts, "prose")])]
    : [];
  return {
    positionId: doc.id,
    enterpriseId: doc.enterpriseId,
    searchable: doc.searchable,
    title: doc.title,
    terms,
    titleText: titleText(doc.title),
    headText: normalize(head),
    kind: doc.kind,
    clusterId: doc.clusterId,
    district: doc.district,
    enterpriseSize: doc.enterpriseSize,
    categoryIds: doc.categoryIds,
    facetKey: packFacets({ kind: doc.kind, district: doc.district, enterpriseSize: doc.enterpriseSize, payBand: doc.payBand }),
    payValue: doc.payValue,
    publishedAt: doc.publishedAt,
    deadline: doc.deadline,
  };
}

const COLUMNS = `"positionId" int, "enterpriseId" int, "searchable" boolean, "title" text, "terms" text[], "titleText" text, "headText" text,
  "kind" text, "clusterId" int, "district" text, "enterpriseSize" text, "categoryIds" int[], "facetKey" int, "payValue" int, "publishedAt" text, "deadline" text`;

const UPSERT = `
  INSERT INTO "PositionSearchDocument" AS d ("positionId", "stale", "version", "enterpriseId", "searchable", "title", "terms", "titleText", "headText",
    "kind", "clusterId", "district", "enterpriseSize", "categoryIds", "facetKey", "payValue", "publishedAt", "deadline")
  SELECT x."positionId", false, $2, x."enterpriseId", x."searchable", x."title", x."terms", x."titleText", x."headText",
    x."kind"::"PositionKind", x."clusterId", x."district"::"District", x."enterpriseSize"::"EnterpriseSize", x."categoryIds", x."facetKey",
    x."payValue", x."publishedAt"::timestamp(3), x."deadline"::date
  FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMNS})
  ON CONFLICT ("positionId") DO UPDATE SET
    "stale" = false, "version" = EXCLUDED."version", "enterpriseId" = EXCLUDED."enterpriseId", "searchable" = EXCLUDED."searchable", "title" = EXCLUDED."title",
    "terms" = EXCLUDED."terms", "titleText" = EXCLUDED."titleText", "headText" = EXCLUDED."headText",
    "kind" = EXCLUDED."kind", "clusterId" = EXCLUDED."clusterId", "district" = EXCLUDED."district",
    "enterpriseSize" = EXCLUDED."enterpriseSize", "categoryIds" = EXCLUDED."categoryIds", "facetKey" = EXCLUDED."facetKey", "payValue" = EXCLUDED."payValue",
    "publishedAt" = EXCLUDED."publishedAt", "deadline" = EXCLUDED."deadline"`;

/** Rewrites the rows of these positions from the data as this transaction sees it. */
export async function writeDocuments(tx: Tx, positionIds: number[]): Promise<void> {
  const docs = await loadDocuments(tx, [...new Set(positionIds)]);
  if (docs.length === 0) return;
  await tx.$executeRawUnsafe(UPSERT, JSON.stringify(docs.map(toRow)), DEFINITION_VERSION);
}

/**
 * Locks these positions' rows and rewrites them: the stale ones only when a search asks (and then
 * without waiting for a row another transaction holds: that one leaves it fresh, or stale for next
 * time), all of them for a rebuild. The lock keeps a concurrent write from being overwritten.
 */
export async function refreshRows(tx: Tx, positionIds: number[], mode: "stale" | "all"): Promise<void> {
  const locked = await tx.$queryRawUnsafe<{ positionId: number }[]>(
    `SELECT "positionId" FROM "PositionSearchDocument" WHERE "positionId" = ANY($1::int[]) ${mode === "stale" ? `AND "stale"` : ""}
     ORDER BY "positionId" FOR UPDATE ${mode === "stale" ? "SKIP LOCKED" : ""}`,
    positionIds,
  );
  await writeDocuments(tx, locked.map((r) => r.positionId));
}
