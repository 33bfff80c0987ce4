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

type SessionRow = {
  lastSeenAt: Date;
  expiresAt: Date;
  disabledAt: Date | null;
  id: number;
  username: string;
  displayName: string;
  role: SessionUser["role"];
  organisationId: number;
  organisationName: string;
  organisationKind: string;
};

// Every request reads its session: one query with the user and organisation joined, where Prisma's
// nested select costs three round trips (session, user, organisation). At a fair's entrance the
// scanners' requests queue on exactly this (bench:fair, issue 12 item 8).
async function sessionRow(id: string) {
  const [row] = await prisma().$queryRaw<SessionRow[]>`
    SELECT s."lastSeenAt", s."expiresAt", u."disabledAt", u."id", u."username", u."displayName", u."role"::text AS "role",
           u."organisationId", o."name" AS "organisationName", o."kind"::text AS "organisationKind"
      FROM "Session" s
      JOIN "User" u ON u."id" = s."userId"
      JOIN "Organisation" o ON o."id" = u."organisationId"
     WHERE s."id" = ${id}`;
  if (!row) return null;
  const { lastSeenAt, expiresAt, disabledAt, organisationName, organisationKind, ...user } = row;
  const sessionUser: SessionUser = { ...user, organisation: { id: user.organisationId, name: organisationName, kind: organisationKind } };
  return { lastSeenAt, expiresAt, disabledAt, user: sessionUser };
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  const id = await sessionId(request);
  if (!id) return null;
  const session = await sessionRow(id);
  if (!session) return null;
  const now = Date.now();
  const expired =
    session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS <= now;
  if (expired || session.disabledAt) {
    await prisma().session.deleteMany({ where: { id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await prisma().session.update({ where: { id }, data: { lastSeenAt: new Date(now) } });
  }
  return session.user;
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
