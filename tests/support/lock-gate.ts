import pg from "pg";
import type { Database } from "~/db/database.server";
import { serverUrlOf } from "./database";

// Lining up rivals on PostgreSQL. Fired "at once", requests still tend to run one after the other on a busy
// machine (each is a few milliseconds of queries between longer stretches of request handling), so a race a
// missing lock allows may never happen. A gate holds rows (or an advisory lock) from a connection of its own
// until `waiters` other connections wait on a lock, then lets go: the rivals leave the same point together.

/**
 * Opens a transaction on a connection of its own, runs `hold` in it (e.g. `SELECT … FOR UPDATE`), starts
 * `rivals()`, waits until `waiters` connections of the test database wait on a lock (at most 30 s), then
 * commits and returns what the rivals return.
 */
export async function throughGate<T>(db: Database, hold: (gate: pg.Client) => Promise<unknown>, waiters: number, rivals: () => Promise<T>): Promise<T> {
  const gate = new pg.Client({ connectionString: serverUrlOf(db) });
  await gate.connect();
  try {
    await gate.query("BEGIN");
    await hold(gate);
    const running = rivals();
    for (let waited = 0; ; waited += 20) {
      // Inside a transaction pg_stat_activity is read once and kept: drop that copy before each look.
      await gate.query("SELECT pg_stat_clear_snapshot()");
      const { rows } = await gate.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      const n = rows[0]!.n;
      if (n >= waiters) break;
      if (waited > 30_000) throw new Error(`only ${n} of ${waiters} rivals reached the gate`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await gate.query("COMMIT");
    return await running;
  } finally {
    await gate.end();
  }
}
