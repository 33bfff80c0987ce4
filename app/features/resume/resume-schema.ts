import { z } from "zod";
import { noControlCharacters, optionalText } from "~/lib/schemas";

// The résumé form's one schema, for the browser (conform) and the action alike. Every field is
// bounded; control characters and markup are refused (app/lib/schemas.ts), so what an enterprise
// reads is the student's plain text. Experience is one bounded text field, one entry a line
// (单位 · 时间 · 内容), rather than a list of rows: a phone form stays one screen of textareas.

export const RESUME_LIMITS = {
  intro: 500, // 自我介绍
  skills: 300, // 技能
  certificates: 300, // 证书
  experience: 1_000, // 实习与经历
  lines: 20, // lines in any one multi-line field
} as const;

/** 11-digit mainland mobile: 1, then 3–9, then nine digits (no +86, no spaces). */
export const MOBILE = /^1[3-9]\d{9}$/;
/** WeChat id as WeChat allows it: 6–20 characters, a letter first, then letters, digits, _ or -. */
export const WECHAT_ID = /^[A-Za-z][A-Za-z0-9_-]{5,19}$/;

const text = (label: string, max: number) =>
  optionalText(label, max, { lines: true }).refine(
    (v) => v === undefined || v.split(/\r\n|\r|\n/).length <= RESUME_LIMITS.lines,
    `${label}不能超过 ${RESUME_LIMITS.lines} 行`,
  );

const contact = (label: string, pattern: RegExp, hint: string) =>
  z
    .string({ error: `${label}格式不正确` })
    .refine(...noControlCharacters(label))
    .trim()
    .max(40, `${label}不能超过 40 个字符`)
    .regex(pattern, `请输入有效的${label}（${hint}）`)
    .optional();

export const ResumeSchema = z
  .object({
    intro: text("自我介绍", RESUME_LIMITS.intro),
    skills: text("技能", RESUME_LIMITS.skills),
    certificates: text("证书", RESUME_LIMITS.certificates),
    experience: text("实习与经历", RESUME_LIMITS.experience),
    phone: contact("手机号", MOBILE, "11 位手机号码，如 13800000000"),
    wechat: contact("微信号", WECHAT_ID, "6–20 位，以字母开头，可含字母、数字、_ 和 -"),
  })
  .refine((v) => v.phone !== undefined || v.wechat !== undefined, {
    message: "请至少填写手机号或微信号中的一项，企业才能联系你",
    path: ["phone"],
  });
export type ResumeInput = z.infer<typeof ResumeSchema>;

/** What an application carries and an enterprise reads: the résumé at the moment of applying. */
export type SharedResume = {
  intro: string | null;
  skills: string | null;
  certificates: string | null;
  experience: string | null;
  phone: string | null;
  wechat: string | null;
  /** When it was shared (ISO instant): the moment of applying. */
  sharedAt: string;
};

const stored = z.string().nullable();
const SharedResumeShape = z.object({
  intro: stored,
  skills: stored,
  certificates: stored,
  experience: stored,
  phone: stored,
  wechat: stored,
  sharedAt: z.string(),
});

/** The shared copy read back from its JSON column; anything else (none, or a malformed one) is none. */
export function sharedResumeFrom(json: unknown): SharedResume | null {
  const parsed = SharedResumeShape.safeParse(json);
  return parsed.success ? parsed.data : null;
}
