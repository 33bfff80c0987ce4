import type { Database } from "~/db/database.server";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// The cast of the consortium suites, on a database and app of the suite's own: one consortium (the
// current one), the bureau; school A and enterprise A approved members, school B and enterprise B not
// members, a university member (an organisation with no accounts); each organisation's people signed in.

export function useConsortiumWorld() {
  const t = useTestApp();
  return fromBeforeAll("useConsortiumWorld()", async () => {
    const { make } = t;
    const consortium = await make.consortium({ name: "测试·五万产业工人留呼共同体" });
    const bureauOrg = await make.bureau();
    const schoolA = await make.school();
    const schoolB = await make.school();
    const enterpriseA = await make.enterprise();
    const enterpriseB = await make.enterprise();
    const university = await make.otherOrganisation({ kind: "UNIVERSITY" });
    const member = (organisationId: number) => make.consortiumMember({ consortiumId: consortium.id, organisationId, status: "APPROVED" });
    const bureauMember = await member(bureauOrg.id);
    const schoolAMember = await member(schoolA.id);
    const enterpriseAMember = await member(enterpriseA.id);
    const universityMember = await member(university.id);
    const signIn = async (role: "BUREAU_ADMIN" | "SCHOOL_STAFF" | "TEACHER" | "ENTERPRISE_STAFF" | "STUDENT", organisationId: number) => {
      const user = await make.user({ role, organisationId });
      return { user, client: await t.clientFor(user.id) };
    };
    const student = await make.student({ account: true, schoolId: schoolA.id });
    return {
      db: t.db,
      app: t.app,
      make,
      clientFor: t.clientFor,
      visitor: t.visitor,
      consortium,
      orgs: { bureau: bureauOrg, schoolA, schoolB, enterpriseA, enterpriseB, university },
      members: { bureau: bureauMember, schoolA: schoolAMember, enterpriseA: enterpriseAMember, university: universityMember },
      bureau: await signIn("BUREAU_ADMIN", bureauOrg.id),
      officeA: await signIn("SCHOOL_STAFF", schoolA.id),
      teacherA: await signIn("TEACHER", schoolA.id),
      officeB: await signIn("SCHOOL_STAFF", schoolB.id),
      teacherB: await signIn("TEACHER", schoolB.id),
      staffA: await signIn("ENTERPRISE_STAFF", enterpriseA.id),
      staffB: await signIn("ENTERPRISE_STAFF", enterpriseB.id),
      student: { user: student.user, client: await t.clientFor(student.user.id) },
      signIn,
    };
  });
}
export type ConsortiumWorld = ReturnType<typeof useConsortiumWorld>;

/** What a consortium move may touch: members, activities with participants, notices. */
export async function consortiumTables(db: Database) {
  const [members, activities, participants, notifications] = await Promise.all([
    db.prisma.consortiumMember.findMany({ orderBy: { id: "asc" } }),
    db.prisma.consortiumActivity.findMany({ orderBy: { id: "asc" } }),
    db.prisma.consortiumActivityParticipant.findMany({ orderBy: [{ activityId: "asc" }, { memberId: "asc" }] }),
    db.prisma.notification.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { members, activities, participants, notifications };
}

export const JOIN = "/consortium/join";
export const NEW_ACTIVITY = "/consortium/activities/new";
export const activityPath = (id: number) => `/consortium/activities/${id}`;
