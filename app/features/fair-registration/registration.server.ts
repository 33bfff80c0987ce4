import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import { moment } from "~/lib/dates";
import { forbidden, notFound } from "~/lib/errors.server";
import { FAIR_STATUS_LABEL, ineligibility, windowOpen, type FairStatus } from "~/lib/fairs";
import { isUniqueViolation } from "~/lib/db-errors";

// 学生报名 (issue 12 item 3, docs/decisions/0014): a registration is a row of the signed-in student's
// own record, one per fair ((fairId, studentId) is unique), so attendance counts real students.
// Registering: an OPEN or RUNNING fair, inside the student window (opensAt inclusive, closesAt
// exclusive), an eligible student (ineligibility() of app/lib/fairs.ts gives the reason). Cancelling
// keeps the row (cancelledAt) and is allowed until the fair starts; registering again clears it.

export type RegistrationOutcome = { done: true; registrationId: number; again: boolean } | { done: false; message: string };

const refuse = (message: string): RegistrationOutcome => ({ done: false, message });

/** The signed-in student's own record, with what eligibility and the pass need; 403 for anyone else. */
export async function fairStudent(user: SessionUser) {
  assertCan(user, { action: "fair.register" }, "只有学生可以报名招聘会");
  const student = await prisma().student.findUnique({
    where: { userId: user.id },
    select: {
      id: true,
      name: true,
      schoolId: true,
      cohortYear: true,
      status: true,
      school: { select: { organisation: { select: { name: true } } } },
      schoolProgram: { select: { programId: true, program: { select: { name: true } } } },
    },
  });
  if (!student) forbidden("你的账号未关联学籍，请联系学校");
  return student;
}
export type FairStudent = Awaited<ReturnType<typeof fairStudent>>;

/** The fair as registration judges it; 404 when missing or a draft the user may not know of. */
async function fairForStudent(user: SessionUser, fairId: number) {
  const fair = await prisma().jobFair.findUnique({
    where: { id: fairId },
    select: {
      id: true,
      organiserId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      studentRegistrationOpensAt: true,
      studentRegistrationClosesAt: true,
      allSchools: true,
      cohortYears: true,
      schools: { select: { schoolId: true } },
      programs: { select: { programId: true } },
    },
  });
  // A draft is its organiser's staff's alone; fair.read lets anyone of the organising organisation
  // read it, a student of the organising school included, so drafts are ruled out here as well.
  if (!fair || fair.status === "DRAFT") notFound("找不到该招聘会");
  assertVisible(user, { action: "fair.read", organiserId: fair.organiserId, status: fair.status }, "找不到该招聘会");
  return fair;
}
type FairRow = Awaited<ReturnType<typeof fairForStudent>>;

/**
 * Why this student may not register for this fair now, or null: the fair's state, the student
 * window (opensAt inclusive, closesAt exclusive) and eligibility, in that order.
 */
export function registrationProblem(fair: FairRow, student: FairStudent, now: Date): string | null {
  const status = fair.status as FairStatus;
  if (status !== "OPEN" && status !== "RUNNING") return `本场招聘会${FAIR_STATUS_LABEL[status]}，不能报名`;
  const window = { opensAt: fair.studentRegistrationOpensAt, closesAt: fair.studentRegistrationClosesAt };
  if (!windowOpen(window, now)) {
    return now < window.opensAt ? `学生报名将于 ${moment(window.opensAt)} 开始` : `学生报名已于 ${moment(window.closesAt)} 截止`;
  }
  return ineligibility(
    {
      allSchools: fair.allSchools,
      schoolIds: fair.schools.map((s) => s.schoolId),
      programIds: fair.programs.map((p) => p.programId),
      cohortYears: fair.cohortYears,
    },
    { schoolId: student.schoolId, programId: student.schoolProgram.programId, cohortYear: student.cohortYear, status: student.status },
  );
}

const registrationOf = (fairId: number, studentId: number) =>
  prisma().fairRegistration.findUnique({
    where: { fairId_studentId: { fairId, studentId } },
    select: { id: true, cancelledAt: true, checkedInAt: true },
  });

/**
 * Registers the signed-in student. A second submit, sequential or simultaneous, is the first one
 * again: the unique index (fairId, studentId) makes the later insert fail, and that is the answer.
 */
export async function registerForFair(user: SessionUser, fairId: number, now = new Date()): Promise<RegistrationOutcome> {
  const student = await fairStudent(user);
  const fair = await fairForStudent(user, fairId);
  const problem = registrationProblem(fair, student, now);
  if (problem) return refuse(problem);
  const existing = await registrationOf(fairId, student.id);
  if (existing && existing.cancelledAt === null) return { done: true, registrationId: existing.id, again: false };
  if (existing) {
    // Only a cancelled row is revived: a simultaneous second tap finds it already live (count 0), which is the same answer.
    await prisma().fairRegistration.updateMany({
      where: { id: existing.id, cancelledAt: { not: null } },
      data: { cancelledAt: null, registeredAt: now },
    });
    return { done: true, registrationId: existing.id, again: true };
  }
  try {
    const { id } = await prisma().fairRegistration.create({ data: { fairId, studentId: student.id, registeredAt: now }, select: { id: true } });
    return { done: true, registrationId: id, again: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = await registrationOf(fairId, student.id);
    if (!first) throw error;
    return { done: true, registrationId: first.id, again: false };
  }
}

/** Cancels the signed-in student's registration: allowed until the fair starts and before check-in. */
export async function cancelRegistration(user: SessionUser, fairId: number, now = new Date()): Promise<RegistrationOutcome> {
  const student = await fairStudent(user);
  const fair = await fairForStudent(user, fairId);
  const existing = await registrationOf(fairId, student.id);
  if (!existing || existing.cancelledAt !== null) return refuse("你没有报名本场招聘会");
  if (existing.checkedInAt !== null) return refuse("你已在招聘会签到，不能取消报名");
  if (now >= fair.startsAt) return refuse("招聘会已开始，不能再取消报名");
  await prisma().fairRegistration.updateMany({ where: { id: existing.id, cancelledAt: null, checkedInAt: null }, data: { cancelledAt: now } });
  return { done: true, registrationId: existing.id, again: false };
}

export type StudentRegistrationState = {
  /** The student's registration, live or cancelled, or null. */
  registration: { id: number; cancelled: boolean; checkedIn: boolean } | null;
  /** Why registering is refused now (window, state, eligibility), or null when the button works. */
  problem: string | null;
  /** Whether 取消报名 is still allowed (before the fair starts, not checked in). */
  mayCancel: boolean;
};

/**
 * What the fair's page shows a student (the register / 入场码 / 取消报名 controls); null for anyone
 * who is not a student with a record (they see no controls).
 */
export async function studentRegistrationState(user: SessionUser, fairId: number, now = new Date()): Promise<StudentRegistrationState | null> {
  if (user.role !== "STUDENT") return null;
  const student = await prisma().student.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (!student) return null;
  const [full, fair, row] = await Promise.all([fairStudent(user), fairForStudent(user, fairId), registrationOf(fairId, student.id)]);
  const live = row !== null && row.cancelledAt === null;
  return {
    registration: row && { id: row.id, cancelled: row.cancelledAt !== null, checkedIn: row.checkedInAt !== null },
    problem: live ? null : registrationProblem(fair, full, now),
    mayCancel: live && row.checkedInAt === null && now < fair.startsAt,
  };
}
