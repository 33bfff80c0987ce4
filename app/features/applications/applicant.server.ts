import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { notFound } from "~/lib/errors.server";
import { applicantSelect, applicantsPosition, applicantView, mayReadSharedResume } from "./applicants.server";
import { moveApplication } from "./transitions.server";

/**
 * One application, opened by the enterprise's HR. Opening a 已投递 one marks it 企业已查看 (as the
 * big job boards do): an event by the opener and a notice to the student, the same move as the
 * 标记为已查看 button. Opening it again, or one already further on, changes nothing; so does opening
 * one on a closed position (no moves there). Another enterprise's application, or one of another
 * position, is 404.
 */
export async function openApplicant(user: SessionUser, positionId: number, applicationId: number) {
  const position = await applicantsPosition(user, positionId);
  const found = await prisma().application.findFirst({ where: { id: applicationId, positionId }, select: { status: true } });
  if (!found) notFound("找不到该申请");
  // A simultaneous opening by a colleague moves it first; this one is then refused, which is fine.
  if (found.status === "SUBMITTED" && position.status !== "CLOSED") {
    await moveApplication(user, "enterprise", { applicationId, to: "VIEWED" }, positionId);
  }
  const row = await prisma().application.findUniqueOrThrow({ where: { id: applicationId }, select: applicantSelect });
  return { position, applicant: applicantView(row, position.status, mayReadSharedResume(user, position.enterpriseId)) };
}
