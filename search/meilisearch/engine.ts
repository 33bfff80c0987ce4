import { Meilisearch, type EnqueuedTaskPromise } from "meilisearch";
import { POSITION_INDEX } from "../definition";
import { loadDocuments, positionIdsAfter } from "../documents";
import type { PositionSearchEngine, SearchDatabase, SearchOptions } from "../engine";
import { normalizeQuery, relaxed } from "../query";
import { indexSettings, mergeResponses, rankSuggestions, searchRequests, suggestRequest, toMeiliDocument } from "./requests";

// Meilisearch through its official client. The database stays the source of truth: documents are
// pushed after each commit (afterCommit) and npm run search:reindex rebuilds the whole index.
// Each write waits for Meilisearch to finish indexing, so the next search sees it.

const TASK_WAIT = { timeout: 120_000, interval: 25 };
const BATCH = 1000;

async function done(task: EnqueuedTaskPromise, tolerated?: string): Promise<void> {
  const result = await task.waitTask(TASK_WAIT);
  if (result.status === "succeeded" || (tolerated && result.error?.code === tolerated)) return;
  throw new Error(`Meilisearch 任务失败: ${result.type} ${result.error?.code ?? result.status}: ${result.error?.message ?? ""}`);
}

export function createMeilisearchEngine(db: SearchDatabase, options: SearchOptions & { meiliUrl: string }): PositionSearchEngine {
  const client = new Meilisearch({ host: options.meiliUrl, apiKey: options.meiliApiKey });
  const uid = options.indexUid ?? POSITION_INDEX.uid;
  const { today } = options;

  async function prepare(indexUid: string) {
    const settings = indexSettings(); // loads the segmenter: before the first request, not between two
    await done(client.createIndex(indexUid, { primaryKey: POSITION_INDEX.primaryKey }), "index_already_exists");
    await done(client.index(indexUid).updateSettings(settings));
  }
  // Settings go out once per process, before the first request; a failure is retried next time.
  let ready: Promise<void> | undefined;
  const whenReady = () =>
    (ready ??= prepare(uid).catch((error) => {
      ready = undefined;
      throw error;
    }));

  async function push(indexUid: string, ids: number[], { removeOthers = true } = {}) {
    const docs = await loadDocuments(db.prisma, ids);
    const searchable = docs.filter((d) => d.searchable);
    const found = new Set(searchable.map((d) => d.id));
    const gone = ids.filter((id) => !found.has(id));
    if (searchable.length) await done(client.index(indexUid).addDocuments(searchable.map(toMeiliDocument)));
    if (removeOthers && gone.length) await done(client.index(indexUid).deleteDocuments(gone));
  }

  return {
    name: "meilisearch",
    start: () => whenReady(),
    async search(input) {
      await whenReady();
      const asked = normalizeQuery(input);
      const ask = async (query: typeof asked) =>
        mergeResponses(query, (await client.multiSearch({ queries: searchRequests(uid, query, today()) })).results);
      const first = await ask(asked);
      // As the built-in engine does (search/postgres/engine.ts): words left out from the end while nothing is found.
      for (let query = relaxed(asked); first.total === 0 && query; query = relaxed(query)) {
        const result = await ask(query);
        if (result.total > 0) return { ...result, relaxed: { asked: asked.words.map((w) => w.word), shown: query.words.map((w) => w.word) } };
      }
      return first;
    },
    async suggest(prefix, limit = 8) {
      const query = normalizeQuery({ q: prefix });
      if (query.groups.length === 0) return [];
      await whenReady();
      const { results } = await client.multiSearch({ queries: [suggestRequest(uid, query, today())] });
      return rankSuggestions(results[0]!.hits.map((h) => String(h.title)), query.q, Math.max(1, Math.min(limit, 50)));
    },
    indexInTransaction: async () => {},
    async afterCommit(positionIds) {
      // The write has committed and the database is the truth: a Meilisearch outage must not turn
      // it into an error page (the user would only repeat it). Say so loudly; a reindex repairs it.
      try {
        await whenReady();
        await push(uid, [...new Set(positionIds)]);
      } catch (error) {
        console.error(`岗位检索：Meilisearch 未能同步岗位 ${positionIds.join(", ")}（已保存到数据库）；请运行 npm run search:reindex`, error);
      }
    },
    async reindexAll() {
      await whenReady();
      // Built aside and swapped in, so searches see the old index until the new one is complete.
      const fresh = `${uid}_rebuild`;
      await done(client.deleteIndex(fresh), "index_not_found");
      await prepare(fresh);
      for (let after = 0; ; ) {
        const ids = await positionIdsAfter(db.prisma, after, BATCH);
        if (ids.length === 0) break;
        await push(fresh, ids, { removeOthers: false });
        after = ids.at(-1)!;
      }
      await done(client.swapIndexes([{ indexes: [uid, fresh], rename: false }]));
      await done(client.deleteIndex(fresh));
    },
  };
}
