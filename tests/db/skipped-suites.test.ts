import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { describeOnPostgres } from "../support/postgres-only";

// A newcomer runs `npm test` on the embedded default, where the PostgreSQL-only suites are skipped:
// the run must end by naming them and saying how to run them, and say nothing of the kind when they ran.
// Runs vitest itself on tests/db/connection-loss.test.ts, whose suite is PostgreSQL-only.

const run = promisify(execFile);
const LINE =
  "Skipped without PostgreSQL: tests/db/connection-loss.test.ts › losing idle connections (PostgreSQL only: PGlite has no server to lose)." +
  " Run them with: bash scripts/with-postgres.sh npm test";

async function vitestOn(file: string, databaseUrl: string | undefined) {
  // The child is a run of its own, not a worker of this one: none of this run's VITEST* variables.
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "DATABASE_URL" && !key.startsWith("VITEST"))),
    NODE_ENV: process.env.NODE_ENV,
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  const { stdout } = await run("npx", ["vitest", "run", file], { env, maxBuffer: 10 * 1024 * 1024 });
  return stdout.trimEnd().split("\n");
}

describe("the line at the end of a test run", () => {
  it("names the suites skipped for want of PostgreSQL, and the command that runs them, last", async () => {
    const lines = await vitestOn("tests/db/connection-loss.test.ts", undefined);
    expect(lines.at(-1)).toBe(LINE);
    expect(lines.filter((l) => l.includes("Skipped without PostgreSQL"))).toHaveLength(1);
  });

});

describeOnPostgres("the end of a test run on PostgreSQL", () => {
  it("has no such line when the suites ran", async () => {
    const lines = await vitestOn("tests/db/connection-loss.test.ts", process.env.DATABASE_URL);
    expect(lines.join("\n")).toContain("1 passed");
    expect(lines.filter((l) => l.includes("Skipped without PostgreSQL"))).toEqual([]);
  });
});
