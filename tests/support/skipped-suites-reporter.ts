import type { Reporter, TestModule } from "vitest/node";
import "./postgres-only"; // the TaskMeta field it declares

/** How to run what a PGlite run skips; scripts/with-postgres.sh starts a throwaway server. */
export const POSTGRES_COMMAND = "bash scripts/with-postgres.sh npm test";

/**
 * The one line printed at the end of a run that skipped suites for want of PostgreSQL, or null
 * when it skipped none. Reads the skips the suites recorded (tests/support/postgres-only.ts).
 */
export function skippedWithoutPostgresLine(modules: ReadonlyArray<TestModule>): string | null {
  const skipped = modules.flatMap((m) =>
    [...m.children.allSuites()]
      .filter((s) => s.meta().skippedWithoutPostgres && s.state() === "skipped")
      .map((s) => `${m.relativeModuleId} › ${s.name}`),
  );
  if (!skipped.length) return null;
  return `Skipped without PostgreSQL: ${skipped.join("; ")}. Run them with: ${POSTGRES_COMMAND}`;
}

/** Registered after the default reporter in vitest.config.ts, so its line comes last. */
export default class SkippedSuitesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const line = skippedWithoutPostgresLine(modules);
    if (line) process.stdout.write(`\n${line}\n`);
  }
}
