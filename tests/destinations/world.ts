import type { Database } from "~/db/database.server";
import type { StudentWithAccount } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// The cast of the destination suites: a school with its office (two staff accounts) and a teacher, a
// second school with its office, an enterprise, the bureau. Graduates are made per test (status
// GRADUATED, 2023级 → 2026届, the latest class on the suites' clock).

export function useDestinationWorld() {
  const t = useTestApp();
  return fromBeforeAll("useDestinationWorld()", async () => {
    const { make } = t;
    const school = await make.school();
    const otherSchool = await make.school();
    const enterprise = await make.enterprise();
    const bureauOrg = await make.bureau();
    /** A graduate of `schoolId` (default the school) with a sign-in account and a client signed in as them. */
    const graduate = async (traits: { schoolId?: number; status?: "GRADUATED" | "ENROLLED"; name?: string; cohortYear?: number; schoolProgramId?: number } = {}) => {
      const s: StudentWithAccount = await make.student({ account: true, status: "GRADUATED", schoolId: school.id, ...traits });
      return { student: s, client: await t.clientFor(s.user.id) };
    };
    return {
      db: t.db,
      make,
      clientFor: t.clientFor,
      visitor: t.visitor,
      school,
      otherSchool,
      enterprise,
      schoolStaff: await t.signedIn("SCHOOL_STAFF", school.id),
      secondStaff: await t.signedIn("SCHOOL_STAFF", school.id),
      otherSchoolStaff: await t.signedIn("SCHOOL_STAFF", otherSchool.id),
      enterpriseStaff: await t.signedIn("ENTERPRISE_STAFF", enterprise.id),
      teacherUser: await t.signedIn("TEACHER", school.id),
      bureau: await t.signedIn("BUREAU_ADMIN", bureauOrg.id),
      staffClient: t.signedIn,
      graduate,
    };
  });
}

/** A complete 合同就业 post of the school's form (override any field). */
export const employed = (over: Record<string, string> = {}) => ({
  kind: "EMPLOYED_CONTRACT",
  employerName: "示例·伊利实业集团",
  employerProvince: "内蒙古自治区",
  employerCity: "呼和浩特市",
  employerSize: "LARGE",
  sector: "SECONDARY",
  monthlyIncome: "4200",
  employedOn: "2026-07-01",
  ...over,
});

/** Every table a destination write touches, to show a refusal wrote nothing. */
export async function destinationTables(db: Database) {
  const p = db.prisma;
  const [destinations, changes, decisions, notifications] = await Promise.all([
    p.graduateDestination.findMany({ orderBy: { id: "asc" } }),
    p.destinationChange.count(),
    p.destinationProposalDecision.count(),
    p.notification.count(),
  ]);
  return { destinations, changes, decisions, notifications };
}

/** The version /my/destination's form carries: the record's updatedAt. */
export async function versionFor(db: Database, studentId: number) {
  return (await db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId } })).updatedAt.toISOString();
}
