import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { noControlCharacters, optionalText, requiredText } from "~/lib/schemas";

// One schema per form, for the browser and the server alike (conform parseWithZod).

export const LIMITS = {
  name: 60,
  capacity: 500, // seats of one class; the report's largest is 西贝喜悦班, 100+ over several years
  mentors: 50, // names of 企业师傅
  mentorName: 20,
  hours: 5_000, // 共建课程学时 over a three-year program
  commitment: 300,
  reason: 300,
} as const;

const id = (missing: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? missing : `${missing.replace(/^请选择/, "")}无效`) })
    .int(`${missing.replace(/^请选择/, "")}无效`)
    .positive(`${missing.replace(/^请选择/, "")}无效`)
    .max(2_147_483_647, `${missing.replace(/^请选择/, "")}无效`);

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}须为整数`) })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`);

/** 企业师傅, one name a line: trimmed, blank lines dropped, each a plain name, at most LIMITS.mentors. */
export const mentorList = z
  .string({ error: "企业师傅格式不正确" })
  .max(LIMITS.mentors * (LIMITS.mentorName + 2), "企业师傅名单过长")
  .refine(...noControlCharacters("企业师傅", { lines: true }))
  .transform((text) => [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))])
  .refine((names) => names.length <= LIMITS.mentors, `企业师傅最多 ${LIMITS.mentors} 位`)
  .refine((names) => names.every((n) => n.length <= LIMITS.mentorName), `每位企业师傅的姓名不能超过 ${LIMITS.mentorName} 个字符`)
  .refine((names) => names.every((n) => !/[<>]/.test(n)), "企业师傅不能包含 HTML 标签")
  .optional()
  .transform((names) => names ?? []);

/** /order-classes/new: the school office opens a class under one of its agreements in force. */
export const OpenClassSchema = z.object({
  agreementId: id("请选择合作协议"),
  name: requiredText("班级名称", LIMITS.name),
  schoolProgramId: id("请选择专业"),
  cohortYear: wholeNumber("年级", 2000, 2099),
  capacity: wholeNumber("名额", 1, LIMITS.capacity),
  mentors: mentorList,
  curriculumHours: wholeNumber("共建课程学时", 0, LIMITS.hours).optional(),
  hiringCommitment: optionalText("录用承诺", LIMITS.commitment, { lines: true }),
});
export type OpenClass = z.infer<typeof OpenClassSchema>;

const memberId = id("请选择学生");

/** The detail page's forms, one `intent` each. */
export const ClassActionSchema = z.discriminatedUnion(
  "intent",
  [
    // the student's own
    z.object({ intent: z.literal("ask") }),
    z.object({ intent: z.literal("withdraw"), confirm: confirmField }),
    // the school office
    z.object({ intent: z.literal("enrol"), studentId: id("请选择学生") }),
    z.object({ intent: z.literal("approve"), memberId }),
    z.object({
      intent: z.literal("decline"),
      memberId,
      reason: requiredText("未通过的原因", LIMITS.reason, { lines: true }),
      confirm: confirmField,
    }),
    z.object({
      intent: z.literal("apprentice"),
      memberId,
      mentorName: optionalText("企业师傅", LIMITS.mentorName),
      apprenticeContract: z.literal("on", { error: "学徒协议参数无效" }).optional(),
    }),
    // the enterprise's
    z.object({
      intent: z.literal("terms"),
      mentors: mentorList,
      hiringCommitment: optionalText("录用承诺", LIMITS.commitment, { lines: true }),
    }),
  ],
  { error: "未知的操作" },
);
export type ClassAction = z.infer<typeof ClassActionSchema>;
