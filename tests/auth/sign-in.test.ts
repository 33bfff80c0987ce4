import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from "~/features/auth/throttle.server";
import { TEST_PASSWORD } from "../support/factories";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";

const t = useTestApp();
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

describe("failed-attempt limit", () => {
  it(`locks an account after ${ACCOUNT_LIMIT} failures, even for the right password, until the lock ends`, async () => {
    const user = await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: (await t.make.enterprise()).id });
    const client = t.visitor();
    for (let i = 0; i < ACCOUNT_LIMIT; i++) expect((await signIn(client, user.username, "nope")).status).toBe(401);
    const locked = await signIn(client, user.username, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain("登录失败次数过多");
    expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);

    // Another account from the same address is not affected by this account's lock.
    const other = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    expect((await signIn(t.visitor(), other.username, TEST_PASSWORD)).status).toBe(302);

    await t.db.prisma.signInThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await signIn(client, user.username, TEST_PASSWORD)).status).toBe(302);
  });

  it(`locks an address after ${ADDRESS_LIMIT} failures across accounts`, async () => {
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect((await signIn(t.visitor(), `ghost${i}`, "nope")).status).toBe(401);
    }
    const user = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    expect((await signIn(t.visitor(), user.username, TEST_PASSWORD)).status).toBe(429);
  });

  it("a success clears the account's failures", async () => {
    const user = await t.make.user({ role: "TEACHER", organisationId: schoolId });
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) await signIn(t.visitor(), user.username, "nope");
    expect((await signIn(t.visitor(), user.username, TEST_PASSWORD)).status).toBe(302);
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) await signIn(t.visitor(), user.username, "nope");
    expect((await signIn(t.visitor(), user.username, TEST_PASSWORD)).status).toBe(302);
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
