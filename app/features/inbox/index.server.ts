import type { Prisma } from "~/generated/prisma/client";

// The inbox's public entry for other features: they write notices through here, never into the
// Notification table themselves, so what a notice is (title, body, an internal link) stays the inbox's.

export type Notice = { title: string; body: string; link?: string | null };

/** Writes `notice` to each of `userIds`, inside the caller's transaction (`tx`), so it commits with what it reports. */
export async function sendNotice(tx: Prisma.TransactionClient, userIds: readonly number[], notice: Notice): Promise<void> {
  if (userIds.length === 0) return;
  await tx.notification.createMany({ data: userIds.map((userId) => ({ userId, ...notice })) });
}
