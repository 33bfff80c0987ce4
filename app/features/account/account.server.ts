import { prisma } from "~/db/db.server";
import { hashPassword, verifyPassword } from "~/features/auth/password.server";
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

/** Changes the password and signs out every other session (a stolen session dies with the old password). */
export async function changeOwnPassword(
  user: SessionUser,
  currentPassword: string,
  newPassword: string,
  keepSessionId: string | null,
): Promise<boolean> {
  const { passwordHash } = await prisma().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(passwordHash, currentPassword))) return false;
  await prisma().$transaction([
    prisma().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(newPassword) } }),
    prisma().session.deleteMany({ where: { userId: user.id, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } }),
  ]);
  return true;
}
