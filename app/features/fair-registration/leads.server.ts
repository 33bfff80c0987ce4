import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { applyForPosition } from "~/features/applications/index.server";
import { notFound } from "~/lib/errors.server";
import { fairStudent } from "./registration.server";
import { leadDecidedMessage, mayMoveLead, type LeadStatus } from "./lead-status";
import { isUniqueViolation } from "~/lib/db-errors";

// A booth lead answered by its student (issue 12 item 5). Confirming makes an ordinary application
// (applyForPosition: the same rules, notices and résumé sharing as everywhere) for the lead's position
// or one of the booth's positions the student picks, marked with the fair (Application.fairId), and
// marks the lead CONFIRMED with it. The lead is taken from PENDING by one conditional update before
// applying (and given back if the application is refused), so it is confirmed once however often it
// is posted. Another student's lead does not exist for this one (404).

export type LeadOutcome = { done: true; message: string; applicationId?: number } | { done: false; message: string };

const refuse = (message: string): LeadOutcome => ({ done: false, message });

const statusOf = async (leadId: number) =>
  (await prisma().fairLead.findUniqueOrThrow({ where: { id: leadId }, select: { status: true } })).status as LeadStatus;

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
  // Taken first, by one conditional update outside any transaction: of a burst of taps one moves the
  // lead, the rest are answered at once, without queueing for applyForPosition's transaction.
  const taken = await prisma().fairLead.updateMany({
    where: { id: lead.id, status: "PENDING" },
    data: { status: "CONFIRMED", positionId, decidedAt: new Date() },
  });
  if (taken.count === 0) return refuse(leadDecidedMessage(await statusOf(lead.id)));
  let kept = false;
  try {
    const outcome = await applyForPosition(user, positionId, choice.note, {
      also: async (tx, applicationId) => {
        await tx.fairLead.update({ where: { id: lead.id }, data: { applicationId } });
        await tx.application.update({ where: { id: applicationId }, data: { fairId: lead.fairId } });
      },
    });
    if (!outcome.applied) return refuse(outcome.message);
    kept = true;
    if (outcome.duplicate) {
      // Already applying for this position: the lead points at that application, unless another lead does.
      await prisma()
        .fairLead.update({ where: { id: lead.id }, data: { applicationId: outcome.applicationId } })
        .catch((error: unknown) => {
          if (!isUniqueViolation(error)) throw error;
        });
      return { done: true, message: "你已申请过该岗位，意向已确认", applicationId: outcome.applicationId };
    }
    return { done: true, message: "已转为投递，企业会在「申请人」中看到", applicationId: outcome.applicationId };
  } finally {
    // Refused or failed: the lead waits for the student again, as it was.
    if (!kept) {
      await prisma().fairLead.updateMany({
        where: { id: lead.id, status: "CONFIRMED", applicationId: null },
        data: { status: "PENDING", positionId: lead.positionId, decidedAt: null },
      });
    }
  }
}

export async function dismissLead(user: SessionUser, leadId: number): Promise<LeadOutcome> {
  const lead = await ownLead(user, leadId);
  if (!mayMoveLead(lead.status as LeadStatus, "DISMISSED")) return refuse(leadDecidedMessage(lead.status as LeadStatus));
  const moved = await prisma().fairLead.updateMany({ where: { id: lead.id, status: "PENDING" }, data: { status: "DISMISSED", decidedAt: new Date() } });
  if (moved.count === 0) return refuse(leadDecidedMessage(await statusOf(lead.id)));
  return { done: true, message: "已忽略该意向" };
}
