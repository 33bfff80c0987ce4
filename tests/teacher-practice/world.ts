import type { Database } from "~/db/database.server";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// The cast of the teacher-practice suites: a school with its office and a teacher who has an account, a
// training base with its enterprise's staff, another verified enterprise with its staff, the bureau, and
// another school, another enterprise and a student for the refusals. All signed in.

export function usePracticeWorld() {
  const t = useTestApp();
  return fromBeforeAll("usePracticeWorld()", async () => {
    const { make } = t;
    const signedIn = async (role: "SCHOOL_STAFF" | "TEACHER" | "ENTERPRISE_STAFF" | "BUREAU_ADMIN", organisationId: number) => {
      const user = await make.user({ role, organisationId });
      return { user, client: await t.clientFor(user.id) };
    };
    const school = await make.school();
    const office = await signedIn("SCHOOL_STAFF", school.id);
    const teacherAccount = await signedIn("TEACHER", school.id);
    const teacher = await make.teacher({ schoolId: school.id, userId: teacherAccount.user.id, specialist: true, hiredOn: new Date("2015-09-01") });
    const colleague = await signedIn("TEACHER", school.id); // same school, not the practising teacher
    const base = await make.trainingBase({ capacity: 2 });
    const baseStaff = await signedIn("ENTERPRISE_STAFF", base.enterpriseId);
    const host = await make.enterprise();
    const hostStaff = await signedIn("ENTERPRISE_STAFF", host.id);
    const bureauOrg = await make.bureau();
    const bureau = await signedIn("BUREAU_ADMIN", bureauOrg.id);
    const otherSchool = await make.school();
    const otherOffice = await signedIn("SCHOOL_STAFF", otherSchool.id);
    const otherTeacher = await signedIn("TEACHER", otherSchool.id);
    const otherEnterprise = await make.enterprise();
    const otherStaff = await signedIn("ENTERPRISE_STAFF", otherEnterprise.id);
    const student = await make.student({ account: true, schoolId: school.id });
    const studentClient = await t.clientFor(student.user.id);
    const clients: Record<string, Client> = {
      office: office.client,
      teacher: teacherAccount.client,
      colleague: colleague.client,
      baseStaff: baseStaff.client,
      hostStaff: hostStaff.client,
      bureau: bureau.client,
      otherOffice: otherOffice.client,
      otherTeacher: otherTeacher.client,
      otherStaff: otherStaff.client,
      student: studentClient,
    };
    return { db: t.db, make, clientFor: t.clientFor, visitor: t.visitor, school, teacher, base, host, otherSchool, clients };
  });
}

/** What a move may touch: practice, days, bases, notices. */
export async function practiceTables(db: Database) {
  const [practice, days, bases, notifications] = await Promise.all([
    db.prisma.teacherPlacement.findMany({ orderBy: { id: "asc" } }),
    db.prisma.teacherPracticeDay.findMany({ orderBy: { id: "asc" } }),
    db.prisma.trainingBase.findMany({ orderBy: { id: "asc" }, include: { programs: true } }),
    db.prisma.notification.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { practice, days, bases, notifications };
}

export const practicePath = (id: number) => `/teacher-practice/${id}`;
