import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AppConfig } from "~/config.server";
import { openDatabase, type Database } from "~/db/database.server";
import { installDatabase } from "~/db/db.server";
import { migrate } from "~/db/migrate.server";
import { startCleanup } from "~/features/auth/cleanup.server";
import { startSavedSearchAlerts } from "~/features/saved/alerts.server";
import { positionSearch } from "~/lib/position-search.server";
import { installRuntime } from "./runtime.server";

/** Opens and migrates the database, seeds the embedded default on its first start, installs both. */
export async function bootPlatform(
  config: AppConfig,
  seedIfEmpty: (db: Database) => Promise<void>,
): Promise<Database> {
  const db = await openMigratedDatabase(config);
  if (db.kind === "pglite") await seedIfEmpty(db);
  installDatabase(db);
  await startCleanup().firstRun; // expired sessions and stale sign-in limits, now and hourly
  await startSearch();
  void startSavedSearchAlerts().firstRun; // saved searches' daily notices, hourly checks; after search starts, not awaited
  installRuntime({
    sessionSecret: config.sessionSecret ?? (await keptSecret(config.dataDir)),
    secureCookies: config.production,
  });
  return db;
}

/** The database the configuration names, migrated: for the server and for the npm scripts. */
export async function openMigratedDatabase(config: AppConfig): Promise<Database> {
  const db = config.databaseUrl
    ? await openDatabase({ kind: "postgres", url: config.databaseUrl })
    : await openDatabase({ kind: "pglite", dataDir: await ensureDir(config.dataDir) });
  const applied = await migrate(db.sql);
  if (applied.length) console.log(`已应用迁移 applied migrations: ${applied.join(", ")}`);
  return db;
}

// Meilisearch gets its index and settings now rather than on the first search. If it is down the
// platform still starts: searches retry and fail visibly, writes are kept and logged for a reindex.
async function startSearch() {
  const engine = positionSearch();
  try {
    await engine.start();
  } catch (error) {
    console.error(`岗位检索（${engine.name}）未能初始化，将在首次检索时重试`, error);
  }
}

async function ensureDir(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return dir;
}

// Without SESSION_SECRET a secret is generated once and kept in the data dir, so sessions survive
// a restart. Several instances must share SESSION_SECRET instead (README: scaling).
async function keptSecret(dataDir: string): Promise<string> {
  const file = path.join(await ensureDir(dataDir), "session-secret");
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing) return existing;
  } catch {
    // first start
  }
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
