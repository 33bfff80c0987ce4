import { z } from "zod";
import { passwordText, phone, requiredText } from "~/lib/schemas";

// The account page has two forms; `intent` says which one was posted.
export const ProfileSchema = z.object({
  intent: z.literal("profile"),
  displayName: requiredText("姓名", 40),
  phone: phone("手机号").optional(),
  email: z
    .email({ error: "请输入有效的电子邮箱" })
    .max(200, "电子邮箱不能超过 200 个字符")
    .optional(),
});

export const PasswordSchema = z
  .object({
    intent: z.literal("password"),
    currentPassword: passwordText("请输入当前密码"),
    newPassword: passwordText("请输入新密码", 10, "新密码至少 10 个字符"),
    confirmPassword: passwordText("请再次输入新密码"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: "两次输入的新密码不一致",
    path: ["confirmPassword"],
  });

export const AccountSchema = z.discriminatedUnion("intent", [ProfileSchema, PasswordSchema], {
  error: "未知的操作",
});

