import { prisma } from "~/db/db.server";
import { hashPassword, verifyPassword } from "~/features/auth/password.server";
import { isKnownSource, throttledCheck } from "~/features/auth/index.server";
import type { SessionUser } from "~/features/auth/session.server";

// A user only ever edits their own account: every query here is keyed by the acting user's id.

export function ownAccount(user: SessionUser) {
  return prisma().user.findUniqueOrThrow({
    where: { id: user.id },
    select: { username: true, displayName: true, phone: true, email: true, role: true },
  });
}

export function updateOwnProfile(user: SessionUser, data: { displayName: string; phone?: string; email?: string }) {
  return prisma().user.update({
    where: { id: user.id },
    data: { displayName: data.displayName, phone: data.phone ?? null, email: data.email ?? null },
  });
}

export type PasswordChange = { ok: true } | { ok: false; reason: "wrong" } | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * Changes the password and signs out every other session (a stolen session dies with the old password).
 * The current-password check is held to the sign-in limits (throttle.server.ts, decision 5): someone
 * holding a stolen session must not be able to guess the password and sign the owner out.
 */
export async function changeOwnPassword(
  user: SessionUser,
  currentPassword: string,
  newPassword: string,
  from: { keepSessionId: string | null; clientIp: string; deviceToken: string | null },
): Promise<PasswordChange> {
  const { passwordHash } = await prisma().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  const knownSource = await isKnownSource(user.id, from.deviceToken, from.clientIp);
  const check = await throttledCheck({ username: user.username, clientIp: from.clientIp, knownSource }, () =>
    verifyPassword(passwordHash, currentPassword),
  );
  if (check.outcome === "refused") return { ok: false, reason: "throttled", retryAfterMinutes: check.retryAfterMinutes };
  if (check.outcome === "wrong") return { ok: false, reason: "wrong" };
  const keepSessionId = from.keepSessionId;
  await prisma().$transaction([
    prisma().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(newPassword) } }),
    prisma().session.deleteMany({ where: { userId: user.id, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } }),
  ]);
  return { ok: true };
}
