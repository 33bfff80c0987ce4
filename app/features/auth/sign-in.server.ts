import { prisma } from "~/db/db.server";
import { verifyPassword } from "./password.server";
import {
  ACCOUNT_LIMIT,
  ADDRESS_LIMIT,
  accountKey,
  addressKey,
  clearFailures,
  lockedUntil,
  recordFailure,
} from "./throttle.server";

export type SignInResult = { ok: true; userId: number } | { ok: false; reason: "invalid" } | { ok: false; reason: "locked"; until: Date };

// Compared against when the username is unknown, so an unknown name costs the same time as a wrong password.
const DECOY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$D9VFXMnwNcd7YtMCg16piw$inzGguJTPeo0FFlMYAGe1AkM92iGPPE8N73JG+KNknk";

export async function signIn(username: string, password: string, clientIp: string): Promise<SignInResult> {
  const keys = [accountKey(username), addressKey(clientIp)];
  const until = await lockedUntil(keys);
  if (until) return { ok: false, reason: "locked", until };

  const user = await prisma().user.findUnique({
    where: { username: username.trim().toLowerCase() },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DECOY_HASH, password);
  if (!user || !valid || user.disabledAt) {
    await recordFailure(keys[0]!, ACCOUNT_LIMIT);
    await recordFailure(keys[1]!, ADDRESS_LIMIT);
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(keys[0]!);
  return { ok: true, userId: user.id };
}
