import { expect, it, vi } from "vitest";
import { describeOnPostgres } from "../support/postgres-only";
import { useTestDatabase } from "../support/test-database";

// PostgreSQL drops idle connections on a restart or failover. The pool must hear it (an unheard
// 'error' event ends a Node process) and carry on with new connections at the next query.

const t = useTestDatabase();

describeOnPostgres("losing idle connections (PostgreSQL only: PGlite has no server to lose)", () => {
  it("logs it once per connection, keeps the process alive and answers the next queries", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      // Open three pooled connections, then let them go idle.
      await Promise.all([1, 2, 3].map(() => t.db.sql.query("SELECT pg_sleep(0.05)")));
      const killed = await t.db.sql.onOneConnection((one) =>
        one.query<{ n: number }>(
          `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        ),
      );
      expect(killed[0]!.n).toBeGreaterThanOrEqual(1);
      await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(killed[0]!.n));
      expect(String(warn.mock.calls[0]![0])).toContain("数据库空闲连接已断开");

      const answers = await Promise.all([1, 2, 3, 4].map((n) => t.db.sql.query<{ n: number }>("SELECT $1::int AS n", [n])));
      expect(answers.map((rows) => rows[0]!.n)).toEqual([1, 2, 3, 4]);
      expect(await t.db.prisma.organisation.count()).toBe(0);
    } finally {
      warn.mockRestore();
    }
  });
});
