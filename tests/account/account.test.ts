import { describe, expect, it } from "vitest";
import { verifyPassword } from "~/features/auth/password.server";
import { TEST_PASSWORD } from "../support/factories";
import { useTestApp } from "../support/test-app";

const t = useTestApp();

async function teacher() {
  const user = await t.make.user({ role: "TEACHER", organisationId: (await t.make.school()).id });
  return { user, client: await t.clientFor(user.id) };
}

describe("own account", () => {
  it("saves the user's own name and contact details, and only theirs", async () => {
    const { user, client } = await teacher();
    const bystander = await teacher();
    const response = await client.post("/account", {
      intent: "profile",
      displayName: "王老师",
      phone: "139 0000 1234",
      email: "wang@example.cn",
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("资料已保存");
    const saved = await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({ displayName: "王老师", phone: "139 0000 1234", email: "wang@example.cn" });
    const untouched = await t.db.prisma.user.findUniqueOrThrow({ where: { id: bystander.user.id } });
    expect(untouched.displayName).toBe(bystander.user.displayName);
  });

  const bad: Array<[string, Record<string, string>, string]> = [
    ["no intent", { displayName: "x" }, "未知的操作"],
    ["unknown intent", { intent: "delete-everything" }, "未知的操作"],
    ["missing name", { intent: "profile", displayName: "" }, "请填写姓名"],
    ["10 kB name", { intent: "profile", displayName: "名".repeat(10_000) }, "姓名不能超过 40 个字符"],
    ["script name", { intent: "profile", displayName: "<script>alert(1)</script>" }, "姓名不能包含 HTML 标签"],
    ["bad email", { intent: "profile", displayName: "王", email: "not-an-email" }, "请输入有效的电子邮箱"],
    ["short new password", { intent: "password", currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "short" }, "新密码至少 10 个字符"],
    ["mismatched confirmation", { intent: "password", currentPassword: TEST_PASSWORD, newPassword: "long enough 1", confirmPassword: "long enough 2" }, "两次输入的新密码不一致"],
    ["wrong current password", { intent: "password", currentPassword: "wrong", newPassword: "long enough 1", confirmPassword: "long enough 1" }, "当前密码不正确"],
  ];
  it.each(bad)("%s → 400 with a Chinese message and nothing written", async (_name, fields, message) => {
    const { user, client } = await teacher();
    const before = await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const response = await client.post("/account", fields);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });

  it("a password change keeps this session and signs out the others", async () => {
    const { user, client } = await teacher();
    const elsewhere = await t.clientFor(user.id);
    const response = await client.post("/account", {
      intent: "password",
      currentPassword: TEST_PASSWORD,
      newPassword: "a much better password",
      confirmPassword: "a much better password",
    });
    expect(response.status).toBe(200);
    const { passwordHash } = await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash, "a much better password")).toBe(true);
    expect((await client.get("/account")).status).toBe(200);
    expect((await elsewhere.get("/account")).status).toBe(302);
  });

  it("the current-password check is held to the sign-in limits: after 5 wrong guesses even the right one waits", async () => {
    const { user, client } = await teacher();
    const owner = await t.clientFor(user.id);
    const change = (currentPassword: string) =>
      client.post("/account", { intent: "password", currentPassword, newPassword: "taken over 123", confirmPassword: "taken over 123" });
    for (let i = 0; i < 5; i++) {
      const wrong = await change(`guess ${i}`);
      expect(wrong.status).toBe(400);
      expect(await wrong.text()).toContain("当前密码不正确");
    }
    const held = await change(TEST_PASSWORD);
    expect(held.status).toBe(429);
    expect(await held.text()).toContain("请 1 分钟后再试");
    const { passwordHash } = await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash, TEST_PASSWORD)).toBe(true);
    expect((await owner.get("/account")).status).toBe(200); // the owner was not signed out
    // The same counter as sign-in from this address: the guesses there count here, too.
    const signIn = await t.visitor().post("/login", { username: user.username, password: TEST_PASSWORD, redirectTo: "/" });
    expect(signIn.status).toBe(429);

    // Once the delay has passed, the right password works again.
    await t.db.prisma.$executeRaw`UPDATE "SignInThrottle" SET "lastFailureAt" = "lastFailureAt" - interval '1 minute'`;
    expect((await change(TEST_PASSWORD)).status).toBe(200);
  });
});
