import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { agreementInForce } from "~/lib/agreements";
import { todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { cohortsInSchool, latestGraduationYear } from "~/lib/school-year";

/** City-wide figures for the bureau, one aggregate query each; the graduates are the class of `today`'s school year. */
export async function bureauHome(today = todayInHohhot()) {
  const db = prisma();
  const graduationYear = latestGraduationYear(today);
  const [byOwnership, enrolled, graduates, fullTimeTeachers, dualTeachers, enterprises, activeAgreements] =
    await Promise.all([
      db.school.groupBy({ by: ["ownership"], _count: { _all: true } }),
      db.student.count({ where: { status: "ENROLLED" } }),
      db.student.count({ where: { status: "GRADUATED", graduationYear } }),
      db.teacher.count({ where: { fullTime: true } }),
      // 双师型 is reported as a share of full-time teachers, so count it among them.
      db.teacher.count({ where: { fullTime: true, dualTeacherLevel: { not: "NONE" } } }),
      db.enterprise.count(),
      db.partnershipAgreement.count({ where: agreementInForce(today) }),
    ]);
  const schools = (ownership: string) => byOwnership.find((g) => g.ownership === ownership)?._count._all ?? 0;
  return {
    figures: {
      publicSchools: schools("PUBLIC"),
      privateSchools: schools("PRIVATE"),
      enrolled,
      graduates,
      fullTimeTeachers,
      dualTeachers,
      enterprises,
      activeAgreements,
    },
    graduationYear,
  };
}

/**
 * The staff member's own school: its roll, by each cohort in school on `today` (newest first, a
 * cohort with nobody enrolled shows 0), programs and teachers. `enrolled` counts every enrolled
 * student, also one kept back from an older cohort.
 */
export async function schoolHome(user: SessionUser, today = todayInHohhot()) {
  const db = prisma();
  const schoolId = user.organisationId;
  const school = await db.school.findUnique({
    where: { organisationId: schoolId },
    select: {
      organisation: { select: { id: true, name: true } },
      programs: { orderBy: { programId: "asc" }, select: { id: true, program: { select: { name: true } } } },
    },
  });
  if (!school) notFound("你的账号未关联中职学校，请联系市教育局");
  const [cohorts, fullTimeTeachers, dualTeachers] = await Promise.all([
    db.student.groupBy({ by: ["cohortYear"], where: { schoolId, status: "ENROLLED" }, _count: { _all: true } }),
    db.teacher.count({ where: { schoolId, fullTime: true } }),
    db.teacher.count({ where: { schoolId, fullTime: true, dualTeacherLevel: { not: "NONE" } } }),
  ]);
  const counted = new Map(cohorts.map((g) => [g.cohortYear, g._count._all]));
  const byCohort = cohortsInSchool(today).map((cohortYear) => ({ cohortYear, enrolled: counted.get(cohortYear) ?? 0 }));
  return {
    school: school.organisation,
    enrolled: cohorts.reduce((sum, g) => sum + g._count._all, 0),
    byCohort,
    programs: school.programs.map((o) => o.program.name),
    fullTimeTeachers,
    dualTeachers,
  };
}
