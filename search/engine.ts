import type { District, EnterpriseSize, PositionKind, Prisma, PrismaClient } from "~/generated/prisma/client";
import { createMeilisearchEngine } from "./meilisearch/engine";
import { createPostgresEngine } from "./postgres/engine";

// Position search behind one interface. Routes and services code against PositionSearchEngine and
// get the engine the configuration asks for: Meilisearch when MEILI_URL is set, otherwise the
// built-in engine over the platform's own database (PostgreSQL or PGlite), which needs no server.
// search/ knows nothing of the app: the caller hands it the database, the configuration and the
// clock (the app does so in app/lib/position-search.server.ts); only the generated Prisma types are shared.

export type TransactionClient = Prisma.TransactionClient;

export type PositionQuery = {
  q?: string; // free Chinese text, may be empty; "-word" excludes (search/query.ts)
  kind?: PositionKind[];
  clusterId?: number[];
  district?: District[];
  categoryId?: number[];
  enterpriseSize?: EnterpriseSize[];
  payAtLeast?: number; // positions whose payMax (or payMin) >= this, yuan/month
  /**
   * Enterprises whose positions are left out: the ones the searching student's school blocked
   * (SchoolEnterpriseBlock, issue 11). Part of what may be found, not a facet: totals, facet counts
   * and pages are all computed without them.
   */
  excludeEnterpriseIds?: number[];
  sort?: "relevance" | "newest" | "pay";
  page?: number; // 1-based
  pageSize?: number; // default 20, max 50
};

export type PositionHit = {
  id: number;
  title: string;
  kind: PositionKind;
  enterpriseId: number;
  enterpriseName: string;
  /** 工作城市 outside Hohhot (包头市…); null is 呼和浩特市 (docs/decisions/0010). */
  city: string | null;
  district: District | null;
  clusterName: string | null;
  payMin: number | null;
  payMax: number | null;
  publishedAt: string | null;
  programNames: string[];
};

/** value → count; a facet's counts apply every filter except its own (search/definition.ts FACETS). */
export type FacetCounts = {
  kind: Record<string, number>;
  clusterId: Record<string, number>;
  district: Record<string, number>;
  categoryId: Record<string, number>;
  enterpriseSize: Record<string, number>;
  payBand: Record<string, number>;
};

export type PositionSearchResult = {
  total: number;
  page: number;
  pageSize: number;
  hits: PositionHit[];
  facets: FacetCounts;
  /**
   * Set when all the words together found nothing and words were left out from the end
   * (search/query.ts relaxed()): the words asked for, and those the results have.
   */
  relaxed?: { asked: string[]; shown: string[] };
};

export interface PositionSearchEngine {
  readonly name: "postgres" | "meilisearch";
  /** At start-up: Meilisearch gets its index and settings, the built-in engine rebuilds rows of an older definition. */
  start(): Promise<void>;
  search(query: PositionQuery): Promise<PositionSearchResult>;
  /** Search-as-you-type: titles of searchable positions matching what was typed so far. */
  suggest(prefix: string, limit?: number): Promise<string[]>;
  /** Called inside every position write's transaction: the postgres engine's rows commit with the data. */
  indexInTransaction(tx: TransactionClient, positionIds: number[]): Promise<void>;
  /** Called after the commit: Meilisearch receives or loses the documents here. */
  afterCommit(positionIds: number[]): Promise<void>;
  reindexAll(): Promise<void>;
}

/** Raw SQL beside Prisma (the shape of app/db/database.server.ts SqlRunner, as far as search uses it). */
export type SqlRunner = {
  exec(script: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
};

/** Where an engine reads and writes: the Prisma client, and raw SQL beside it when there is one (faster for search). */
export type SearchDatabase = { prisma: PrismaClient; sql?: SqlRunner };
/** `today` is the platform's clock (YYYY-MM-DD in Hohhot): a position is found up to its deadline day. */
export type SearchOptions = { meiliUrl?: string; meiliApiKey?: string; indexUid?: string; today: () => string };

export function createPositionSearch(db: SearchDatabase, options: SearchOptions): PositionSearchEngine {
  return options.meiliUrl ? createMeilisearchEngine(db, { ...options, meiliUrl: options.meiliUrl }) : createPostgresEngine(db, options);
}
