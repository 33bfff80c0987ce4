import { z } from "zod";
import { noControlCharacters, passwordText } from "~/lib/schemas";

// One schema for the browser (conform) and the server.
export const LoginSchema = z.object({
  username: z
    .string({ error: "请输入用户名" })
    .trim()
    .min(1, "请输入用户名")
    .max(64, "用户名不能超过 64 个字符")
    .refine(...noControlCharacters("用户名")),
  password: passwordText("请输入密码"),
  // Never a reason to refuse the sign-in: safeRedirect() shortens or drops what it cannot use.
  // catch() inside optional(): getZodConstraint reads a missing field as optional only from the outer optional().
  redirectTo: z.string().catch("").optional(),
});
