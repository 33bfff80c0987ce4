// npm run db:seed — migrate, then load the demo data from the 2023 quality report, its positions and applications. Idempotent:
// on a database that already has it, it only prints what is there.
import { mkdir } from "node:fs/promises";
import { readConfig } from "../app/config.server";
import { openDatabase } from "../app/db/database.server";
import { migrate } from "../app/db/migrate.server";
import { formatDemoSummary, seedDemo } from "../prisma/seed/demo";

const config = readConfig();
if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
const db = config.databaseUrl
  ? await openDatabase({ kind: "postgres", url: config.databaseUrl })
  : await openDatabase({ kind: "pglite", dataDir: config.dataDir });
try {
  const applied = await migrate(db.sql);
  if (applied.length) console.log(`已应用迁移 applied migrations: ${applied.join(", ")}`);
  const started = performance.now();
  console.log(formatDemoSummary(await seedDemo(db.prisma)));
  console.log(`用时 took ${((performance.now() - started) / 1000).toFixed(1)} s · 数据库 database: ${db.kind === "pglite" ? `PGlite（${config.dataDir}）` : "PostgreSQL"}`);
} finally {
  await db.close();
}
