import { randomBytes } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { prisma } from "~/db/db.server";
import { runtime } from "~/server/runtime.server";

// Known sources (OWASP "device cookies"): after a right password the browser keeps a signed random
// device token, and the token and the address are remembered for that user. A later password check
// from either is not held to the per-account and per-address limits (throttle.server.ts).

export const KNOWN_SOURCE_DAYS = 180; // forgotten after half a year without a sign-in from it
const DAY_MS = 24 * 60 * 60 * 1000;

function deviceCookie() {
  const { sessionSecret, secureCookies } = runtime();
  return createCookie("qc_device", {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies,
    path: "/",
    maxAge: (KNOWN_SOURCE_DAYS * DAY_MS) / 1000,
    secrets: [sessionSecret],
  });
}

/** The request's device token, if its cookie carries a validly signed one. */
export async function deviceToken(request: Request): Promise<string | null> {
  const value: unknown = await deviceCookie().parse(request.headers.get("cookie"));
  return typeof value === "string" && /^[\w-]{20,64}$/.test(value) ? value : null;
}

const sources = (token: string | null, clientIp: string) => [`address:${clientIp}`, ...(token ? [`device:${token}`] : [])];

/** Has this user signed in from this device or this address before? */
export async function isKnownSource(userId: number | null, token: string | null, clientIp: string): Promise<boolean> {
  if (userId === null) return false;
  const since = new Date(Date.now() - KNOWN_SOURCE_DAYS * DAY_MS);
  const found = await prisma().knownSignInSource.count({
    where: { userId, source: { in: sources(token, clientIp) }, lastUsedAt: { gt: since } },
  });
  return found > 0;
}

/** Remembers the device (a new token if it had none) and the address; returns the device cookie to set. */
export async function rememberSource(userId: number, token: string | null, clientIp: string): Promise<string> {
  const device = token ?? randomBytes(24).toString("base64url");
  const now = new Date();
  for (const source of sources(device, clientIp)) {
    await prisma().knownSignInSource.upsert({
      where: { userId_source: { userId, source } },
      create: { userId, source, lastUsedAt: now },
      update: { lastUsedAt: now },
    });
  }
  return deviceCookie().serialize(device);
}

/** Sources not used for KNOWN_SOURCE_DAYS, for the clean-up. */
export function staleSourceCutoff(now = new Date()): Date {
  return new Date(now.getTime() - KNOWN_SOURCE_DAYS * DAY_MS);
}
