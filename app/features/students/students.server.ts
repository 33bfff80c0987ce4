import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan, assertVisible, can } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { idFilter, optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import type { Prisma } from "~/generated/prisma/client";
import { notFound } from "~/lib/errors.server";
import { isoDayOf, moment, todayInHohhot } from "~/lib/dates";
import { studentResume } from "~/features/resume/index.server";
import { studentStanding } from "~/lib/student-standing";

// 个人信息最小化: birth date and phone are selected from the database only for viewers allowed to
// see them, so a rendering slip cannot leak what was never loaded.

export const STUDENTS_PER_PAGE = 50;

/** 学号 or a part of a name; longer than any name or number is cut, not refused (a hand-edited link). */
export const ROSTER_QUERY_MAX = 30;

export const StudentFilters = z.object({
  q: optionalFilter(
    z
      .string()
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .transform((text) => text.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, ROSTER_QUERY_MAX))
      .pipe(z.string().min(1)),
  ),
  cohort: optionalFilter(z.coerce.number().int().min(1990).max(2100)),
  program: idFilter, // a SchoolProgram id of this school
  page: pageNumber,
});
export type StudentFilters = z.infer<typeof StudentFilters>;

const rowSelect = {
  id: true,
  name: true,
  studentNumber: true,
  cohortYear: true,
  graduationYear: true,
  status: true,
  schoolProgram: { select: { program: { select: { name: true } } } },
} as const;

export type StudentRow = {
  id: number;
  name: string;
  studentNumber: string | null;
  program: string;
  cohortYear: number;
  status: string;
  /** 在校 / 2026届毕业生 / 已离校 on the day the page is read (studentStanding). */
  standing: string;
  birthDate?: string;
  phone?: string | null;
};

type RosterQuery = { where: Prisma.StudentWhereInput; skip: number; take: number };
type RowRecord = Prisma.StudentGetPayload<{ select: typeof rowSelect }>;

const toRow = (s: RowRecord, today: string): StudentRow => ({
  id: s.id,
  name: s.name,
  studentNumber: s.studentNumber,
  program: s.schoolProgram.program.name,
  cohortYear: s.cohortYear,
  status: s.status,
  standing: studentStanding(s, today).label,
});

/** One page of the roll; the personal columns are part of the SELECT only when `personal`. */
async function rosterPage(query: RosterQuery, personal: boolean): Promise<StudentRow[]> {
  const args = { ...query, orderBy: [{ cohortYear: "desc" as const }, { id: "asc" as const }] };
  const today = todayInHohhot();
  if (!personal) return (await prisma().student.findMany({ ...args, select: rowSelect })).map((s) => toRow(s, today));
  const rows = await prisma().student.findMany({ ...args, select: { ...rowSelect, birthDate: true, phone: true } });
  return rows.map((s) => ({ ...toRow(s, today), birthDate: isoDayOf(s.birthDate), phone: s.phone }));
}

/**
 * The roster search: a part of the name (示例·王伟 is found by 王伟 or 伟), or the start of the 学号
 * (20230 finds 2023级's numbers). Prisma passes % and _ to LIKE as wildcards, so they are escaped
 * (PostgreSQL's default LIKE escape is the backslash) and match only themselves.
 */
function rosterMatch(q: string): Prisma.StudentWhereInput[] {
  const literal = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return [{ name: { contains: literal } }, { studentNumber: { startsWith: literal } }];
}

export async function schoolStudents(user: SessionUser, schoolId: number, filters: StudentFilters) {
  const db = prisma();
  const school = await db.school.findUnique({
    where: { organisationId: schoolId },
    select: {
      organisation: { select: { id: true, name: true } },
      programs: { orderBy: { programId: "asc" }, select: { id: true, program: { select: { name: true } } } },
    },
  });
  if (!school) notFound("找不到该学校");
  assertCan(user, { action: "school.students.list", schoolId });
  const personal = can(user, { action: "school.students.listPersonal", schoolId });

  const where: Prisma.StudentWhereInput = {
    schoolId,
    cohortYear: filters.cohort,
    schoolProgramId: filters.program,
    ...(filters.q ? { OR: rosterMatch(filters.q) } : {}),
  };
  const [total, cohortGroups] = await Promise.all([
    db.student.count({ where }),
    db.student.groupBy({ by: ["cohortYear"], where: { schoolId }, orderBy: { cohortYear: "desc" } }),
  ]);
  const page = paging(filters.page, total, STUDENTS_PER_PAGE);
  const students = await rosterPage({ where, skip: page.skip, take: page.take }, personal);

  return {
    school: school.organisation,
    programs: school.programs.map((o) => ({ value: o.id, label: o.program.name })),
    cohorts: cohortGroups.map((g) => ({ value: g.cohortYear, label: `${g.cohortYear}级` })),
    personal,
    students,
    page,
  };
}

/** One student's record; a missing id is 404, someone else's student 403. */
export async function studentRecord(user: SessionUser, studentId: number) {
  const db = prisma();
  const owner = await db.student.findUnique({ where: { id: studentId }, select: { schoolId: true, userId: true } });
  if (!owner) notFound("找不到该学生");
  const target = { schoolId: owner.schoolId, studentUserId: owner.userId };
  assertVisible(user, { action: "student.read", ...target }, "找不到该学生"); // another school's student is as missing as none
  const personal = can(user, { action: "student.readPersonal", ...target });

  const recordSelect = {
    id: true,
    name: true,
    studentNumber: true,
    cohortYear: true,
    graduationYear: true,
    status: true,
    school: { select: { organisation: { select: { id: true, name: true } } } },
    schoolProgram: { select: { program: { select: { name: true, cluster: { select: { id: true, name: true } } } } } },
  } as const;
  // The live résumé only for the student and their own school office (resume.read, decision 0008).
  const [found, applications, personalData, resume] = await Promise.all([
    db.student.findUniqueOrThrow({ where: { id: studentId }, select: recordSelect }),
    applicationsOf(studentId),
    personal
      ? db.student.findUniqueOrThrow({ where: { id: studentId }, select: { gender: true, birthDate: true, phone: true } })
      : null,
    studentResume(user, { id: studentId, ...owner }),
  ]);
  return {
    id: found.id,
    name: found.name,
    studentNumber: found.studentNumber,
    cohortYear: found.cohortYear,
    graduationYear: found.graduationYear,
    status: found.status,
    standing: studentStanding(found, todayInHohhot()).label,
    school: found.school.organisation,
    program: found.schoolProgram.program.name,
    cluster: found.schoolProgram.program.cluster,
    personal: personalData && { ...personalData, birthDate: isoDayOf(personalData.birthDate) },
    resume: resume && { ...resume, updatedAt: moment(resume.updatedAt) },
    applications,
  };
}

/**
 * The student's applications and where they ended, newest first: shown with the record to whoever
 * may read it (student.read: the student, their school's staff and teachers, the bureau for casework,
 * docs/decisions/0006). Dates are YYYY-MM-DD in Hohhot.
 */
async function applicationsOf(studentId: number) {
  const rows = await prisma().application.findMany({
    where: { studentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      position: { select: { id: true, title: true, kind: true, enterprise: { select: { organisation: { select: { id: true, name: true } } } } } },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    status: a.status,
    appliedOn: todayInHohhot(a.createdAt),
    updatedOn: todayInHohhot(a.updatedAt),
    position: { id: a.position.id, title: a.position.title, kind: a.position.kind },
    enterprise: a.position.enterprise.organisation,
  }));
}
