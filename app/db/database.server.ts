import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "~/generated/prisma/client";

/** Raw SQL access beside Prisma: migrations need multi-statement scripts, which Prisma's raw queries refuse. */
export type SqlRunner = {
  exec(script: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn on one connection (session-level locks and BEGIN/COMMIT need that on a pool). */
  onOneConnection<T>(fn: (runner: SqlRunner) => Promise<T>): Promise<T>;
};

export type Database = {
  kind: "postgres" | "pglite";
  prisma: PrismaClient;
  sql: SqlRunner;
  close(): Promise<void>;
};

export type DatabaseTarget =
  | { kind: "postgres"; url: string; maxConnections?: number }
  // no dataDir → in memory; loadDataDir starts it from a dump (PGlite's dumpDataDir()), as the tests' migrated template
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: target.maxConnections ?? 10 });
    // An idle connection the server drops (a restart, a failover, pg_terminate_backend) is an
    // 'error' event on the pool; unheard, Node ends the process. The pool replaces the connection on
    // the next query, so this is worth a line in the log, and nothing at all while we close.
    let closing = false;
    pool.on("error", (error) => {
      if (!closing) console.warn(`数据库空闲连接已断开，下次查询时重连: ${error.message}`);
    });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    const runnerOf = (client: pg.Pool | pg.PoolClient): SqlRunner => ({
      exec: async (script) => void (await client.query(script)),
      query: async (text, params) => (await client.query(text, params)).rows,
      onOneConnection: async (fn) => {
        if (client !== pool) return fn(runnerOf(client));
        const connection = await pool.connect();
        try {
          return await fn(runnerOf(connection));
        } finally {
          connection.release();
        }
      },
    });
    return {
      kind: "postgres",
      prisma,
      sql: runnerOf(pool),
      close: async () => {
        closing = true;
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const options = target.loadDataDir ? { loadDataDir: target.loadDataDir } : {};
  const client = target.dataDir ? new PGlite(path.join(target.dataDir, "pglite"), options) : new PGlite(options);
  await client.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  const runner: SqlRunner = {
    exec: async (script) => void (await client.exec(script)),
    query: async <T,>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    onOneConnection: (fn) => fn(runner), // PGlite is a single connection already
  };
  return {
    kind: "pglite",
    prisma,
    sql: runner,
    close: async () => {
      await prisma.$disconnect();
      await client.close();
    },
  };
}
