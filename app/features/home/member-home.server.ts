import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { enrolledBySchool } from "~/features/directory/index.server";
import { todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { studentStanding } from "~/lib/student-standing";

/** The enterprise's card and the schools training students for its cluster. */
export async function enterpriseHome(user: SessionUser) {
  const db = prisma();
  const enterprise = await db.enterprise.findUnique({
    where: { organisationId: user.organisationId },
    select: {
      size: true,
      standing: true,
      standingReason: true,
      cluster: { select: { id: true, name: true } },
      organisation: { select: { id: true, name: true, district: true } },
    },
  });
  if (!enterprise) notFound("你的账号未关联企业，请联系市教育局");
  // 企业资质 (issue 11): the enterprise sees where it stands and what it may do.
  const standing = { standing: enterprise.standing, reason: enterprise.standingReason };
  const clusterId = enterprise.cluster?.id;
  if (clusterId === undefined) return { enterprise: { ...enterprise.organisation, size: enterprise.size, cluster: null, ...standing }, schools: [] };

  const inCluster = { program: { clusterId } };
  const [offerings, enrolled] = await Promise.all([
    db.schoolProgram.findMany({
      where: inCluster,
      orderBy: { programId: "asc" },
      select: { schoolId: true, school: { select: { organisation: { select: { name: true } } } }, program: { select: { name: true } } },
    }),
    enrolledBySchool({ schoolProgram: inCluster }),
  ]);
  const bySchool = new Map<number, { id: number; name: string; programs: string[]; enrolled: number }>();
  for (const o of offerings) {
    const entry = bySchool.get(o.schoolId) ?? {
      id: o.schoolId,
      name: o.school.organisation.name,
      programs: [],
      enrolled: enrolled.get(o.schoolId) ?? 0,
    };
    entry.programs.push(o.program.name);
    bySchool.set(o.schoolId, entry);
  }
  // Largest pools of future recruits first.
  const schools = [...bySchool.values()].sort((a, b) => b.enrolled - a.enrolled || a.id - b.id);
  return { enterprise: { ...enterprise.organisation, size: enterprise.size, cluster: enterprise.cluster, ...standing }, schools };
}

/** The teacher's school, their 双师型 level and the enterprise bases open to teachers. */
export async function teacherHome(user: SessionUser) {
  const db = prisma();
  const [teacher, bases] = await Promise.all([
    db.teacher.findUnique({ where: { userId: user.id }, select: { name: true, dualTeacherLevel: true, fullTime: true } }),
    db.trainingBase.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        name: true,
        capacity: true,
        enterprise: { select: { organisation: { select: { id: true, name: true, district: true } } } },
      },
    }),
  ]);
  return {
    school: user.organisation,
    teacher,
    trainingBases: bases.map((b) => ({ id: b.id, name: b.name, capacity: b.capacity, enterprise: b.enterprise.organisation })),
  };
}

/** The student's own record in brief. */
export async function studentHome(user: SessionUser) {
  const student = await prisma().student.findUnique({
    where: { userId: user.id },
    select: {
      id: true,
      cohortYear: true,
      graduationYear: true,
      status: true,
      school: { select: { organisation: { select: { id: true, name: true } } } },
      schoolProgram: { select: { program: { select: { name: true } } } },
    },
  });
  if (!student) return { school: user.organisation, student: null };
  return {
    school: student.school.organisation,
    student: {
      id: student.id,
      cohortYear: student.cohortYear,
      graduationYear: student.graduationYear,
      standing: studentStanding(student, todayInHohhot()).label,
      program: student.schoolProgram.program.name,
    },
  };
}
