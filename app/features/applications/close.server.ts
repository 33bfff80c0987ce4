import type { Prisma } from "~/generated/prisma/client";
import { statusNotice } from "./application-notice";
import { CLOSE_REASON, OPEN_APPLICATION_STATUSES, type CloseReason } from "./application-status";

type Tx = Prisma.TransactionClient;

/**
 * Ends every application of `positionId` still waiting (已投递, 企业已查看, 邀请面试, 拟录用) as
 * 岗位已关闭, with `reason` as the event's note and in each student's inbox. Call it inside the
 * transaction that closes the position, after taking the position's row lock, so no move of one of
 * these applications can interleave. Returns how many were closed.
 */
export async function closeOpenApplications(tx: Tx, positionId: number, reason: CloseReason, actorId: number): Promise<number> {
  const open = await tx.application.findMany({
    where: { positionId, status: { in: [...OPEN_APPLICATION_STATUSES] } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      status: true,
      student: { select: { userId: true } },
      position: { select: { title: true, enterprise: { select: { organisation: { select: { name: true } } } } } },
    },
  });
  if (open.length === 0) return 0;
  const note = CLOSE_REASON[reason];
  await tx.application.updateMany({ where: { id: { in: open.map((a) => a.id) } }, data: { status: "CLOSED" } });
  await tx.applicationEvent.createMany({
    data: open.map((a) => ({ applicationId: a.id, fromStatus: a.status, toStatus: "CLOSED" as const, note, actorId })),
  });
  const notices = open.flatMap((a) =>
    a.student.userId === null
      ? []
      : [{ userId: a.student.userId, ...statusNotice("CLOSED", { title: a.position.title, enterprise: a.position.enterprise.organisation.name }, a.id, note) }],
  );
  if (notices.length > 0) await tx.notification.createMany({ data: notices });
  return open.length;
}
