import { describe, expect, it } from "vitest";
import { can } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";

// The résumé rules of the one permission helper, role × organisation, typed out from decision 0008
// (not derived from the helper): the pages' tests (sharing.test.ts) show them applied.

const SCHOOL = 10;
const OTHER_SCHOOL = 11;
const ENTERPRISE = 20;
const OTHER_ENTERPRISE = 21;
const STUDENT_USER = 100;

const as = (role: SessionUser["role"], organisationId: number, id = 1): SessionUser => ({
  id,
  username: "u",
  displayName: "u",
  role,
  organisationId,
  organisation: { id: organisationId, name: "o", kind: "x" },
});

describe("resume.read — a student's live résumé", () => {
  const target = { action: "resume.read", schoolId: SCHOOL, studentUserId: STUDENT_USER } as const;
  it.each([
    ["the student themselves", as("STUDENT", SCHOOL, STUDENT_USER), true],
    ["another student of the school", as("STUDENT", SCHOOL, 101), false],
    ["the school's office", as("SCHOOL_STAFF", SCHOOL), true],
    ["another school's office", as("SCHOOL_STAFF", OTHER_SCHOOL), false],
    ["a teacher of the school", as("TEACHER", SCHOOL), false],
    ["the bureau", as("BUREAU_ADMIN", 1), false],
    ["an enterprise", as("ENTERPRISE_STAFF", ENTERPRISE), false],
  ] as const)("%s: %s", (_who, user, allowed) => {
    expect(can(user, target)).toBe(allowed);
  });
});

describe("application.sharedResume — the copy an application to an enterprise's position carries", () => {
  const target = { action: "application.sharedResume", enterpriseId: ENTERPRISE } as const;
  it.each([
    ["the enterprise applied to", as("ENTERPRISE_STAFF", ENTERPRISE), true],
    ["another enterprise", as("ENTERPRISE_STAFF", OTHER_ENTERPRISE), false],
    ["the bureau", as("BUREAU_ADMIN", ENTERPRISE), false],
    ["a school office", as("SCHOOL_STAFF", SCHOOL), false],
    ["a teacher", as("TEACHER", SCHOOL), false],
    ["a student", as("STUDENT", SCHOOL, STUDENT_USER), false],
  ] as const)("%s: %s", (_who, user, allowed) => {
    expect(can(user, target)).toBe(allowed);
  });
});

describe("resume.editOwn", () => {
  it.each(["BUREAU_ADMIN", "SCHOOL_STAFF", "ENTERPRISE_STAFF", "TEACHER"] as const)("%s may not write a résumé", (role) => {
    expect(can(as(role, 1), { action: "resume.editOwn" })).toBe(false);
  });
  it("a student may write their own", () => {
    expect(can(as("STUDENT", SCHOOL), { action: "resume.editOwn" })).toBe(true);
  });
});
