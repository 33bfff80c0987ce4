import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlRunner } from "./database.server";

// Applies prisma/migrations/*/migration.sql and records each in _prisma_migrations exactly as
// `prisma migrate deploy` does (same table, sha256 checksum of the file, finished_at, steps), so the
// Prisma CLI on a machine that has its schema engine sees the same history. See docs/decisions.

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

// Prisma takes this advisory lock around migrate deploy; sharing it keeps app instances and the CLI apart.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_HISTORY = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export type Migration = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Applies pending migrations; returns the names applied. Refuses to run over a failed or edited migration. */
export async function migrate(runner: SqlRunner, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  return runner.onOneConnection((sql) => applyPending(sql, migrations));
}

async function applyPending(sql: SqlRunner, migrations: Migration[]): Promise<string[]> {
  await sql.exec(CREATE_HISTORY);
  await sql.query(`SELECT pg_advisory_lock($1)`, [PRISMA_ADVISORY_LOCK]);
  try {
    const history = await sql.query<HistoryRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(history.map((row) => [row.migration_name, row]));
    const failed = history.find((row) => row.finished_at === null);
    if (failed) throw new Error(`迁移 ${failed.migration_name} 上次未完成，请先处理（prisma migrate resolve）`);

    const applied: string[] = [];
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          throw new Error(`迁移 ${migration.name} 已应用后被修改（校验和不符）`);
        }
        continue;
      }
      const id = randomUUID();
      await sql.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, migration.checksum, migration.name],
      );
      try {
        await sql.exec(`BEGIN;\n${migration.sql}\nCOMMIT;`);
      } catch (error) {
        await sql.exec("ROLLBACK;").catch(() => undefined);
        await sql.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, String(error)]);
        throw error;
      }
      await sql.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
        [id],
      );
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await sql.query(`SELECT pg_advisory_unlock($1)`, [PRISMA_ADVISORY_LOCK]);
  }
}
