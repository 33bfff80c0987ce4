import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { applyForPosition } from "~/features/applications/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { notFound } from "~/lib/errors.server";
import { fairStudent } from "./registration.server";
import { leadDecidedMessage, mayMoveLead, type LeadStatus } from "./lead-status";

// A booth lead answered by its student (issue 12 item 5). Confirming makes an ordinary application
// (applyForPosition: the same rules, notices and résumé sharing as everywhere) for the lead's position
// or one of the booth's positions the student picks, marked with the fair (Application.fairId), and
// marks the lead CONFIRMED with it — in one transaction, only from PENDING, so a lead is confirmed
// once however often it is posted. Another student's lead does not exist for this one (404).

export type LeadOutcome = { done: true; message: string; applicationId?: number } | { done: false; message: string };

const refuse = (message: string): LeadOutcome => ({ done: false, message });

/** The lead was answered by another request between our read and our write (a double tap). */
class LeadAlreadyDecided extends Error {}

async function ownLead(user: SessionUser, leadId: number) {
  const student = await fairStudent(user);
  const lead = await prisma().fairLead.findUnique({
    where: { id: leadId },
    select: { id: true, fairId: true, boothId: true, studentId: true, positionId: true, status: true },
  });
  if (!lead || lead.studentId !== student.id) notFound("找不到该招聘会意向");
  return lead;
}

export async function confirmLead(
  user: SessionUser,
  leadId: number,
  choice: { positionId?: number; note?: string } = {},
): Promise<LeadOutcome> {
  const lead = await ownLead(user, leadId);
  if (!mayMoveLead(lead.status as LeadStatus, "CONFIRMED")) return refuse(leadDecidedMessage(lead.status as LeadStatus));
  const positionId = choice.positionId ?? lead.positionId;
  if (positionId === null) return refuse("请选择要投递的岗位");
  if (positionId !== lead.positionId) {
    const atBooth = await prisma().fairBoothPosition.count({ where: { boothId: lead.boothId, positionId } });
    if (atBooth === 0) return refuse("该岗位不在这个展位");
  }
  const claim = async (tx: Prisma.TransactionClient, applicationId: number | null) => {
    const moved = await tx.fairLead.updateMany({
      where: { id: lead.id, status: "PENDING" },
      data: { status: "CONFIRMED", applicationId, positionId, decidedAt: new Date() },
    });
    if (moved.count === 0) throw new LeadAlreadyDecided();
  };
  try {
    const outcome = await applyForPosition(user, positionId, choice.note, {
      also: async (tx, applicationId) => {
        await claim(tx, applicationId);
        await tx.application.update({ where: { id: applicationId }, data: { fairId: lead.fairId } });
      },
    });
    if (!outcome.applied) return refuse(outcome.message);
    if (outcome.duplicate) {
      // Already applied for this position (and still going): the lead points at that application.
      const linked = await prisma().fairLead.count({ where: { applicationId: outcome.applicationId } });
      await prisma().$transaction((tx) => claim(tx, linked > 0 ? null : outcome.applicationId));
      return { done: true, message: "你已申请过该岗位，意向已确认", applicationId: outcome.applicationId };
    }
    return { done: true, message: "已转为投递，企业会在「申请人」中看到", applicationId: outcome.applicationId };
  } catch (error) {
    if (error instanceof LeadAlreadyDecided) return refuse(leadDecidedMessage("CONFIRMED"));
    throw error;
  }
}

export async function dismissLead(user: SessionUser, leadId: number): Promise<LeadOutcome> {
  const lead = await ownLead(user, leadId);
  if (!mayMoveLead(lead.status as LeadStatus, "DISMISSED")) return refuse(leadDecidedMessage(lead.status as LeadStatus));
  const moved = await prisma().fairLead.updateMany({ where: { id: lead.id, status: "PENDING" }, data: { status: "DISMISSED", decidedAt: new Date() } });
  if (moved.count === 0) {
    const now = await prisma().fairLead.findUniqueOrThrow({ where: { id: lead.id }, select: { status: true } });
    return refuse(leadDecidedMessage(now.status as LeadStatus));
  }
  return { done: true, message: "已忽略该意向" };
}
