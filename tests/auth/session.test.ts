import { describe, expect, it } from "vitest";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from "~/features/auth/session.server";
import { useTestApp } from "../support/test-app";

const t = useTestApp();

async function signedInTeacher() {
  const school = await t.make.school();
  const user = await t.make.user({ role: "TEACHER", organisationId: school.id });
  return { user, client: await t.clientFor(user.id) };
}

const isSignInRedirect = (response: Response) =>
  response.status === 302 && response.headers.get("location")!.startsWith("/login");

describe("sessions", () => {
  it("a page that needs a user sends a stranger to sign in, and back afterwards", async () => {
    const response = await t.visitor().get("/account");
    expect(isSignInRedirect(response)).toBe(true);
    expect(response.headers.get("location")).toBe("/login?redirectTo=%2Faccount");
  });

  it(`ends after ${IDLE_TIMEOUT_MS / 3_600_000} h without a request`, async () => {
    const { user, client } = await signedInTeacher();
    expect((await client.get("/account")).status).toBe(200);
    await t.db.prisma.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: new Date(Date.now() - IDLE_TIMEOUT_MS - 1000) },
    });
    expect(isSignInRedirect(await client.get("/account"))).toBe(true);
    expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it(`ends ${ABSOLUTE_TIMEOUT_MS / 3_600_000} h after sign-in even when in use`, async () => {
    const { user, client } = await signedInTeacher();
    await t.db.prisma.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(isSignInRedirect(await client.get("/account"))).toBe(true);
  });

  it("keeps an active session alive by recording when it was last used", async () => {
    const { user, client } = await signedInTeacher();
    const old = new Date(Date.now() - IDLE_TIMEOUT_MS + 60_000);
    await t.db.prisma.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: old } });
    expect((await client.get("/account")).status).toBe(200);
    const session = await t.db.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.lastSeenAt.getTime()).toBeGreaterThan(old.getTime());
  });

  it("sign-out deletes the session, so a copied cookie stops working too", async () => {
    const { user, client } = await signedInTeacher();
    const copied = t.visitor();
    copied.cookie = client.cookie;
    const response = await client.post("/logout", {});
    expect(response.status).toBe(302);
    expect(response.headers.get("set-cookie")).toMatch(/Max-Age=0/i);
    expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(isSignInRedirect(await copied.get("/account"))).toBe(true);
  });

  it("disabling a user ends their sessions at the next request", async () => {
    const { user, client } = await signedInTeacher();
    await t.db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(isSignInRedirect(await client.get("/account"))).toBe(true);
  });

  it("a forged or tampered cookie is no session", async () => {
    const { client } = await signedInTeacher();
    const forged = t.visitor();
    forged.cookie = client.cookie.slice(0, -3) + "abc";
    expect(isSignInRedirect(await forged.get("/account"))).toBe(true);
  });
});

describe("security headers", () => {
  it("every page carries an enforced CSP with a fresh nonce on its scripts, and the other headers", async () => {
    const first = await t.visitor().get("/login");
    const second = await t.visitor().get("/login");
    const csp = first.headers.get("content-security-policy")!;
    expect(csp).toBeTruthy();
    expect(first.headers.get("content-security-policy-report-only")).toBeNull();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("x-powered-by")).toBeNull();
  });

  it("refuses a form posted from another site", async () => {
    const response = await t.visitor().request("/login", {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "username=a&password=b",
    });
    expect(response.status).toBe(403);
  });
});
