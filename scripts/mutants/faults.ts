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
    original: `    OFFER: ["ACCEPTED", "DECLINED", "WITHDRAWN"],\n    WITHDRAWN: ["SUBMITTED"],`,
    replacement: `    OFFER: ["ACCEPTED", "DECLINED", "WITHDRAWN"],\n    ACCEPTED: ["WITHDRAWN"],\n    WITHDRAWN: ["SUBMITTED"],`,
    tests: ["tests/applications/invariants.test.ts"],
  },
  {
    id: "applicants-page-wrong-buttons",
    description: "the applicants page shows 已投递's buttons for an application already viewed",
    file: "app/features/applications/applicants.server.ts",
    original: `buttonStatuses("enterprise", a.status),`,
    replacement: `buttonStatuses("enterprise", a.status === "VIEWED" ? "SUBMITTED" : a.status),`,
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
    id: "school-year-starts-in-october",
    description: "the school year (and with it the cohorts in school and the year's graduates) turns over on 1 October, not 1 September",
    file: "app/lib/school-year.ts",
    original: `const SCHOOL_YEAR_START = { month: 9, day: 1 } as const;`,
    replacement: `const SCHOOL_YEAR_START = { month: 10, day: 1 } as const;`,
    tests: ["tests/pages/directory.test.ts"],
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
    file: "shared/open-for-applications.ts",
    original: `position.deadline !== null && position.deadline < today`,
    replacement: `position.deadline !== null && position.deadline <= today`,
    tests: ["tests/applications/boundaries.test.ts"],
  },

  // --- the application lifecycle (issue 8, items 15–20) ---------------------------------------
  {
    id: "closed-position-hidden-from-school",
    description: "a closed position is readable to the student who applied but not to their school",
    file: "app/features/auth/permissions.server.ts",
    original: `(permission.applicant.studentUserId === user.id || schoolPeopleOf(permission.applicant.schoolId))`,
    replacement: `permission.applicant.studentUserId === user.id`,
    tests: ["tests/applications/lifecycle-closed-position.test.ts"],
  },
  {
    id: "closed-position-readable-by-anyone-who-applied-anywhere",
    description: "a closed position is readable to any student or school, applied or not",
    file: "app/features/auth/permissions.server.ts",
    original: `(permission.status === "CLOSED" &&\n          !!permission.applicant &&`,
    replacement: `(permission.status === "CLOSED" &&\n          (user.role === "STUDENT" || !!permission.applicant) &&`,
    tests: ["tests/applications/lifecycle-closed-position.test.ts"],
  },
  {
    id: "enterprise-close-leaves-applications-waiting",
    description: "closing a position by the enterprise leaves its waiting applications open",
    file: "app/features/positions/manage.server.ts",
    original: `if (change.intent === "close") await closeOpenApplications(`,
    replacement: `if (change.intent === "reopen") await closeOpenApplications(`,
    tests: ["tests/applications/lifecycle-closed-position.test.ts"],
  },
  {
    id: "filling-leaves-applications-waiting",
    description: "the last seat accepted closes the position but leaves the other applicants waiting",
    file: "app/features/applications/transitions.server.ts",
    original: `  await closeOpenApplications(tx, positionId, "filled", user.id);\n`,
    replacement: ``,
    tests: ["tests/applications/lifecycle-closed-position.test.ts"],
  },
  {
    id: "close-ends-decided-applications",
    description: "closing a position also overwrites decided applications (declined, rejected, withdrawn)",
    file: "app/features/applications/application-status.ts",
    original: `export const OPEN_APPLICATION_STATUSES = ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"]`,
    replacement: `export const OPEN_APPLICATION_STATUSES = ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER", "REJECTED"]`,
    tests: ["tests/applications/lifecycle-closed-position.test.ts"],
  },
  {
    id: "close-reason-swapped",
    description: "the student is told the position filled when the enterprise closed it",
    file: "app/features/positions/manage.server.ts",
    original: `closeOpenApplications(tx, positionId, "closed", user.id)`,
    replacement: `closeOpenApplications(tx, positionId, "filled", user.id)`,
    tests: ["tests/applications/lifecycle-closed-position.test.ts"],
  },
  {
    id: "moves-on-closed-position",
    description: "the enterprise may still move applicants (e.g. 发出录用通知) on a closed position",
    file: "app/features/applications/transitions.server.ts",
    original: `if (side === "enterprise" && position.status === "CLOSED") return refuse(`,
    replacement: `if (side === "enterprise" && position.status === "DRAFT") return refuse(`,
    tests: ["tests/applications/lifecycle-closed-position.test.ts"],
  },
  {
    id: "offers-outstanding-not-warned",
    description: "the applicants page does not warn when outstanding offers already cover every seat left",
    file: "app/features/applications/applicants.server.ts",
    original: `overOffered: tally.OFFER >= left`,
    replacement: `overOffered: tally.OFFER > left`,
    tests: ["tests/applications/lifecycle-closed-position.test.ts"],
  },
  {
    id: "reapply-is-silent-duplicate",
    description: "a student who withdrew and applies again gets 你已申请过该岗位, the new note dropped",
    file: "app/features/applications/apply.server.ts",
    original: `if (already && !mayMove("student", already.status, "SUBMITTED")) return`,
    replacement: `if (already) return`,
    tests: ["tests/applications/lifecycle-withdraw.test.ts"],
  },
  {
    id: "reapply-revives-going-application",
    description: "applying again to an application still going (e.g. 拟录用) resets it to 已投递",
    file: "app/features/applications/application-status.ts",
    original: `    INTERVIEW: ["WITHDRAWN"],\n    OFFER: ["ACCEPTED", "DECLINED", "WITHDRAWN"],`,
    replacement: `    INTERVIEW: ["WITHDRAWN"],\n    OFFER: ["ACCEPTED", "DECLINED", "WITHDRAWN", "SUBMITTED"],`,
    tests: ["tests/applications/lifecycle-withdraw.test.ts"],
  },
  {
    id: "withdraw-without-confirmation",
    description: "撤回申请 withdraws at once, without asking",
    file: "app/features/applications/my-applications-route.tsx",
    original: `confirm={WITHDRAW_CONFIRM}`,
    replacement: `confirm={{}}`,
    tests: ["tests/applications/lifecycle-withdraw.test.ts"],
  },
  {
    id: "past-last-page-shown",
    description: "a page just past the last one is rendered instead of redirected to the last",
    file: "app/lib/search-params.server.ts",
    original: `if (page.requested <= page.pages) return;`,
    replacement: `if (page.requested <= page.pages + 1) return;`,
    tests: ["tests/lists/past-last-page.test.ts"],
  },
  {
    id: "opening-does-not-mark-viewed",
    description: "HR opening a 已投递 application leaves it 已投递",
    file: "app/features/applications/applicant.server.ts",
    original: `if (found.status === "SUBMITTED" && position.status !== "CLOSED") {`,
    replacement: `if (found.status === "VIEWED" && position.status !== "CLOSED") {`,
    tests: ["tests/applications/lifecycle-viewed.test.ts"],
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
    tests: ["tests/lists/positions-params.test.ts"],
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
    original: `searchable: p.status === OPEN_STATUS,`,
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

  // --- list pages: a parameter read from the URL and then ignored ----------------------------
  {
    id: "search-sql-ignores-district",
    description: "the built-in engine's SQL lets every district through",
    file: "search/postgres/search-sql.ts",
    original: "      return `d.\"district\" = ANY(${params.add(filter.values, \"text[]\")}::\"District\"[])`;",
    replacement: "      return `(TRUE OR d.\"district\" = ANY(${params.add(filter.values, \"text[]\")}::\"District\"[]))`;",
    tests: ["tests/lists/positions-params.test.ts"],
  },
  {
    id: "search-ignores-sort",
    description: "/positions ignores the sort the user picked",
    file: "app/features/positions/search.server.ts",
    original: `sort: one(params, "sort", z.enum(SORTS)) ?? (q ? "relevance" : "newest"),`,
    replacement: `sort: q ? "relevance" : "newest",`,
    tests: ["tests/lists/positions-params.test.ts"],
  },
  {
    id: "applicants-ignore-school",
    description: "the applicants page ignores the school filter",
    file: "app/features/applications/applicants.server.ts",
    original: `student: { schoolId: filters.school, schoolProgram:`,
    replacement: `student: { schoolId: undefined, schoolProgram:`,
    tests: ["tests/lists/applicants-params.test.ts"],
  },
  {
    id: "enterprises-ignore-district",
    description: "the enterprise directory ignores the district filter",
    file: "app/features/directory/enterprises.server.ts",
    original: `const where = { clusterId: filters.cluster, size: filters.size, organisation: { district: filters.district } };`,
    replacement: `const where = { clusterId: filters.cluster, size: filters.size, organisation: { district: undefined } };`,
    tests: ["tests/lists/directory-params.test.ts"],
  },
  {
    id: "school-roll-ignores-cohort",
    description: "the school's roll ignores the cohort filter",
    file: "app/features/students/students.server.ts",
    original: `const where = { schoolId, cohortYear: filters.cohort, schoolProgramId: filters.program };`,
    replacement: `const where = { schoolId, cohortYear: undefined, schoolProgramId: filters.program };`,
    tests: ["tests/lists/school-students-params.test.ts"],
  },
  {
    id: "school-applications-ignore-page",
    description: "the school's applications always show page 1",
    file: "app/features/applications/school-applications.server.ts",
    original: `const page = paging(filters.page, total, PER_PAGE);`,
    replacement: `const page = paging(1, total, PER_PAGE);`,
    tests: ["tests/lists/school-applications-params.test.ts"],
  },
  {
    id: "inbox-ignores-page",
    description: "the inbox always shows page 1",
    file: "app/features/inbox/inbox.server.ts",
    original: `const page = paging(requestedPage, total, INBOX_PAGE);`,
    replacement: `const page = paging(1, total, INBOX_PAGE);`,
    tests: ["tests/lists/inbox-params.test.ts"],
  },

  // --- the report's figures, counted by the product ------------------------------------------
  {
    id: "bureau-home-drops-a-school",
    description: "the bureau home's enrolled total leaves one school out",
    file: "app/features/home/office-home.server.ts",
    original: `db.student.count({ where: { status: "ENROLLED" } }),`,
    replacement: `db.student.count({ where: { status: "ENROLLED", school: { organisation: { name: { not: "呼和浩特市商贸旅游职业学校" } } } } }),`,
    tests: ["tests/seed/report-figures.test.ts"],
  },
  {
    id: "directory-graduates-wrong-year",
    description: "the directory counts the graduates of the wrong year",
    file: "app/features/directory/clusters.server.ts",
    original: `{ status: "GRADUATED", graduationYear }`,
    replacement: `{ status: "GRADUATED", graduationYear: graduationYear + 1 }`,
    tests: ["tests/pages/directory.test.ts", "tests/seed/report-figures.test.ts"],
  },

  // --- hostile requests and accounts (issue 8) ------------------------------------------------
  {
    id: "ids-accept-any-number",
    description: "an id is anything Number() reads (0x1F, 31e0, 2147483648 …)",
    file: "app/lib/ids.ts",
    original: "const DECIMAL_ID = /^[1-9][0-9]{0,9}$/;",
    replacement: "const DECIMAL_ID = /^.+$/;",
    tests: ["tests/hardening/ids.test.ts"],
  },
  {
    id: "body-limit-100mb",
    description: "bodies up to 100 MB are read",
    file: "app/server/request-guard.server.ts",
    original: "export const BODY_LIMIT_BYTES = 1024 * 1024;",
    replacement: "export const BODY_LIMIT_BYTES = 100 * 1024 * 1024;",
    tests: ["tests/hardening/http-guard.test.ts"],
  },
  {
    id: "control-characters-allowed",
    description: "one-line text fields take control characters (a NUL reaches PostgreSQL)",
    file: "app/lib/schemas.ts",
    original: "const CONTROL_IN_LINE = /\\p{Cc}|[\\u2028\\u2029]/u;",
    replacement: "const CONTROL_IN_LINE = /[\\u2028\\u2029]/u;",
    tests: ["tests/hardening/text-and-dates.test.ts"],
  },
  {
    id: "redirect-takes-a-tab",
    description: "the sign-in redirect lets a tab through (/%09/evil.example)",
    file: "app/features/auth/session.server.ts",
    original: "const UNPRINTABLE = /[\\p{Cc}\\p{Cf}\\p{Z}\\\\]/u;",
    replacement: "const UNPRINTABLE = /[\\p{Cf}\\p{Z}\\\\]/u;",
    tests: ["tests/hardening/sign-in-redirect.test.ts"],
  },
  {
    id: "personal-pages-cached",
    description: "pages with personal data may be cached",
    file: "app/server/remix-handler.server.ts",
    original: `export const DEFAULT_CACHE_CONTROL = "private, no-store";`,
    replacement: `export const DEFAULT_CACHE_CONTROL = "public, max-age=60";`,
    tests: ["tests/hardening/http-guard.test.ts"],
  },
  {
    id: "sign-in-delay-one-late",
    description: "the per account+address delay starts one failure late",
    file: "app/features/auth/throttle.server.ts",
    original: "  if (failures < PAIR_FREE_FAILURES) return 0;",
    replacement: "  if (failures <= PAIR_FREE_FAILURES) return 0;",
    tests: ["tests/auth/sign-in.test.ts"],
  },
  {
    id: "bureau-lists-phones",
    description: "the bureau sees every student's birth date and phone in a school's roll",
    file: "app/features/auth/permissions.server.ts",
    original: `      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;`,
    replacement: `      return user.role === "BUREAU_ADMIN" || (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId);`,
    tests: ["tests/pages/students.test.ts"],
  },
  // --- profiles (issue 9 item 5) ---------------------------------------------------------------
  {
    id: "credit-code-skips-last-weight",
    description: "the 统一社会信用代码 check character leaves the 17th character out of the weighted sum",
    file: "app/lib/credit-code.ts",
    original: "for (let i = 0; i < 17; i++) sum +=",
    replacement: "for (let i = 0; i < 16; i++) sum +=",
    tests: ["tests/lib/credit-code.test.ts"],
  },
  {
    id: "credit-code-check-mod-30",
    description: "the 统一社会信用代码 check character is taken mod 30, not 31",
    file: "app/lib/credit-code.ts",
    original: "CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]",
    replacement: "CREDIT_CODE_CHARS[(31 - (sum % 30)) % 31]",
    tests: ["tests/lib/credit-code.test.ts"],
  },
  {
    id: "company-page-lists-expired",
    description: "the company page lists every published position, also those past their deadline",
    file: "app/features/directory/enterprises.server.ts",
    original: ".filter((p) => isOpenForApplications(p, today))",
    replacement: ".filter((p) => p.status === OPEN_STATUS)",
    tests: ["tests/pages/company-page.test.ts"],
  },
];
