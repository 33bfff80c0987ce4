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
  {
    id: "student-withdraws-accepted",
    description: "the student may withdraw after accepting (a move out of a final state)",
    file: "app/features/applications/application-status.ts",
    original: `    OFFER: ["ACCEPTED", "DECLINED", "WITHDRAWN"],\n  },`,
    replacement: `    OFFER: ["ACCEPTED", "DECLINED", "WITHDRAWN"],\n    ACCEPTED: ["WITHDRAWN"],\n  },`,
    tests: ["tests/applications/invariants.test.ts"],
  },
  {
    id: "applicants-page-wrong-buttons",
    description: "the applicants page shows 已投递's buttons for an application already viewed",
    file: "app/features/applications/applicants.server.ts",
    original: `next: nextStatuses("enterprise", a.status),`,
    replacement: `next: nextStatuses("enterprise", a.status === "VIEWED" ? "SUBMITTED" : a.status),`,
    tests: ["tests/applications/invariants.test.ts"],
  },
  {
    id: "headcount-does-not-close",
    description: "accepting the last seat does not close the position",
    file: "app/features/applications/transitions.server.ts",
    original: `closes = accepted + 1 >= position.headcount && position.status === "PUBLISHED";`,
    replacement: `closes = accepted + 1 > position.headcount && position.status === "PUBLISHED";`,
    tests: ["tests/applications/headcount.test.ts"],
  },
  {
    id: "accept-beyond-headcount",
    description: "one more student than the headcount may accept",
    file: "app/features/applications/transitions.server.ts",
    original: `if (accepted >= position.headcount) return refuse(`,
    replacement: `if (accepted > position.headcount) return refuse(`,
    tests: ["tests/applications/headcount.test.ts"],
  },
  {
    id: "age-one-day-early",
    description: "a student turns 16 the day before the birthday (age boundary off by one day)",
    file: "app/features/applications/eligibility.ts",
    original: `(m === bm && d < bd) ? 1 : 0`,
    replacement: `(m === bm && d <= bd) ? 1 : 0`,
    tests: ["tests/applications/boundaries.test.ts"],
  },
  {
    id: "apply-deadline-day-closed",
    description: "a position stops taking applications on its deadline day instead of after it",
    file: "app/features/applications/eligibility.ts",
    original: `position.deadline !== null && position.deadline < today`,
    replacement: `position.deadline !== null && position.deadline <= today`,
    tests: ["tests/applications/boundaries.test.ts"],
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
  {
    id: "other-school-reads-student",
    description: "staff of another school may read a student's record",
    file: "app/features/auth/permissions.server.ts",
    original: `return bureau || permission.studentUserId === user.id || schoolPeopleOf(permission.schoolId);`,
    replacement: `return bureau || permission.studentUserId === user.id || user.role === "SCHOOL_STAFF" || schoolPeopleOf(permission.schoolId);`,
    tests: ["tests/pages/students.test.ts"],
  },
  {
    id: "other-enterprise-sees-applicants",
    description: "staff of any enterprise may manage another enterprise's positions and see its applicants",
    file: "app/features/auth/permissions.server.ts",
    original: `    case "matching.partnerStudents":\n      return enterpriseStaffOf(permission.enterpriseId);`,
    replacement: `    case "matching.partnerStudents":\n      return user.role === "ENTERPRISE_STAFF";`,
    tests: ["tests/applications/access.test.ts", "tests/positions/access.test.ts"],
  },

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
  {
    id: "synonyms-dropped",
    description: "search no longer knows synonyms (烹饪 does not find 厨师)",
    file: "search/text.ts",
    original: `export const synonymTerm = (word: string) => canonical.get(word);`,
    replacement: `export const synonymTerm = (word: string): string | undefined => (word === "" ? canonical.get(word) : undefined);`,
    tests: ["tests/search/contract.test.ts"],
  },
  {
    id: "drafts-searchable",
    description: "draft positions are searchable",
    file: "search/documents.ts",
    original: `searchable: p.status === "PUBLISHED",`,
    replacement: `searchable: p.status !== "CLOSED",`,
    tests: ["tests/search/contract.test.ts"],
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
