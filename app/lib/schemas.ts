import { z } from "zod";

// Building blocks for form schemas, so every form answers bad input with the same Chinese messages.
// Markup is refused outright rather than escaped later: nothing on this platform is HTML.
const MARKUP = /<\s*[a-z!/?]/i;

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字符`)
    .refine((v) => !MARKUP.test(v), `${label}不能包含 HTML 标签`);
}

export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label}格式不正确` })
    .trim()
    .max(max, `${label}不能超过 ${max} 个字符`)
    .refine((v) => !MARKUP.test(v), `${label}不能包含 HTML 标签`)
    .optional();
}

export const phone = (label = "联系电话") =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .max(30, `${label}不能超过 30 个字符`)
    .regex(/^[0-9+\-()\s]{5,30}$/, `请输入有效的${label}（数字、空格、+、-、括号）`);

export const website = z
  .string({ error: "网址格式不正确" })
  .trim()
  .max(300, "网址不能超过 300 个字符")
  .regex(/^https?:\/\/[^\s<>"]+$/i, "网址须以 http:// 或 https:// 开头，且不含空格")
  .optional();

export function oneOf<T extends string>(label: string, values: readonly [T, ...T[]]) {
  return z.enum(values, { error: `请选择有效的${label}` });
}
