import { prisma } from "~/db/db.server";
import { isKnownSource, rememberSource } from "./known-source.server";
import { verifyPassword } from "./password.server";
import { normalUsername, throttledCheck } from "./throttle.server";

export type SignInResult =
  | { ok: true; userId: number; deviceCookie: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

// Compared against when the username is unknown, so an unknown name costs the same time as a wrong password.
const DECOY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$D9VFXMnwNcd7YtMCg16piw$inzGguJTPeo0FFlMYAGe1AkM92iGPPE8N73JG+KNknk";

/** Checks the password under the limits of throttle.server.ts; a success remembers this device and address. */
export async function signIn(
  username: string,
  password: string,
  clientIp: string,
  device: string | null,
): Promise<SignInResult> {
  const user = await prisma().user.findUnique({
    where: { username: normalUsername(username) },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const knownSource = await isKnownSource(user?.id ?? null, device, clientIp);
  const check = await throttledCheck({ username, clientIp, knownSource }, async () => {
    const valid = await verifyPassword(user?.passwordHash ?? DECOY_HASH, password);
    return Boolean(user && valid && !user.disabledAt);
  });
  if (check.outcome === "refused") return { ok: false, reason: "throttled", retryAfterMinutes: check.retryAfterMinutes };
  if (check.outcome === "wrong" || !user) return { ok: false, reason: "invalid" };
  return { ok: true, userId: user.id, deviceCookie: await rememberSource(user.id, device, clientIp) };
}
