import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": path.resolve("app") } },
  test: {
    include: ["tests/**/*.test.ts", "search/**/*.test.ts"],
    pool: "forks",
    // Once per run, before the files: see the file for what it prepares.
    globalSetup: ["./tests/support/global-setup.ts"],
    // Each file gets its own database; two at a time keeps a 2-core machine responsive.
    maxWorkers: 2,
    // Generous: CI's machine is slower than ours, and two files share its two cores. A test that takes 30 s
    // here under load (a PGlite on disk migrated from nothing, then reopened) went past 60 s on a slower run.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // The second names the suites skipped for want of PostgreSQL, and how to run them.
    reporters: ["default", "./tests/support/skipped-suites-reporter.ts"],
  },
});
