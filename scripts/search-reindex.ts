// npm run search:reindex — rebuilds the position search index from the database: Meilisearch's
// when MEILI_URL is set (built aside and swapped in), otherwise the built-in engine's table.
// Needed after restoring a backup into Meilisearch or when it missed writes while it was down;
// the built-in engine rebuilds itself when the index definition changes.
import { readConfig } from "../app/config.server";
import { todayInHohhot } from "../app/lib/dates";
import { openMigratedDatabase } from "../app/server/boot.server";
import { createPositionSearch } from "../search/engine";

const config = readConfig();
const db = await openMigratedDatabase(config);
try {
  const engine = createPositionSearch(db, { meiliUrl: config.meiliUrl, meiliApiKey: config.meiliApiKey, today: () => todayInHohhot() });
  const started = performance.now();
  await engine.reindexAll();
  const [row] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Position" WHERE "status" = 'PUBLISHED'`);
  console.log(`已重建岗位检索索引 rebuilt the position index (${engine.name}): ${row!.n} published positions, ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.close();
}
