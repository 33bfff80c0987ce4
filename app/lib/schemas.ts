import { z } from "zod";

// Building blocks for form schemas, so every form answers bad input with the same Chinese messages.
// Markup is refused outright rather than escaped later: nothing on this platform is HTML.
const MARKUP = /<\s*[a-z!/?]/i;

// Control characters are refused, never stripped: PostgreSQL text cannot hold U+0000 at all (22021,
// a 500 before), and the others are invisible in a page yet change what a name or a link means.
// A multi-line field (a <textarea>) keeps its line breaks and tabs; a one-line field takes none.
// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are controls too: one of them
// shows the rest of a résumé or a title reversed to its reader ("Trojan Source"); no Chinese or Mongolian
// text needs them.
const CONTROL_IN_LINE = /\p{Cc}|[\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_IN_TEXT = /(?![\t\n\r])\p{Cc}|[\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** Whether a field is one line (an <input>, the default) or several (a <textarea>: \n, \r and \t allowed). */
export type TextShape = { lines?: boolean };

/** Refuses control characters (all of them in one-line text; all but \n, \r, \t in multi-line text). */
export const noControlCharacters = (label: string, shape: TextShape = {}) => {
  const pattern = shape.lines ? CONTROL_IN_TEXT : CONTROL_IN_LINE;
  return [(v: string) => !pattern.test(v), `${label}不能包含控制字符`] as const;
};

/**
 * A password field: not trimmed (spaces may be part of it), at most 200 characters, no control
 * characters. A password can never contain one, so a post carrying one is bad input (400) and is
 * not a guess worth checking or counting against the sign-in limits.
 */
export function passwordText(missing: string, min = 1, tooShort = missing) {
  return z
    .string({ error: missing })
    .min(1, missing)
    .refine((v) => v.length === 0 || v.length >= min, tooShort)
    .max(200, "密码不能超过 200 个字符")
    .refine(...noControlCharacters("密码"));
}

export function requiredText(label: string, max: number, shape: TextShape = {}) {
  return z
    .string({ error: `请填写${label}` })
    .refine(...noControlCharacters(label, shape))
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字符`)
    .refine((v) => !MARKUP.test(v), `${label}不能包含 HTML 标签`);
}

export function optionalText(label: string, max: number, shape: TextShape = {}) {
  return z
    .string({ error: `${label}格式不正确` })
    .refine(...noControlCharacters(label, shape))
    .trim()
    .max(max, `${label}不能超过 ${max} 个字符`)
    .refine((v) => !MARKUP.test(v), `${label}不能包含 HTML 标签`)
    .optional();
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The days a date on this platform may fall on; year 0000 is refused by PostgreSQL (22008), 0001 is nonsense. */
export const DAY_RANGE = { min: "2000-01-01", max: "2099-12-31" } as const;

/** A calendar day as YYYY-MM-DD within DAY_RANGE; 2025-02-30 is refused rather than rolled into March. */
export const isoDay = (label: string) =>
  z
    .string({ error: `请输入有效的${label}` })
    .trim()
    .refine((v) => ISO_DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `请输入有效的${label}（年-月-日）`)
    .refine(
      (v) => !ISO_DAY.test(v) || (v >= DAY_RANGE.min && v <= DAY_RANGE.max),
      `${label}须在 ${DAY_RANGE.min} 至 ${DAY_RANGE.max} 之间`,
    );

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
  .refine(...noControlCharacters("网址"))
  .regex(/^https?:\/\/[^\s<>"]+$/i, "网址须以 http:// 或 https:// 开头，且不含空格")
  .optional();

export function oneOf<T extends string>(label: string, values: readonly [T, ...T[]]) {
  return z.enum(values, { error: `请选择有效的${label}` });
}

/**
 * A list a form may leave empty (checkboxes, a multiple <select>): nothing chosen posts no field at
 * all, which is read as []. The `.default([])` is what says "optional" to getZodConstraint too: a bare
 * z.array() gets `required` there (so the browser refused a form without one) although conform reads the
 * missing field as [] and the server accepted it. tests/forms/constraints.test.ts holds every form to it.
 */
export function optionalList<T extends z.ZodType>(element: T, max: number, tooMany: string) {
  return z.array(element).max(max, tooMany).default([]);
}
