// The deliberate faults `npm run test:mutants` applies, one at a time: each must make at least one
// of its listed test files fail. Add the fault of every new rule here (the guide asks for it).
//
// An entry names the exact text it changes; the runner refuses an entry whose `original` is not in
// `file` exactly once (the code moved on: update the entry). `tests` should be the few files that
// ought to catch it, so the whole check stays minutes, not an hour.

export type Fault = {
  /** Short, stable, kebab-case: `npm run test:mutants -- <id>` runs just this one. */
  id: string;
  /** What the fault does, as a reviewer would describe the bug. */
  description: string;
  /** Repository-relative path of the file changed. */
  file: string;
  /** Text that occurs exactly once in `file`. */
  original: string;
  replacement: string;
  /** Test files to run with the fault in place. */
  tests: string[];
};

export const FAULTS: Fault[] = [
  // --- applications -------------------------------------------------------------------------
  {
    id: "enterprise-accepts-offer",
    description: "the enterprise may move 拟录用 → 已接受录用 (the student's decision)",
    file: "app/features/applications/application-status.ts",
    original: `    OFFER: ["REJECTED"],`,
    replacement: `    OFFER: ["ACCEPTED", "REJECTED"],`,
    tests: ["tests/applications/invariants.test.ts"],
  },

  // --- positions ------------------------------------------------------------------------------
  {
    id: "pay-min-equals-max-refused",
    description: "pay rule min ≥ max is an error (a fixed pay is refused)",
    file: "app/features/positions/position-schema.ts",
    original: `v.payMin > v.payMax`,
    replacement: `v.payMin >= v.payMax`,
    tests: ["tests/positions/boundaries.test.ts"],
  },

  // --- inbox ----------------------------------------------------------------------------------
  {
    id: "mark-all-read-noop",
    description: "全部标为已读 does nothing",
    file: "app/features/inbox/inbox.server.ts",
    original: `  const { count } = await prisma().notification.updateMany({\n    where: { userId: user.id, readAt: null },`,
    replacement: `  const { count } = await prisma().notification.updateMany({\n    where: { userId: user.id, readAt: null, id: -1 },`,
    tests: ["tests/inbox/inbox.test.ts"],
  },

  // --- permissions ----------------------------------------------------------------------------

  // --- search ---------------------------------------------------------------------------------
  {
    id: "search-ignores-district",
    description: "/positions silently ignores the district filter",
    file: "app/features/positions/search.server.ts",
    original: `district: many(params, "district", z.enum(District)),`,
    replacement: `district: [] as District[],`,
    // Provisional: the URL-parameter tests of the list pages are being written elsewhere; re-point then.
    tests: ["tests/positions/search-page.test.ts"],
  },

  // --- migrations (the drift test must notice a migration that no longer matches schema.prisma) --
  {
    id: "migration-partial-unique-application",
    description: "the one-application-per-student unique index becomes partial",
    file: "prisma/migrations/20261129000000_init/migration.sql",
    original: `CREATE UNIQUE INDEX "Application_positionId_studentId_key" ON "Application"("positionId", "studentId");`,
    replacement: `CREATE UNIQUE INDEX "Application_positionId_studentId_key" ON "Application"("positionId", "studentId") WHERE "status" <> 'WITHDRAWN';`,
    tests: ["tests/db/drift.test.ts"],
  },
  {
    id: "migration-gin-to-btree",
    description: "the search terms' GIN index becomes a btree",
    file: "prisma/migrations/20261129010000_position_search/migration.sql",
    original: `USING GIN ("terms") WITH (fastupdate = off);`,
    replacement: `USING BTREE ("terms");`,
    tests: ["tests/db/drift.test.ts"],
  },
  {
    id: "migration-stray-index",
    description: "a migration adds an index schema.prisma does not have",
    file: "prisma/migrations/20261129000000_init/migration.sql",
    original: `CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");`,
    replacement: `CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");\nCREATE INDEX "Notification_title_idx" ON "Notification"("title");`,
    tests: ["tests/db/drift.test.ts"],
  },
];
