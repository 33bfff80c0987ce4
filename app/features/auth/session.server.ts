import { randomBytes } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { prisma } from "~/db/db.server";
import { runtime } from "~/server/runtime.server";

export const IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000; // signed out after 2 h without a request
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000; // and after 12 h whatever happens
const TOUCH_INTERVAL_MS = 60 * 1000; // one write a minute at most keeps requests cheap

function sessionCookie() {
  const { sessionSecret, secureCookies } = runtime();
  return createCookie("qc_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies,
    path: "/",
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
    secrets: [sessionSecret],
  });
}

const userSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  organisationId: true,
  organisation: { select: { id: true, name: true, kind: true } },
} as const;

export type SessionUser = {
  id: number;
  username: string;
  displayName: string;
  role: "BUREAU_ADMIN" | "SCHOOL_STAFF" | "ENTERPRISE_STAFF" | "TEACHER" | "STUDENT";
  organisationId: number;
  organisation: { id: number; name: string; kind: string };
};

/** Starts a session and returns the Set-Cookie header value. */
export async function createSession(userId: number, request: Request, clientIp: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await prisma().session.create({
    data: {
      id,
      userId,
      expiresAt: new Date(Date.now() + ABSOLUTE_TIMEOUT_MS),
      ipAddress: clientIp,
      userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
    },
  });
  return sessionCookie().serialize(id);
}

export async function sessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("cookie"));
  return typeof value === "string" ? value : null;
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  const id = await sessionId(request);
  if (!id) return null;
  const session = await prisma().session.findUnique({
    where: { id },
    select: { lastSeenAt: true, expiresAt: true, user: { select: { ...userSelect, disabledAt: true } } },
  });
  if (!session) return null;
  const now = Date.now();
  const expired =
    session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS <= now;
  if (expired || session.user.disabledAt) {
    await prisma().session.deleteMany({ where: { id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await prisma().session.update({ where: { id }, data: { lastSeenAt: new Date(now) } });
  }
  const { disabledAt: _disabled, ...user } = session.user;
  return user;
}

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
}

/** Ends the current session; returns the Set-Cookie header that clears the cookie. */
export async function destroySession(request: Request): Promise<string> {
  const id = await sessionId(request);
  if (id) await prisma().session.deleteMany({ where: { id } });
  return sessionCookie().serialize("", { maxAge: 0 });
}

// Where to go after sign-in comes from the URL, so from anyone. Browsers drop tabs and line breaks
// from a Location header before reading it (`/\t/evil.example` becomes `//evil.example`, another
// site) and Node refuses to send one that is not ASCII (a 500 after the password was accepted), so a
// target is a same-site path of printable characters, sent percent-encoded; anything else is the
// home page, which is each role's own.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Z}\\]/u; // controls, invisible formatting, every kind of space, and backslash
const SAME_SITE = "http://same-site.invalid";
/** A shared search link runs to about 1,000 characters; past this only its path is kept. */
export const REDIRECT_MAX_LENGTH = 2048;

/** A same-site path (with its query and fragment), percent-encoded, or `fallback`. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || UNPRINTABLE.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, SAME_SITE);
  } catch {
    return fallback;
  }
  if (url.origin !== SAME_SITE) return fallback; // `//host`, or anything else that names another site
  const target = url.pathname + url.search + url.hash;
  if (target.length <= REDIRECT_MAX_LENGTH) return target;
  return url.pathname.length <= REDIRECT_MAX_LENGTH ? url.pathname : fallback;
}
