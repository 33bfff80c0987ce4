import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ACCOUNT_LIMIT,
  ADDRESS_ACCOUNT_LIMIT,
  DELAY_MINUTES,
  PAIR_FREE_FAILURES,
  PAIR_MAX_DELAY_MINUTES,
  pairDelayMinutes,
} from "~/features/auth/throttle.server";
import { TEST_PASSWORD } from "../support/factories";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";

const t = useTestApp();
const onPostgres = Boolean(process.env.DATABASE_URL);
// Tests that make 20–40 argon2 checks get room on a busy machine (no timing is asserted).
const SLOW = 300_000;
let schoolId: number;

beforeAll(async () => {
  schoolId = (await t.make.school()).id;
});
// Every request here comes from 127.0.0.1, so the per-address counter would leak between tests.
beforeEach(() => t.db.prisma.signInThrottle.deleteMany());

const signIn = (client: Client, username: string, password: string, redirectTo = "/") =>
  client.post("/login", { username, password, redirectTo });

describe("sign-in", () => {
  it("starts a database session behind an httpOnly, SameSite=Lax cookie and lands on the requested page", async () => {
    const user = await t.make.user({ role: "SCHOOL_STAFF", organisationId: schoolId });
    const client = t.visitor();
    const response = await signIn(client, user.username, TEST_PASSWORD, "/account");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/account");
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(1);
    const page = await client.get("/account");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(user.username);
  });

  it("accepts the username in any letter case", async () => {
    const user = await t.make.user({ role: "TEACHER", organisationId: schoolId, username: "casetest" });
    expect((await signIn(t.visitor(), "CaseTest", TEST_PASSWORD)).status).toBe(302);
    expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a wrong password or unknown user with one Chinese message and writes no session", async () => {
    const user = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    for (const [name, password] of [
      [user.username, "wrong password"],
      ["nobody-here", TEST_PASSWORD],
    ] as const) {
      const response = await signIn(t.visitor(), name, password);
      expect(response.status).toBe(401);
      expect(await response.text()).toContain("用户名或密码错误");
    }
    expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a disabled account", async () => {
    const user = await t.make.user({ role: "TEACHER", organisationId: schoolId, disabled: true });
    expect((await signIn(t.visitor(), user.username, TEST_PASSWORD)).status).toBe(401);
  });

  it("never redirects off the site after sign-in", async () => {
    const user = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    for (const target of ["//evil.example/", "https://evil.example/", "/\\evil.example"]) {
      const response = await signIn(t.visitor(), user.username, TEST_PASSWORD, target);
      expect(response.headers.get("location")).toBe("/");
    }
  });
});

// Each address below is a different client: the app trusts X-Forwarded-For from its loopback proxy.
function signInFrom(address: string, username: string, password: string, cookie = "") {
  const body = new URLSearchParams({ username, password, redirectTo: "/" });
  const headers: Record<string, string> = { "x-forwarded-for": address };
  if (cookie) headers.cookie = cookie;
  return t.visitor().request("/login", { method: "POST", body, headers });
}
const deviceCookieOf = (response: Response) =>
  response.headers.getSetCookie().find((c) => c.startsWith("qc_device="))!.split(";")[0]!;
const sessionsOf = (userId: number) => t.db.prisma.session.count({ where: { userId } });
/** Moves every failure on record `minutes` into the past, as if that much time went by. */
const wait = (minutes: number) =>
  t.db.prisma.$executeRaw`UPDATE "SignInThrottle" SET "lastFailureAt" = "lastFailureAt" - make_interval(mins => ${minutes}::int), "windowStartedAt" = "windowStartedAt" - make_interval(mins => ${minutes}::int)`;

describe("delays per account and address pair", () => {
  it("the delay doubles from 1 minute after the free failures and stops growing at the cap", () => {
    expect([1, 4, 5, 6, 7, 8, 9, 10, 11, 40].map(pairDelayMinutes)).toEqual([0, 0, 1, 2, 4, 8, 16, 30, 30, 30]);
    expect(PAIR_FREE_FAILURES).toBe(5);
    expect(PAIR_MAX_DELAY_MINUTES).toBe(30);
  });

  it("after 5 wrong passwords from one address even the right one waits, unchecked, 1 minute, then 2", async () => {
    const user = await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: (await t.make.enterprise()).id });
    for (let i = 0; i < 5; i++) expect((await signInFrom("10.1.0.1", user.username, "nope")).status).toBe(401);
    const held = await signInFrom("10.1.0.1", user.username, TEST_PASSWORD);
    expect(held.status).toBe(429);
    expect(await held.text()).toContain("请 1 分钟后再试");
    expect(await sessionsOf(user.id)).toBe(0);
    // Refused tries are not counted: the pair still has 5 failures.
    expect((await t.db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: `pair:${user.username}|10.1.0.1` } })).failures).toBe(5);

    await wait(1);
    expect((await signInFrom("10.1.0.1", user.username, "nope")).status).toBe(401);
    const longer = await signInFrom("10.1.0.1", user.username, TEST_PASSWORD);
    expect(longer.status).toBe(429);
    expect(await longer.text()).toContain("请 2 分钟后再试");
    await wait(2);
    expect((await signInFrom("10.1.0.1", user.username, TEST_PASSWORD)).status).toBe(302);
  });

  it("an attacker on other addresses does not keep the owner out: the right password from a new address signs in", async () => {
    const user = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    for (const attacker of ["10.2.0.1", "10.2.0.2"]) {
      for (let i = 0; i < 5; i++) expect((await signInFrom(attacker, user.username, "guess")).status).toBe(401);
      expect((await signInFrom(attacker, user.username, "guess")).status).toBe(429);
    }
    expect((await signInFrom("10.2.0.99", user.username, TEST_PASSWORD)).status).toBe(302);
    // and a colleague behind the attacker's address is not held either
    const colleague = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    expect((await signInFrom("10.2.0.1", colleague.username, TEST_PASSWORD)).status).toBe(302);
  });

  it("a success clears the pair's failures", async () => {
    const user = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    for (let i = 0; i < 4; i++) await signIn(t.visitor(), user.username, "nope");
    expect((await signIn(t.visitor(), user.username, TEST_PASSWORD)).status).toBe(302);
    for (let i = 0; i < 4; i++) await signIn(t.visitor(), user.username, "nope");
    expect((await signIn(t.visitor(), user.username, TEST_PASSWORD)).status).toBe(302);
  });
});

describe("the limit per account (credential stuffing from many addresses)", () => {
  /** `failures` wrong passwords for the user, 4 from each of a run of fresh addresses (no pair delay). */
  async function stuff(username: string, failures: number, net: string) {
    for (let i = 0; i < failures; i++) {
      expect((await signInFrom(`${net}.${Math.floor(i / 4)}`, username, "leaked elsewhere")).status).toBe(401);
    }
  }

  it(`holds a new address after ${ACCOUNT_LIMIT} failures, not after ${ACCOUNT_LIMIT - 1}`, async () => {
    const user = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    await stuff(user.username, ACCOUNT_LIMIT - 1, "10.3.0");
    expect((await signInFrom("10.3.1.1", user.username, TEST_PASSWORD)).status).toBe(302);
    const other = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    await stuff(other.username, ACCOUNT_LIMIT, "10.3.2");
    const held = await signInFrom("10.3.3.1", other.username, TEST_PASSWORD);
    expect(held.status).toBe(429);
    expect(await held.text()).toContain(`请 ${DELAY_MINUTES} 分钟后再试`);
    expect(await sessionsOf(other.id)).toBe(0);
  }, SLOW);

  it("does not hold the owner's known device or an address they signed in from before", async () => {
    const user = await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: (await t.make.enterprise()).id });
    const office = await signInFrom("10.4.0.1", user.username, TEST_PASSWORD);
    expect(office.status).toBe(302);
    const device = deviceCookieOf(office);
    await stuff(user.username, ACCOUNT_LIMIT, "10.4.1");
    expect((await signInFrom("10.4.2.1", user.username, TEST_PASSWORD)).status).toBe(429);
    expect((await signInFrom("10.4.0.1", user.username, TEST_PASSWORD)).status).toBe(302); // known address
    expect((await signInFrom("10.4.2.2", user.username, TEST_PASSWORD, device)).status).toBe(302); // known device, new address
    // A forged or another user's device cookie is no key.
    expect((await signInFrom("10.4.2.3", user.username, TEST_PASSWORD, "qc_device=forged-token-0123456789")).status).toBe(429);
  }, SLOW);
});

describe("the limit per address (password spraying)", () => {
  it(`holds an address for unknown accounts after ${ADDRESS_ACCOUNT_LIMIT} distinct usernames failed there, not after ${ADDRESS_ACCOUNT_LIMIT - 1}`, async () => {
    const regular = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    expect((await signInFrom("10.5.0.1", regular.username, TEST_PASSWORD)).status).toBe(302);
    for (let i = 0; i < ADDRESS_ACCOUNT_LIMIT - 1; i++) {
      expect((await signInFrom("10.5.0.1", `sprayed${i}`, "Password1")).status).toBe(401);
    }
    // The same username again is not a new one.
    expect((await signInFrom("10.5.0.1", "sprayed0", "Password2")).status).toBe(401);
    const newcomer = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    expect((await signInFrom("10.5.0.1", newcomer.username, TEST_PASSWORD)).status).toBe(302);

    expect((await signInFrom("10.5.0.1", "sprayed-last", "Password1")).status).toBe(401);
    const stranger = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    const held = await signInFrom("10.5.0.1", stranger.username, TEST_PASSWORD);
    expect(held.status).toBe(429);
    expect(await held.text()).toContain(`请 ${DELAY_MINUTES} 分钟后再试`);
    // who signed in from this address before is not held; the stranger from elsewhere is not held
    expect((await signInFrom("10.5.0.1", regular.username, TEST_PASSWORD)).status).toBe(302);
    expect((await signInFrom("10.5.9.9", stranger.username, TEST_PASSWORD)).status).toBe(302);
  }, SLOW);
});

// PGlite is one connection that runs one statement at a time: the race is serialised before it starts.
describe.skipIf(!onPostgres)("one atomic check and count (PostgreSQL only: PGlite cannot race)", () => {
  it("30 parallel wrong passwords on one pair: exactly the free 5 are checked, the other 25 refused unchecked", async () => {
    const user = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => signInFrom("10.6.0.1", user.username, "parallel guess")),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 401)).toHaveLength(PAIR_FREE_FAILURES);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - PAIR_FREE_FAILURES);
    const pair = await t.db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: `pair:${user.username}|10.6.0.1` } });
    expect(pair.failures).toBe(PAIR_FREE_FAILURES);
  });
});

describe("sign-in form input", () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ["missing username", { password: "x" }, "请输入用户名"],
    ["missing password", { username: "someone" }, "请输入密码"],
    ["empty fields", { username: " ", password: "" }, "请输入用户名"],
    ["10 kB username", { username: "u".repeat(10_000), password: "x" }, "用户名不能超过 64 个字符"],
    ["10 kB password", { username: "someone", password: "p".repeat(10_000) }, "密码不能超过 200 个字符"],
  ];
  it.each(cases)("%s → 400 with a Chinese message, no session, no counted failure", async (_name, fields, message) => {
    const response = await t.visitor().post("/login", fields);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await t.db.prisma.signInThrottle.count()).toBe(0);
  });

  it("a <script> username is just a wrong username: 401, and it is never echoed as markup", async () => {
    const response = await t.visitor().post("/login", { username: "<script>alert(1)</script>", password: "x" });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("<script>alert(1)</script>");
  });
});
