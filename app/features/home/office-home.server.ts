import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { GRADUATION_YEAR } from "~/features/directory/index.server";
import { notFound } from "~/lib/errors.server";

/** City-wide figures for the bureau, one aggregate query each. */
export async function bureauHome() {
  const db = prisma();
  const [byOwnership, enrolled, graduates, fullTimeTeachers, dualTeachers, enterprises, activeAgreements] =
    await Promise.all([
      db.school.groupBy({ by: ["ownership"], _count: { _all: true } }),
      db.student.count({ where: { status: "ENROLLED" } }),
      db.student.count({ where: { status: "GRADUATED", graduationYear: GRADUATION_YEAR } }),
      db.teacher.count({ where: { fullTime: true } }),
      // 双师型 is reported as a share of full-time teachers, so count it among them.
      db.teacher.count({ where: { fullTime: true, dualTeacherLevel: { not: "NONE" } } }),
      db.enterprise.count(),
      db.partnershipAgreement.count({ where: { status: "ACTIVE" } }),
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
    graduationYear: GRADUATION_YEAR,
  };
}

/** The staff member's own school: its roll by cohort, programs and teachers. */
export async function schoolHome(user: SessionUser) {
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
    db.student.groupBy({
      by: ["cohortYear"],
      where: { schoolId, status: "ENROLLED" },
      orderBy: { cohortYear: "desc" },
      _count: { _all: true },
    }),
    db.teacher.count({ where: { schoolId, fullTime: true } }),
    db.teacher.count({ where: { schoolId, fullTime: true, dualTeacherLevel: { not: "NONE" } } }),
  ]);
  const byCohort = cohorts.map((g) => ({ cohortYear: g.cohortYear, enrolled: g._count._all }));
  return {
    school: school.organisation,
    enrolled: byCohort.reduce((sum, c) => sum + c.enrolled, 0),
    byCohort,
    programs: school.programs.map((o) => o.program.name),
    fullTimeTeachers,
    dualTeachers,
  };
}
