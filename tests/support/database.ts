import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "~/db/database.server";
import { migrate } from "~/db/migrate.server";

// Every test file gets a database of its own, migrated exactly as production is: a fresh
// PostgreSQL database when DATABASE_URL names a server (CI, scripts/with-postgres.sh), otherwise
// an in-memory PGlite. Tests never share rows, so they may run in parallel and in any order.

const createdOnServer = new WeakMap<Database, { adminUrl: string; name: string }>();

export async function createTestDatabase(): Promise<Database> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ kind: "pglite" });
    await migrate(db.sql);
    return db;
  }
  const name = `qc_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
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

export async function destroyTestDatabase(db: Database): Promise<void> {
  await db.close();
  const created = createdOnServer.get(db);
  if (!created) return;
  createdOnServer.delete(db);
  // FORCE: a test that failed mid-query may leave a connection behind; it must not keep the database alive.
  await withAdmin(created.adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${created.name}" WITH (FORCE)`));
}

async function withAdmin<T>(url: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}
