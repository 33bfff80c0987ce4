import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice } from "~/features/inbox/index.server";
import { boothLabel, SCAN_OUTCOME_LABEL, withinFairDays } from "~/lib/fairs";
import { boothForLeads } from "./access.server";
import { badRequest } from "./http.server";
import { judgePass } from "./pass-check.server";
import { FUTURE_MESSAGE } from "./scan.server";
import { SCAN_LIMITS, type LeadInput } from "./scan-schema";
import { isUniqueViolation } from "~/lib/db-errors";

// 招聘会意向 (issue 12 item 5, the enterprise's side): staff at their APPROVED booth of a RUNNING fair scan
// a student's pass to record a lead, with an optional position (one of the booth's), note and rating.
// One lead per booth and student (a unique index): a second scan updates note, rating and position,
// never makes a second lead, and the student is told once (when the lead is made). A retried upload of
// the same scan therefore changes nothing. The first lead marks the booth as arrived (到场).

export const NOT_RUNNING_MESSAGE = "招聘会不在进行中，不能记录意向";

export type LeadAnswer = {
  nonce: string;
  ok: boolean;
  message: string;
  /** True when the booth already had a lead for this student: updated, not made again. */
  updated?: boolean;
  student?: { name: string; school: string; program: string };
};

const TRANSACTION = { maxWait: 10_000, timeout: 10_000 } as const;

export async function leadBatch(user: SessionUser, fairId: number, scans: LeadInput[]): Promise<LeadAnswer[]> {
  const { fair, booth } = await boothForLeads(user, fairId);
  if (fair.status !== "RUNNING") badRequest(NOT_RUNNING_MESSAGE);
  const positions = new Set(booth.positions.map((p) => p.position.id));
  const answers: LeadAnswer[] = [];
  for (const input of scans) {
    if (input.positionId !== undefined && !positions.has(input.positionId)) {
      answers.push({ nonce: input.nonce, ok: false, message: "请从本展位的岗位中选择" });
      continue;
    }
    answers.push(await recordLead(user, fair, booth.id, input));
  }
  return answers;
}

const refused = (nonce: string, message: string): LeadAnswer => ({ nonce, ok: false, message });

async function recordLead(
  user: SessionUser,
  fair: { id: number; title: string; startsAt: Date; endsAt: Date },
  boothId: number,
  input: LeadInput,
): Promise<LeadAnswer> {
  if (input.scannedAt.getTime() > Date.now() + SCAN_LIMITS.futureSkewMs) return refused(input.nonce, FUTURE_MESSAGE);
  const run = () =>
    prisma().$transaction(async (tx) => {
      const judged = await judgePass(tx, input.code, fair.id);
      if (judged.outcome) return refused(input.nonce, SCAN_OUTCOME_LABEL[judged.outcome]);
      const r = judged.registration;
      if (r.cancelledAt) return refused(input.nonce, SCAN_OUTCOME_LABEL.NOT_REGISTERED);
      if (!withinFairDays(fair, input.scannedAt)) return refused(input.nonce, SCAN_OUTCOME_LABEL.EXPIRED);
      const existing = await tx.fairLead.findUnique({ where: { boothId_studentId: { boothId, studentId: r.studentId } }, select: { id: true } });
      const details = { note: input.note || null, rating: input.rating ?? null, positionId: input.positionId ?? null };
      if (existing) {
        await tx.fairLead.update({ where: { id: existing.id }, data: details });
      } else {
        await tx.fairLead.create({ data: { fairId: fair.id, boothId, studentId: r.studentId, createdById: user.id, ...details } });
        if (r.studentUserId) {
          await sendNotice(tx, [r.studentUserId], {
            title: `${user.organisation.name} 在「${fair.title}」记录了你的求职意向`,
            body: "已在招聘会上投递：确认后将成为一份正式投递。",
            link: "/fairs/mine",
          });
        }
      }
      await tx.fairBooth.updateMany({ where: { id: boothId, arrivedAt: null }, data: { arrivedAt: input.scannedAt } });
      return {
        nonce: input.nonce,
        ok: true,
        updated: Boolean(existing),
        message: existing ? "已更新意向" : "已记录意向",
        student: r.student,
      } satisfies LeadAnswer;
    }, TRANSACTION);
  try {
    return await run();
  } catch (error) {
    // Two scans of one student at one booth at once: the other made the lead; this one updates it.
    if (isUniqueViolation(error)) return run();
    throw error;
  }
}

/** What /fairs/:fairId/booth/scan shows: the fair, the booth (its label, positions) and its leads so far. */
export async function boothScanPage(user: SessionUser, fairId: number) {
  const { fair, booth } = await boothForLeads(user, fairId);
  const leads = await prisma().fairLead.count({ where: { boothId: booth.id } });
  return {
    fair: { id: fair.id, title: fair.title, running: fair.status === "RUNNING" },
    booth: {
      label: booth.boothNo === null ? "未分配展位号" : boothLabel(booth.boothNo, fair.boothsPerRow),
      positions: booth.positions.map((p) => p.position),
      leads,
    },
  };
}
