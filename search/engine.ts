import { readConfig } from "~/config.server";
import { database } from "~/db/db.server";
import type { District, EnterpriseSize, PositionKind, Prisma, PrismaClient } from "~/generated/prisma/client";
import type { SqlRunner } from "~/db/database.server";
import { createMeilisearchEngine } from "./meilisearch/engine";
import { createPostgresEngine } from "./postgres/engine";

// Position search behind one interface. Routes and services code against PositionSearchEngine and
// get the engine the configuration asks for: Meilisearch when MEILI_URL is set, otherwise the
// built-in engine over the platform's own database (PostgreSQL or PGlite), which needs no server.

export type TransactionClient = Prisma.TransactionClient;

export type PositionQuery = {
  q?: string; // free Chinese text, may be empty
  kind?: PositionKind[];
  clusterId?: number[];
  district?: District[];
  categoryId?: number[];
  enterpriseSize?: EnterpriseSize[];
  payAtLeast?: number; // positions whose payMax (or payMin) >= this, yuan/month
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

export type PositionSearchResult = { total: number; page: number; pageSize: number; hits: PositionHit[]; facets: FacetCounts };

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

/** Where an engine reads and writes: the Prisma client, and raw SQL beside it when there is one (faster for search). */
export type SearchDatabase = { prisma: PrismaClient; sql?: SqlRunner };
export type SearchOptions = { meiliUrl?: string; meiliApiKey?: string; indexUid?: string; today?: () => string };

export function createPositionSearch(db: SearchDatabase, options: SearchOptions = {}): PositionSearchEngine {
  return options.meiliUrl ? createMeilisearchEngine(db, { ...options, meiliUrl: options.meiliUrl }) : createPostgresEngine(db, options);
}

// One engine per database handle, on globalThis like the handle itself (app/db/db.server.ts): the
// server entry and the Remix bundle each load this module, and Meilisearch settings go out once.
const KEY = Symbol.for("qingcheng.positionSearch");
type Holder = { [KEY]?: WeakMap<object, PositionSearchEngine> };

/** The engine the configuration chooses, over the installed database. */
export function positionSearch(): PositionSearchEngine {
  const db = database();
  const holder = globalThis as Holder;
  const engines = (holder[KEY] ??= new WeakMap());
  let engine = engines.get(db);
  if (!engine) {
    const { meiliUrl, meiliApiKey } = readConfig();
    engine = createPositionSearch(db, { meiliUrl, meiliApiKey });
    engines.set(db, engine);
  }
  return engine;
}

/** The engine for a Prisma client that is not (yet) the installed database, e.g. while seeding at boot. */
export function positionSearchFor(prisma: PrismaClient): PositionSearchEngine {
  const { meiliUrl, meiliApiKey } = readConfig();
  return createPositionSearch({ prisma }, { meiliUrl, meiliApiKey });
}
