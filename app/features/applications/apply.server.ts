import { prisma } from "~/db/db.server";
import { Prisma } from "~/generated/prisma/client";
import type { SessionUser } from "~/features/auth/session.server";
import { forbidden, notFound } from "~/lib/errors.server";
import { assertCan } from "~/features/auth/permissions.server";
import { closedToApplications } from "../../../shared/open-for-applications";
import { eligibilityProblem } from "./eligibility";
import { isoDayOf, todayInHohhot } from "~/lib/dates";
import { notifyEnterpriseStaff } from "./staff-notices.server";
import { mayMove } from "./application-status";
import { resumeSnapshot } from "~/features/resume/index.server";
import { fairOfApplication } from "./at-fair.server";

export type ApplyOptions = {
  /** The fair the student applies at (?fair= on the position page): kept only when fairOfApplication() holds. */
  fairId?: number;
  /** Runs inside the application's transaction with its id (a booth lead's confirmation); throwing undoes the application. */
  also?: (tx: Prisma.TransactionClient, applicationId: number) => Promise<void>;
  now?: Date;
};

export type ApplyOutcome =
  | { applied: true; applicationId: number; duplicate: boolean; again?: boolean }
  | { applied: false; message: string };

/** The acting student's own record: every application belongs to it. */
export async function ownStudent(user: SessionUser, action: "application.apply" | "application.listOwn" = "application.apply") {
  assertCan(user, { action }, action === "application.apply" ? "只有学生可以申请岗位" : "只有学生有「我的申请」");
  const student = await prisma().student.findUnique({
    where: { userId: user.id },
    select: {
      id: true,
      name: true,
      birthDate: true,
      cohortYear: true,
      schoolId: true,
      school: { select: { organisation: { select: { name: true } } } },
    },
  });
  if (!student) forbidden("你的账号未关联学籍，请联系学校");
  return student;
}

const existing = (positionId: number, studentId: number) =>
  prisma().application.findUnique({ where: { positionId_studentId: { positionId, studentId } }, select: { id: true, status: true } });

/** Another request of the same student re-applied first (a double tap on 重新申请). */
class AlreadyReapplied extends Error {}

/** A unique violation: another request of the same student got there first (a double tap). */
const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/**
 * Applies once. A second submit, sequential or simultaneous, finds the first application: the
 * unique index (positionId, studentId) makes the later insert fail, and that failure is the answer.
 */
export async function applyForPosition(
  user: SessionUser,
  positionId: number,
  note: string | undefined,
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  const student = await ownStudent(user);
  const position = await prisma().position.findUnique({
    where: { id: positionId },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      deadline: true,
      startDate: true,
      minAge: true,
      enterpriseId: true,
      enterprise: { select: { standing: true, organisation: { select: { name: true } } } },
    },
  });
  // Drafts are private to their enterprise: for a student they do not exist.
  if (!position || position.status === "DRAFT") notFound("找不到该岗位");
  const already = await existing(positionId, student.id);
  // One row per student and position: after 已撤回 or 岗位已关闭 applying again reopens that row
  // (its history kept); while it is still going, a second submit is the first one again.
  if (already && !mayMove("student", already.status, "SUBMITTED")) return { applied: true, applicationId: already.id, duplicate: true };

  const today = todayInHohhot();
  const blocked = await prisma().schoolEnterpriseBlock.count({ where: { schoolId: student.schoolId, enterpriseId: position.enterpriseId } });
  const problem =
    closedToApplications(
      { status: position.status, deadline: isoDayOf(position.deadline), standing: position.enterprise.standing, blocked: blocked > 0 },
      today,
    ) ??
    eligibilityProblem(
      { kind: position.kind, minAge: position.minAge, startDate: position.startDate && isoDayOf(position.startDate) },
      { birthDate: isoDayOf(student.birthDate), cohortYear: student.cohortYear },
      today,
    );
  if (problem) return { applied: false, message: problem };

  try {
    const applicationId = await prisma().$transaction(async (tx) => {
      // Applying is the student's consent to share: this position's enterprise gets the résumé as it
      // is now (docs/decisions/0008), replacing any copy an earlier application to it carried.
      const sharedResume = (await resumeSnapshot(tx, student.id, new Date())) ?? Prisma.DbNull;
      const fairId =
        options.fairId === undefined ? null : await fairOfApplication(tx, { fairId: options.fairId, positionId, studentId: student.id }, options.now ?? new Date());
      let id: number;
      if (already) {
        // Only from the status read above: a simultaneous second re-apply finds it moved and is a duplicate.
        const reopened = await tx.application.updateMany({
          where: { id: already.id, status: already.status },
          data: { status: "SUBMITTED", note: note ?? null, sharedResume, ...(fairId === null ? {} : { fairId }) },
        });
        if (reopened.count === 0) throw new AlreadyReapplied();
        id = already.id;
      } else {
        ({ id } = await tx.application.create({
          data: { positionId, studentId: student.id, note: note ?? null, sharedResume, fairId },
          select: { id: true },
        }));
      }
      await tx.applicationEvent.create({
        data: { applicationId: id, fromStatus: already?.status ?? null, toStatus: "SUBMITTED", note: note ?? null, actorId: user.id },
      });
      // Applying is the student's own act: no notice to them (issue 9, item 6); the enterprise hears.
      const subject = {
        applicationId: id,
        positionId,
        title: position.title,
        student: student.name,
        school: student.school.organisation.name,
      };
      await notifyEnterpriseStaff(tx, position.enterpriseId, "SUBMITTED", subject, note);
      if (options.also) await options.also(tx, id);
      return id;
    });
    return { applied: true, applicationId, duplicate: false, again: already !== null };
  } catch (error) {
    if (error instanceof AlreadyReapplied) return { applied: true, applicationId: already!.id, duplicate: true };
    if (!isUniqueViolation(error)) throw error;
    const first = await existing(positionId, student.id);
    if (!first) throw error;
    return { applied: true, applicationId: first.id, duplicate: true };
  }
}
