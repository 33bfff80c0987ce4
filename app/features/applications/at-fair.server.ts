import type { Prisma } from "~/generated/prisma/client";
import { withinFairDays } from "~/lib/fairs";

// 招聘会投递 (issue 12 item 5): an application made from a fair's booth (/positions/:id?fair=<fairId>)
// carries Application.fairId, which the fair's report counts. The claim is checked, never trusted:
// the fair is running (RUNNING, or a published fair within its days in Hohhot), the position is
// attached to an approved booth of that fair, and the student holds a live registration. A claim that
// fails is dropped: the application is made as any other, never refused for it.

/** `fairId` when the student may apply for `positionId` at that fair at `now`, otherwise null. */
export async function fairOfApplication(
  tx: Prisma.TransactionClient,
  claim: { fairId: number; positionId: number; studentId: number },
  now: Date,
): Promise<number | null> {
  const fair = await tx.jobFair.findUnique({ where: { id: claim.fairId }, select: { status: true, startsAt: true, endsAt: true } });
  if (!fair) return null;
  const running = fair.status === "RUNNING" || ((fair.status === "OPEN" || fair.status === "CLOSED") && withinFairDays(fair, now));
  if (!running) return null;
  const [atBooth, registered] = await Promise.all([
    tx.fairBoothPosition.count({ where: { positionId: claim.positionId, booth: { fairId: claim.fairId, status: "APPROVED" } } }),
    tx.fairRegistration.count({ where: { fairId: claim.fairId, studentId: claim.studentId, cancelledAt: null } }),
  ]);
  return atBooth > 0 && registered > 0 ? claim.fairId : null;
}
