import { describe } from "vitest";

// Suites that only mean something on a PostgreSQL server (races between pooled connections, a
// server dropping connections). On the embedded PGlite default they are skipped, and the skip is
// recorded in the suite's meta so tests/support/skipped-suites-reporter.ts can name them at the end
// of the run with the command that runs them.

export const onPostgres = Boolean(process.env.DATABASE_URL);

declare module "vitest" {
  interface TaskMeta {
    /** Set on a suite skipped because the run has no PostgreSQL server (no DATABASE_URL). */
    skippedWithoutPostgres?: true;
  }
}

/** describe(), run only when DATABASE_URL names a PostgreSQL server; otherwise skipped and reported. */
export function describeOnPostgres(name: string, factory: () => void): void {
  describe(name, { skip: !onPostgres, meta: onPostgres ? {} : { skippedWithoutPostgres: true } }, factory);
}
