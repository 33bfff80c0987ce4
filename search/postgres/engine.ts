import { DEFINITION_VERSION, FACET_NAMES } from "../definition";
import type { PositionSearchEngine, PositionSearchResult, SearchDatabase, SearchOptions } from "../engine";
import { normalizeQuery, relaxed, type NormalQuery } from "../query";
import { readSearchRow, searchStatement, suggestStatement } from "./search-sql";
import { refreshRows, writeDocuments } from "./store";

// The default engine: the index is a table in the platform's own database, so it needs no other
// server, commits with the data it describes and survives restarts with it. Works the same on
// PostgreSQL and PGlite (plain SQL, GIN over text[]).

const REFRESH_BATCH = 500;
const REFRESH_ROUNDS = 3; // a search refreshes at most this many batches before it answers anyway

export function createPostgresEngine(db: SearchDatabase, options: SearchOptions): PositionSearchEngine {
  const { today } = options;
  // Raw SQL when the caller has it (no ORM layer on the hot path), Prisma's raw query otherwise.
  const query = <T>(text: string, values: unknown[]): Promise<T[]> =>
    db.sql ? db.sql.query<T>(text, values) : db.prisma.$queryRawUnsafe<T[]>(text, ...values);

  const refresh = (ids: number[], mode: "stale" | "all") =>
    db.prisma.$transaction((tx) => refreshRows(tx, ids, mode), { timeout: 60_000 });

  /** Rewrites rows in batches of ids, each batch its own short transaction. */
  async function refreshWhere(condition: string, values: unknown[], mode: "stale" | "all"): Promise<void> {
    for (let after = 0; ; ) {
      const rows = await query<{ positionId: number }>(
        `SELECT "positionId" FROM "PositionSearchDocument" WHERE ${condition} AND "positionId" > $1 ORDER BY "positionId" LIMIT ${REFRESH_BATCH}`,
        [after, ...values],
      );
      if (rows.length === 0) return;
      await refresh(rows.map((r) => r.positionId), mode);
      after = rows.at(-1)!.positionId;
    }
  }

  // Rows written under another definition (new synonyms, new pay bands) are rebuilt before the
  // first search of this process, so a deploy needs no manual reindex.
  let ready: Promise<void> | undefined;
  const whenReady = () =>
    (ready ??= (async () => {
      const outdated = await query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "PositionSearchDocument" WHERE NOT "stale" AND "version" <> $1`,
        [DEFINITION_VERSION],
      );
      if (outdated[0]!.n > 0) await refreshWhere(`"version" <> $2`, [DEFINITION_VERSION], "all");
    })().catch((error) => {
      ready = undefined;
      throw error;
    }));

  async function run(normal: NormalQuery): Promise<PositionSearchResult> {
    const statement = searchStatement(normal, today());
    for (let round = 0; ; round++) {
      const [row] = await query<Parameters<typeof readSearchRow>[0]>(statement.text, statement.values);
      const { total, hits, facets, stale } = readSearchRow(row!);
      if (stale.length === 0 || round === REFRESH_ROUNDS) {
        return { total, page: normal.page, pageSize: normal.pageSize, hits, facets: sortFacets(facets) };
      }
      // Something wrote around the engine (see the migration's triggers): bring those rows up to date and ask again.
      await refresh(stale, "stale");
    }
  }

  async function search(input: Parameters<PositionSearchEngine["search"]>[0]): Promise<PositionSearchResult> {
    await whenReady();
    const asked = normalizeQuery(input);
    const first = await run(asked);
    // All the words together found nothing: leave words out from the end until something is found
    // (search/query.ts relaxed()), and say which words the results have. Nothing found at all: the
    // answer (and its facet counts) is the one for the query as asked.
    for (let normal = relaxed(asked); first.total === 0 && normal; normal = relaxed(normal)) {
      const result = await run(normal);
      if (result.total > 0) return { ...result, relaxed: { asked: asked.words.map((w) => w.word), shown: normal.words.map((w) => w.word) } };
    }
    return first;
  }

  return {
    name: "postgres",
    start: () => whenReady(),
    search,
    async suggest(prefix, limit = 8) {
      const normal = normalizeQuery({ q: prefix });
      if (normal.groups.length === 0) return [];
      await whenReady();
      const statement = suggestStatement(normal, today(), Math.max(1, Math.min(limit, 50)));
      return (await query<{ title: string }>(statement.text, statement.values)).map((r) => r.title);
    },
    indexInTransaction: (tx, positionIds) => writeDocuments(tx, positionIds),
    afterCommit: async () => {},
    async reindexAll() {
      await query(`INSERT INTO "PositionSearchDocument" ("positionId") SELECT "id" FROM "Position" ON CONFLICT DO NOTHING`, []);
      await refreshWhere("true", [], "all");
      // Fresh statistics for the planner, and the old row versions gone (PGlite has no autovacuum).
      await query(`VACUUM (ANALYZE) "PositionSearchDocument"`, []);
      ready = Promise.resolve();
    },
  };
}

/** Facet values in a stable order (by key), so both engines print the same object. */
function sortFacets(facets: PositionSearchResult["facets"]): PositionSearchResult["facets"] {
  for (const name of FACET_NAMES) {
    facets[name] = Object.fromEntries(Object.entries(facets[name]).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
  }
  return facets;
}
