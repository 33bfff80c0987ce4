import type { InternshipPlacementTraits } from "../support/factories";
import { useTestApp, type TestAppHandle } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// The cast of the placement suites: a school (office, a supervising teacher, a student), another
// school, a verified host with 100 staff and one post of 10 at 4,000 yuan, another enterprise, the
// bureau; and `compliant(…)`, a PLANNED placement keeping every rule (2027-03-01 to 2027-08-31, a
// 2025级 student of 19), so a test changes one fact and sees which rule refuses it.

export const START = "2027-03-01";
export const END = "2027-08-31";
/** A PDF's first bytes: enough for the content check of app/lib/documents.server.ts. */
export const PDF = new Uint8Array([...new TextEncoder().encode("%PDF-1.4\n% test\n")]);

export function usePlacementWorld() {
  const t = useTestApp();
  return fromBeforeAll("usePlacementWorld()", async () => ({ db: t.db, make: t.make, clientFor: t.clientFor, visitor: t.visitor, url: t.url, ...(await castOf(t)) }));
}
export type PlacementWorld = ReturnType<typeof usePlacementWorld>;

async function castOf(t: TestAppHandle) {
  const { make, db } = t;
  const school = await make.school();
  const otherSchool = await make.school();
  const host = await make.enterprise({ staffCount: 100, businessCategory: "MANUFACTURING" });
  const otherEnterprise = await make.enterprise({ staffCount: 100 });
  const post = await make.enterprisePost({ enterpriseId: host.id, staffCount: 10, regularWage: 4000 });
  const bureau = await make.bureau();
  const users = {
    office: await make.user({ role: "SCHOOL_STAFF", organisationId: school.id }),
    otherOffice: await make.user({ role: "SCHOOL_STAFF", organisationId: otherSchool.id }),
    teacher: await make.user({ role: "TEACHER", organisationId: school.id }),
    otherTeacher: await make.user({ role: "TEACHER", organisationId: school.id }),
    hostStaff: await make.user({ role: "ENTERPRISE_STAFF", organisationId: host.id }),
    otherStaff: await make.user({ role: "ENTERPRISE_STAFF", organisationId: otherEnterprise.id }),
    bureau: await make.user({ role: "BUREAU_ADMIN", organisationId: bureau.id }),
  };
  const supervisor = await make.teacher({ schoolId: school.id, userId: users.teacher.id });
  const student = await make.student({ account: true, schoolId: school.id, cohortYear: 2025, birthDate: "2008-01-01", gender: "男" });
  const otherStudent = await make.student({ account: true, schoolId: school.id, cohortYear: 2025, birthDate: "2008-01-01" });
  const clients = {
    office: await t.clientFor(users.office.id),
    otherOffice: await t.clientFor(users.otherOffice.id),
    teacher: await t.clientFor(users.teacher.id),
    otherTeacher: await t.clientFor(users.otherTeacher.id),
    hostStaff: await t.clientFor(users.hostStaff.id),
    otherStaff: await t.clientFor(users.otherStaff.id),
    bureau: await t.clientFor(users.bureau.id),
    student: await t.clientFor(student.user.id),
    otherStudent: await t.clientFor(otherStudent.user.id),
  };

  /** A stored PDF of the office's (no Document factory exists yet: the smallest valid row). */
  async function pdf() {
    const doc = await db.prisma.document.create({
      data: { organisationId: school.id, uploadedById: users.office.id, fileName: "三方协议.pdf", mediaType: "application/pdf", byteSize: PDF.byteLength, sha256: "0".repeat(64), bytes: PDF },
    });
    return doc.id;
  }

  /** A PLANNED placement of `student` at `host` on `post` that keeps every rule, with `change` applied. */
  async function compliant(change: InternshipPlacementTraits = {}) {
    return make.internshipPlacement({
      studentId: student.id,
      schoolId: school.id,
      enterpriseId: host.id,
      enterprisePostId: post.id,
      supervisorTeacherId: supervisor.id,
      post: post.name,
      postCategory: "MANUFACTURING",
      startsOn: START,
      endsOn: END,
      dailyHours: 8,
      weeklyHours: 40,
      monthlyPay: 3200,
      regularWage: 4000,
      insurancePolicyNo: "PICC-2027-001",
      insuranceFrom: new Date(`${START}T00:00:00Z`),
      insuranceTo: new Date(`${END}T00:00:00Z`),
      insurancePayer: "SCHOOL",
      tripartiteSignedOn: new Date("2027-02-20T00:00:00Z"),
      tripartiteDocumentId: await pdf(),
      ...change,
    });
  }

  return { school, otherSchool, host, otherEnterprise, post, users, supervisor, student, otherStudent, clients, compliant, pdf };
}
