// npm run db:seed — migrate, then load the demo data from the 2023 quality report, its positions and applications. Idempotent:
// on a database that already has it, it only prints what is there.
import { readConfig } from "../app/config.server";
import { positionSearchFor } from "../app/lib/position-search.server";
import { openMigratedDatabase } from "../app/server/boot.server";
import { formatDemoSummary, seedDemo } from "../prisma/seed/demo";

const config = readConfig();
const db = await openMigratedDatabase(config);
try {
  const started = performance.now();
  console.log(formatDemoSummary(await seedDemo(db.prisma, positionSearchFor(db.prisma))));
  console.log(`用时 took ${((performance.now() - started) / 1000).toFixed(1)} s · 数据库 database: ${db.kind === "pglite" ? `PGlite（${config.dataDir}）` : "PostgreSQL"}`);
} finally {
  await db.close();
}
