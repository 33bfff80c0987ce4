import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/database.server";
import { migrate, MIGRATIONS_DIR } from "~/db/migrate.server";
import { createTestDatabase, destroyTestDatabase } from "../support/database";

// The step that brings every database (dev PGlite, CI PostgreSQL, production) up to date. It must
// keep the same history Prisma keeps, and refuse to build on a history it cannot trust.

type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
};

const history = (db: Database) =>
  db.sql.query<HistoryRow>(`SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);

async function migrationDirs(dir: string) {
  return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

async function tableNames(db: Database) {
  const rows = await db.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  return rows.map((r) => r.name).sort();
}

/** A database on which migrate() has never run (createTestDatabase migrates, so undo that). */
async function emptyDatabase(): Promise<Database> {
  const db = await createTestDatabase();
  await db.sql.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  return db;
}

describe("migrate() on an empty database", () => {
  let db: Database;
  let applied: string[];
  beforeAll(async () => {
    db = await emptyDatabase();
    applied = await migrate(db.sql);
  });
  afterAll(() => destroyTestDatabase(db));

  it("creates a table for every model, and the history table", async () => {
    const schema = await readFile("prisma/schema.prisma", "utf8");
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
    expect(models.length).toBeGreaterThan(30);
    expect(await tableNames(db)).toEqual([...models, "_prisma_migrations"].sort());
  });

  it("records one finished row per migration directory, with Prisma's checksum", async () => {
    const dirs = await migrationDirs(MIGRATIONS_DIR);
    expect(applied).toEqual(dirs);
    const rows = await history(db);
    expect(rows.map((r) => r.migration_name)).toEqual(dirs);
    for (const row of rows) {
      const file = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("applies nothing when run again", async () => {
    const before = await history(db);
    expect(await migrate(db.sql)).toEqual([]);
    expect(await history(db)).toEqual(before);
  });
});

describe("migrate() refuses a history it cannot trust", () => {
  let db: Database | undefined;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "qc-migrations-"));
  });
  afterEach(async () => {
    if (db) await destroyTestDatabase(db);
    db = undefined;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** A private copy of prisma/migrations that a test may edit. */
  async function copyOfMigrations(name: string) {
    const copy = path.join(dir, name);
    await cp(MIGRATIONS_DIR, copy, { recursive: true });
    return copy;
  }

  it("refuses a migration edited after it was applied", async () => {
    const migrations = await copyOfMigrations("edited");
    db = await emptyDatabase();
    await migrate(db.sql, migrations);
    const [first] = await migrationDirs(migrations);
    const file = path.join(migrations, first!, "migration.sql");
    await writeFile(file, (await readFile(file, "utf8")) + "\n-- a harmless-looking edit\n");

    await expect(migrate(db.sql, migrations)).rejects.toThrow(/校验和不符/);
  });

  it("records a failed migration, rolls back its work and refuses to continue past it", async () => {
    const migrations = await copyOfMigrations("failing");
    await mkdir(path.join(migrations, "29991231000000_broken"));
    await writeFile(
      path.join(migrations, "29991231000000_broken", "migration.sql"),
      `CREATE TABLE "HalfDone" ("id" INTEGER);\nSELECT 1 / 0;\n`,
    );
    db = await emptyDatabase();

    await expect(migrate(db.sql, migrations)).rejects.toThrow(/division by zero/);
    const broken = (await history(db)).find((r) => r.migration_name === "29991231000000_broken");
    expect(broken).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(broken?.logs).toMatch(/division by zero/);
    expect(await tableNames(db)).not.toContain("HalfDone");

    await expect(migrate(db.sql, migrations)).rejects.toThrow(/29991231000000_broken 上次未完成/);
  });
});
