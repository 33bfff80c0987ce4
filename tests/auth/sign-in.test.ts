import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/database.server";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from "~/features/auth/throttle.server";
import { startApp, type TestApp } from "../support/app-server";
import { createTestDatabase, destroyTestDatabase } from "../support/database";
import { factories, TEST_PASSWORD } from "../support/factories";
import { Client } from "../support/http";

let db: Database;
let app: TestApp;
let make: ReturnType<typeof factories>;
let schoolId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await startApp(db);
  make = factories(db);
  schoolId = (await make.school()).id;
});
afterAll(async () => {
  await app?.close();
  if (db) await destroyTestDatabase(db);
});
// Every request here comes from 127.0.0.1, so the per-address counter would leak between tests.
beforeEach(() => db.prisma.signInThrottle.deleteMany());

const signIn = (client: Client, username: string, password: string, redirectTo = "/") =>
  client.post("/login", { username, password, redirectTo });

describe("sign-in", () => {
  it("starts a database session behind an httpOnly, SameSite=Lax cookie and lands on the requested page", async () => {
    const user = await make.user({ role: "SCHOOL_STAFF", organisationId: schoolId });
    const client = new Client(app.url);
    const response = await signIn(client, user.username, TEST_PASSWORD, "/account");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/account");
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(1);
    const page = await client.get("/account");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(user.username);
  });

  it("accepts the username in any letter case", async () => {
    const user = await make.user({ role: "TEACHER", organisationId: schoolId, username: "casetest" });
    expect((await signIn(new Client(app.url), "CaseTest", TEST_PASSWORD)).status).toBe(302);
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a wrong password or unknown user with one Chinese message and writes no session", async () => {
    const user = await make.user({ role: "TEACHER", organisationId: schoolId });
    for (const [name, password] of [
      [user.username, "wrong password"],
      ["nobody-here", TEST_PASSWORD],
    ] as const) {
      const response = await signIn(new Client(app.url), name, password);
      expect(response.status).toBe(401);
      expect(await response.text()).toContain("用户名或密码错误");
    }
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a disabled account", async () => {
    const user = await make.user({ role: "TEACHER", organisationId: schoolId, disabled: true });
    expect((await signIn(new Client(app.url), user.username, TEST_PASSWORD)).status).toBe(401);
  });

  it("never redirects off the site after sign-in", async () => {
    const user = await make.user({ role: "TEACHER", organisationId: schoolId });
    for (const target of ["//evil.example/", "https://evil.example/", "/\\evil.example"]) {
      const response = await signIn(new Client(app.url), user.username, TEST_PASSWORD, target);
      expect(response.headers.get("location")).toBe("/");
    }
  });
});

describe("failed-attempt limit", () => {
  it(`locks an account after ${ACCOUNT_LIMIT} failures, even for the right password, until the lock ends`, async () => {
    const user = await make.user({ role: "ENTERPRISE_STAFF", organisationId: (await make.enterprise()).id });
    const client = new Client(app.url);
    for (let i = 0; i < ACCOUNT_LIMIT; i++) expect((await signIn(client, user.username, "nope")).status).toBe(401);
    const locked = await signIn(client, user.username, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain("登录失败次数过多");
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);

    // Another account from the same address is not affected by this account's lock.
    const other = await make.user({ role: "TEACHER", organisationId: schoolId });
    expect((await signIn(new Client(app.url), other.username, TEST_PASSWORD)).status).toBe(302);

    await db.prisma.signInThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await signIn(client, user.username, TEST_PASSWORD)).status).toBe(302);
  });

  it(`locks an address after ${ADDRESS_LIMIT} failures across accounts`, async () => {
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect((await signIn(new Client(app.url), `ghost${i}`, "nope")).status).toBe(401);
    }
    const user = await make.user({ role: "TEACHER", organisationId: schoolId });
    expect((await signIn(new Client(app.url), user.username, TEST_PASSWORD)).status).toBe(429);
  });

  it("a success clears the account's failures", async () => {
    const user = await make.user({ role: "TEACHER", organisationId: schoolId });
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) await signIn(new Client(app.url), user.username, "nope");
    expect((await signIn(new Client(app.url), user.username, TEST_PASSWORD)).status).toBe(302);
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) await signIn(new Client(app.url), user.username, "nope");
    expect((await signIn(new Client(app.url), user.username, TEST_PASSWORD)).status).toBe(302);
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
    const response = await new Client(app.url).post("/login", fields);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await db.prisma.signInThrottle.count()).toBe(0);
  });

  it("a <script> username is just a wrong username: 401, and it is never echoed as markup", async () => {
    const response = await new Client(app.url).post("/login", { username: "<script>alert(1)</script>", password: "x" });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("<script>alert(1)</script>");
  });
});
