import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { Prisma } from "~/generated/prisma/client";
import { notFound } from "~/lib/errors.server";
import { positionSearch } from "~/lib/position-search.server";
import { can } from "~/features/auth/permissions.server";
import { schoolNotice, statusNotice } from "./application-notice";
import { notifyEnterpriseStaff } from "./staff-notices.server";
import { closeOpenApplications } from "./close.server";
import { todayInHohhot } from "~/lib/dates";
import { isGraduating } from "./eligibility";
import { mayMove, refusedMoveMessage, type ApplicationStatus, type Side } from "./application-status";

// Every change of an application is one transaction: the new status, its event (from, to, note,
// who, when) and the inbox notices (the student's when the enterprise acted; the enterprise staff's
// when the student acted; the school office's on an offer or an acceptance) commit together or not
// at all. Accepting one offer may decline the student's other offers in the same transaction. All changes to one position's applications take that position's
// row lock first, so they are decided one after the other: two students accepting the last seat at
// once cannot both get it, and the position closes once.

type Tx = Prisma.TransactionClient;
/**
 * `replyBy` (YYYY-MM-DD, Hohhot) is the offer's 答复期限, kept only with 拟录用; `declineOthers`, only
 * with the student's 接受录用, declines every other offer the student holds (one accepted job at a
 * time for a graduating student, issue 9 item 3).
 */
export type MoveRequest = { applicationId: number; to: ApplicationStatus; note?: string; replyBy?: string; declineOthers?: boolean };
export type MoveOutcome =
  | { moved: true; to: ApplicationStatus; closedPosition: boolean; declined: number }
  | { moved: false; message: string };

/** Moves an application for one side of it; `positionId` pins the enterprise's request to the page it came from. */
export async function moveApplication(
  user: SessionUser,
  side: Side,
  request: MoveRequest,
  positionId?: number,
): Promise<MoveOutcome> {
  const outcome = await prisma().$transaction(async (tx) => {
    const target = await movableApplication(tx, user, side, request.applicationId, positionId);
    // The student's own moves take the student's row lock first (before any position's), so two of
    // their acceptances are decided one after the other and the one-job rule below sees the first.
    if (side === "student") await tx.$queryRaw`SELECT 1 FROM "Student" WHERE "id" = ${target.studentId} FOR UPDATE`;
    await tx.$queryRaw`SELECT 1 FROM "Position" WHERE "id" = ${target.positionId} FOR UPDATE`;
    const current = await tx.application.findUniqueOrThrow({
      where: { id: request.applicationId },
      select: {
        status: true,
        position: {
          select: {
            id: true,
            title: true,
            status: true,
            kind: true,
            headcount: true,
            enterprise: { select: { organisation: { select: { name: true } } } },
          },
        },
      },
    });
    const { position } = current;
    if (!mayMove(side, current.status, request.to)) return refuse(refusedMoveMessage(current.status, request.to));
    // A closed position decides nothing more: no offer beyond a filled headcount, no interview for a
    // seat that is gone. (Its waiting applications were closed with it; this guards the rest.)
    if (side === "enterprise" && position.status === "CLOSED") return refuse(CLOSED_POSITION_MESSAGE);

    if (side === "student" && request.to === "ACCEPTED" && position.kind === "JOB" && isGraduating(target.graduationYear, todayInHohhot())) {
      const held = await acceptedJobElsewhere(tx, target.studentId, request.applicationId);
      if (held) return refuse(oneJobMessage(held));
    }

    let closes = false;
    if (request.to === "ACCEPTED") {
      const accepted = await tx.application.count({ where: { positionId: position.id, status: "ACCEPTED" } });
      if (accepted >= position.headcount) return refuse("该岗位录用名额已满，无法接受录用");
      closes = accepted + 1 >= position.headcount && position.status === "PUBLISHED";
    }

    const note = request.note ?? null;
    // Withdrawing takes back the consent applying gave: the enterprise's copy of the résumé is
    // erased with it (docs/decisions/0008); applying again shares a new one.
    const erased = request.to === "WITHDRAWN" ? { sharedResume: Prisma.DbNull } : {};
    const replyBy = request.to === "OFFER" ? request.replyBy ?? null : null;
    const offerReplyBy = replyBy ? new Date(`${replyBy}T00:00:00Z`) : null;
    await tx.application.update({
      where: { id: request.applicationId },
      data: { status: request.to, ...erased, ...(request.to === "OFFER" ? { offerReplyBy } : {}) },
    });
    await tx.applicationEvent.create({
      data: { applicationId: request.applicationId, fromStatus: current.status, toStatus: request.to, note, actorId: user.id },
    });
    const enterprise = position.enterprise.organisation.name;
    // The student's own move is not news to them; the enterprise's is.
    if (target.studentUserId !== null && side === "enterprise") {
      const notice = statusNotice(request.to, { title: position.title, enterprise }, request.applicationId, note, replyBy);
      await tx.notification.create({ data: { userId: target.studentUserId, ...notice } });
    }
    if (side === "student") {
      const subject = {
        applicationId: request.applicationId,
        positionId: position.id,
        title: position.title,
        student: target.studentName,
        school: target.schoolName,
      };
      await notifyEnterpriseStaff(tx, target.enterpriseId, request.to, subject, note);
    }
    await notifySchoolStaff(tx, target.schoolId, request.to, { student: target.studentName, enterprise, title: position.title });
    if (closes) await closeAtHeadcount(tx, user, position.id);
    const declined =
      side === "student" && request.to === "ACCEPTED" && request.declineOthers
        ? await declineOtherOffers(tx, user, target, request.applicationId)
        : [];
    return { moved: true as const, to: request.to, closedPosition: closes, positionId: position.id, declined: declined.length };
  });
  if (!outcome.moved) return outcome;
  if (outcome.closedPosition) await positionSearch().afterCommit([outcome.positionId]);
  return { moved: true, to: outcome.to, closedPosition: outcome.closedPosition, declined: outcome.declined };
}

/**
 * Declines, as the student, every other offer (拟录用) they hold, inside the accepting transaction:
 * each position's row lock first (in id order), each offer re-read under it (one the enterprise
 * rejected meanwhile is left alone), an event and the enterprise's notice for each. Returns the ids.
 */
async function declineOtherOffers(tx: Tx, user: SessionUser, target: Movable, acceptedId: number): Promise<number[]> {
  const others = await tx.application.findMany({
    where: { studentId: target.studentId, status: "OFFER", id: { not: acceptedId } },
    orderBy: { positionId: "asc" },
    select: { id: true, positionId: true, position: { select: { title: true, enterpriseId: true } } },
  });
  const declined: number[] = [];
  for (const other of others) {
    await tx.$queryRaw`SELECT 1 FROM "Position" WHERE "id" = ${other.positionId} FOR UPDATE`;
    const moved = await tx.application.updateMany({ where: { id: other.id, status: "OFFER" }, data: { status: "DECLINED" } });
    if (moved.count === 0) continue;
    await tx.applicationEvent.create({
      data: { applicationId: other.id, fromStatus: "OFFER", toStatus: "DECLINED", note: DECLINED_FOR_OTHER, actorId: user.id },
    });
    const subject = {
      applicationId: other.id,
      positionId: other.positionId,
      title: other.position.title,
      student: target.studentName,
      school: target.schoolName,
    };
    await notifyEnterpriseStaff(tx, other.position.enterpriseId, "DECLINED", subject, DECLINED_FOR_OTHER);
    declined.push(other.id);
  }
  return declined;
}

/**
 * One accepted job at a time for a graduating student (issue 9 item 3): a student who finishes school
 * this school year or has finished (isGraduating, app/features/applications/eligibility.ts) and already
 * holds an accepted 就业岗位 cannot accept another one. Internships and apprenticeships are not jobs and
 * are not limited; a student in an earlier year is not limited either. Returns the held job, if any.
 */
async function acceptedJobElsewhere(tx: Tx, studentId: number, applicationId: number) {
  return tx.application.findFirst({
    where: { studentId, status: "ACCEPTED", id: { not: applicationId }, position: { kind: "JOB" } },
    select: { position: { select: { title: true, enterprise: { select: { organisation: { select: { name: true } } } } } } },
  });
}

/** The refusal names the rule and the job already accepted. */
const oneJobMessage = (held: { position: { title: string; enterprise: { organisation: { name: string } } } }) =>
  `毕业生同一时间只接受一份工作：你已接受${held.position.enterprise.organisation.name}「${held.position.title}」的录用，不能再接受另一份就业岗位的录用`;

/** The note on an offer declined because the student accepted another. */
export const DECLINED_FOR_OTHER = "已接受其他录用";

/** Tells the active school-office staff of the student's school of an offer or an acceptance. */
async function notifySchoolStaff(tx: Tx, schoolId: number, to: ApplicationStatus, subject: Parameters<typeof schoolNotice>[1]) {
  const notice = schoolNotice(to, subject);
  if (!notice) return;
  const staff = await tx.user.findMany({
    where: { organisationId: schoolId, role: "SCHOOL_STAFF", disabledAt: null },
    select: { id: true },
  });
  if (staff.length) await tx.notification.createMany({ data: staff.map((u) => ({ userId: u.id, ...notice })) });
}

export const CLOSED_POSITION_MESSAGE = "该岗位已关闭，不能再处理申请";

const refuse = (message: string) => ({ moved: false as const, message });

type Movable = Awaited<ReturnType<typeof movableApplication>>;

/** Someone else's application does not exist for the user: 404, so ids cannot be probed. */
async function movableApplication(tx: Tx, user: SessionUser, side: Side, applicationId: number, positionId?: number) {
  const found = await tx.application.findUnique({
    where: { id: applicationId },
    select: {
      positionId: true,
      student: {
        select: { id: true, userId: true, name: true, graduationYear: true, schoolId: true, school: { select: { organisation: { select: { name: true } } } } },
      },
      position: { select: { enterpriseId: true } },
    },
  });
  if (!found || (positionId !== undefined && found.positionId !== positionId)) notFound("找不到该申请");
  const permitted =
    side === "student"
      ? can(user, { action: "application.move", side, studentUserId: found.student.userId })
      : can(user, { action: "application.move", side, enterpriseId: found.position.enterpriseId });
  if (!permitted) notFound("找不到该申请");
  return {
    positionId: found.positionId,
    enterpriseId: found.position.enterpriseId,
    studentId: found.student.id,
    studentUserId: found.student.userId,
    studentName: found.student.name,
    graduationYear: found.student.graduationYear,
    schoolId: found.student.schoolId,
    schoolName: found.student.school.organisation.name,
  };
}

/**
 * The last seat is taken: the position stops taking applications, audited and re-indexed like any
 * close, and everyone still waiting hears that it is full (岗位已招满).
 */
async function closeAtHeadcount(tx: Tx, user: SessionUser, positionId: number) {
  await tx.position.update({ where: { id: positionId }, data: { status: "CLOSED" } });
  await closeOpenApplications(tx, positionId, "filled", user.id);
  await tx.positionChange.create({ data: { positionId, userId: user.id, changes: { status: ["PUBLISHED", "CLOSED"] } } });
  await positionSearch().indexInTransaction(tx, [positionId]);
}
