import type { Database } from "~/db/database.server";
import { useTestApp } from "../../support/test-app";
import { fromBeforeAll } from "../../support/test-database";

// The cast of the fair suites: a school (the organiser) with its office, a teacher and a student with an
// account; a second school and its office (strangers); the bureau; a verified enterprise's staff; two
// programs of the national catalogue.

export function useFairWorld() {
  const t = useTestApp();
  return fromBeforeAll("useFairWorld()", async () => {
    const { make } = t;
    const school = await make.school();
    const otherSchool = await make.school();
    const enterprise = await make.enterprise();
    const bureauOrg = await make.bureau();
    const program = await make.program();
    const otherProgram = await make.program();
    const student = await make.student({ schoolId: school.id, account: true });
    return {
      db: t.db,
      make,
      url: t.url,
      clientFor: t.clientFor,
      visitor: t.visitor,
      school,
      otherSchool,
      enterprise,
      bureauOrg,
      program,
      otherProgram,
      schoolStaff: await t.signedIn("SCHOOL_STAFF", school.id),
      otherSchoolStaff: await t.signedIn("SCHOOL_STAFF", otherSchool.id),
      teacher: await t.signedIn("TEACHER", school.id),
      bureau: await t.signedIn("BUREAU_ADMIN", bureauOrg.id),
      enterpriseStaff: await t.signedIn("ENTERPRISE_STAFF", enterprise.id),
      student: { user: student.user, record: student, client: await t.clientFor(student.user.id) },
      staffClient: t.signedIn,
    };
  });
}

/** A valid fair form (Hohhot wall clock): 2027-03-10 09:00–17:00, windows from February to the start. */
export const fairForm = (schoolId: number | null, over: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  title: "2027 春季校园双选会",
  description: "面向毕业年级学生",
  venue: "学校体育馆",
  district: "SAIHAN",
  startsAt: "2027-03-10T09:00",
  endsAt: "2027-03-10T17:00",
  boothCount: "40",
  boothsPerRow: "10",
  enterpriseOpensAt: "2027-02-01T08:00",
  enterpriseClosesAt: "2027-03-08T18:00",
  studentOpensAt: "2027-02-15T08:00",
  studentClosesAt: "2027-03-10T09:00",
  ...(schoolId ? { schoolIds: [String(schoolId)] } : {}),
  ...over,
});

/** Rows a fair form or move writes, to show a refusal wrote nothing. */
export async function fairTables(db: Database) {
  const p = db.prisma;
  const [fairs, schools, programs, notifications] = await Promise.all([
    p.jobFair.findMany({ orderBy: { id: "asc" } }),
    p.fairSchool.findMany({ orderBy: [{ fairId: "asc" }, { schoolId: "asc" }] }),
    p.fairProgram.findMany({ orderBy: [{ fairId: "asc" }, { programId: "asc" }] }),
    p.notification.count(),
  ]);
  return { fairs, schools, programs, notifications };
}

/** The fair id a create redirected to. */
export const createdId = (response: Response) => Number(/^\/fairs\/(\d+)$/.exec(response.headers.get("location") ?? "")?.[1]);
