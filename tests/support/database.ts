import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database } from "~/db/database.server";
import { migrate } from "~/db/migrate.server";

// Every test file gets a database of its own, migrated exactly as production is: a fresh
// PostgreSQL database when DATABASE_URL names a server (CI, scripts/with-postgres.sh), otherwise
// an in-memory PGlite. Tests never share rows, so they may run in parallel and in any order.
// The production migrate() runs once per run, into a template (global-setup.ts); each database here
// is a copy of it: CREATE DATABASE … TEMPLATE on the server, a load of its dump in PGlite. Outside a
// vitest run that made a template, each database is migrated on its own, as before.

let pgliteTemplate: Promise<Blob> | undefined;

function provided(key: "pgliteTemplateFile" | "postgresTemplate"): string | undefined {
  try {
    return inject(key);
  } catch {
    return undefined; // not inside a vitest worker
  }
}

const createdOnServer = new WeakMap<Database, { adminUrl: string; name: string }>();

export async function createTestDatabase(): Promise<Database> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const templateFile = provided("pgliteTemplateFile");
    if (templateFile) {
      // Read once per worker; each database loads its own copy.
      pgliteTemplate ??= readFile(templateFile).then((bytes) => new Blob([bytes]));
      return openDatabase({ kind: "pglite", loadDataDir: await pgliteTemplate });
    }
    const db = await openDatabase({ kind: "pglite" });
    await migrate(db.sql);
    return db;
  }
  const template = provided("postgresTemplate");
  const name = `qc_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // A handful of connections is plenty for one test file, and keeps many parallel files under max_connections.
  const db = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 4 });
  createdOnServer.set(db, { adminUrl, name });
  try {
    await migrate(db.sql);
  } catch (error) {
    await destroyTestDatabase(db);
    throw error;
  }
  return db;
}

/** The connection URL of a test database on the server, for a process of its own (an app instance); undefined on PGlite. */
export function serverUrlOf(db: Database): string | undefined {
  const created = createdOnServer.get(db);
  if (!created) return undefined;
  const url = new URL(created.adminUrl);
  url.pathname = `/${created.name}`;
  return url.toString();
}

export async function destroyTestDatabase(db: Database): Promise<void> {
  await db.close();
  const created = createdOnServer.get(db);
  if (!created) return;
  createdOnServer.delete(db);
  // FORCE: a test that failed mid-query may leave a connection behind; it must not keep the database alive.
  await withAdmin(created.adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${created.name}" WITH (FORCE)`));
}

/** Runs fn on one connection to the server DATABASE_URL names (to create and drop databases). */
export async function withAdmin<T>(url: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}
