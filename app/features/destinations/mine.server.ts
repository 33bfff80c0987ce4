import { prisma } from "~/db/db.server";
import { assertCan } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice } from "~/features/inbox/index.server";
import type { GraduateDestination } from "~/generated/prisma/client";
import { moment } from "~/lib/dates";
import { CONFIRMATION_LABEL } from "~/lib/destinations";
import type { AnswerValue } from "./destination-schema";
import { destinationFacts, historyOf, TRANSACTION, type Refusal } from "./destinations.server";
import { recordConfirmation, snapshotOf } from "./record.server";

// /my/destination: the graduate sees what the school recorded as their destination and confirms it
// (本人确认) or disputes it (有异议) with a note. A dispute tells the school's office (inbox) and shows in
// the school's list. Only a graduated student answers; an enrolled one has nothing to confirm.

const ownStudent = async (user: SessionUser) => {
  assertCan(user, { action: "destination.own" }, "只有学生本人可以查看和确认自己的毕业去向");
  return prisma().student.findUnique({
    where: { userId: user.id },
    select: { id: true, name: true, studentNumber: true, schoolId: true, status: true, graduationYear: true },
  });
};

/** The version an answer must name: the record's last write, to the millisecond. */
export const versionOf = (row: Pick<GraduateDestination, "updatedAt">) => row.updatedAt.toISOString();

export async function myDestination(user: SessionUser) {
  const student = await ownStudent(user);
  const graduated = student?.status === "GRADUATED";
  const row = student && graduated ? await prisma().graduateDestination.findUnique({ where: { studentId: student.id } }) : null;
  return {
    graduated,
    graduationYear: student?.graduationYear ?? null,
    destination: row
      ? {
          ...destinationFacts(snapshotOf(row)),
          confirmation: row.confirmation,
          confirmationLabel: CONFIRMATION_LABEL[row.confirmation],
          confirmedAt: row.confirmedAt ? moment(row.confirmedAt) : null,
          disputeNote: row.disputeNote,
          version: versionOf(row),
        }
      : null,
    history: row && student ? await historyOf(student.id) : [],
  };
}

export const STALE_VERSION = "学校刚更新了这条记录，请查看最新内容后再确认";

/**
 * The graduate's answer: one DestinationChange via STUDENT and the confirmation set (recordConfirmation).
 * Refused, nothing written: not graduated or nothing recorded; an answer to an older version than the
 * stored one; confirming what is already confirmed. A dispute notifies every active staff account of the
 * student's school.
 */
export async function answerDestination(user: SessionUser, value: AnswerValue): Promise<Refusal | { done: true }> {
  const student = await ownStudent(user);
  if (!student || student.status !== "GRADUATED") return { field: null, message: "毕业后才能确认毕业去向" };
  return prisma().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: number }>>`SELECT "id" FROM "GraduateDestination" WHERE "studentId" = ${student.id} FOR UPDATE`;
    if (!locked[0]) return { field: null, message: "学校尚未登记你的毕业去向" };
    const row = await tx.graduateDestination.findUniqueOrThrow({ where: { id: locked[0].id } });
    if (versionOf(row) !== value.version) return { field: null, message: STALE_VERSION };
    if (value.intent === "confirm" && row.confirmation === "CONFIRMED") return { field: null, message: "你已确认过这条记录" };
    const answer = { confirmation: value.intent === "confirm" ? ("CONFIRMED" as const) : ("DISPUTED" as const), note: value.note ?? null };
    await recordConfirmation(tx, user.id, row, answer);
    if (answer.confirmation === "DISPUTED") {
      const staff = await tx.user.findMany({ where: { organisationId: student.schoolId, role: "SCHOOL_STAFF", disabledAt: null }, select: { id: true } });
      await sendNotice(
        tx,
        staff.map((s) => s.id),
        {
          title: `毕业去向异议：${student.name}`,
          body: `${student.name}（${student.studentNumber ?? "无学号"}，${student.graduationYear}届）对登记的毕业去向提出异议：${answer.note}`,
          link: `/destinations/${student.id}`,
        },
      );
    }
    return { done: true as const };
  }, TRANSACTION);
}
