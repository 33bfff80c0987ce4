import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { MAX_BOOTHS, MAX_BOOTHS_PER_ROW } from "~/lib/fairs";
import { oneOf, optionalList, optionalText, requiredText } from "~/lib/schemas";
import { DISTRICTS } from "~/lib/districts";
import { hohhotInstant, LOCAL_RANGE } from "./fair-times";
import { FAIR_MOVES } from "./transitions";

// One schema per form, for the browser and the server (conform parseWithZod). Times are datetime-local
// text on Hohhot's wall clock (fair-times.ts), compared as instants.
// Booth count: at least 1, for online fairs too (an online fair's booths are its enterprises' rooms,
// numbered the same way); 0 is refused, since a fair with no booth takes no enterprise at all.

export const LIMITS = {
  title: 100,
  description: 2000,
  venue: 100,
  reason: 500,
  schools: 100, // 34 schools in Hohhot today
  programs: 100,
  cohorts: 10,
} as const;

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}须为整数`) })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`);

const referenceId = (message: string) => z.number({ error: message }).int(message).min(1, message).max(2_147_483_647, message);

/** A datetime-local field on Hohhot's wall clock, as the instant it names. */
const hohhotTime = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .refine((v) => hohhotInstant(v) !== null, `请输入有效的${label}（${LOCAL_RANGE.min.slice(0, 4)}—${LOCAL_RANGE.max.slice(0, 4)} 年间的日期和时间）`)
    .transform((v) => hohhotInstant(v)!);

const fairFields = {
  title: requiredText("招聘会名称", LIMITS.title),
  description: optionalText("简介", LIMITS.description, { lines: true }),
  online: z.literal("on", { error: "线上参数无效" }).optional(),
  venue: optionalText("地点", LIMITS.venue),
  district: oneOf("所在区县", DISTRICTS).optional(),
  startsAt: hohhotTime("开始时间"),
  endsAt: hohhotTime("结束时间"),
  boothCount: wholeNumber("展位数", 1, MAX_BOOTHS),
  boothsPerRow: wholeNumber("每排展位数", 1, MAX_BOOTHS_PER_ROW),
  enterpriseOpensAt: hohhotTime("企业报名开始时间"),
  enterpriseClosesAt: hohhotTime("企业报名截止时间"),
  studentOpensAt: hohhotTime("学生报名开始时间"),
  studentClosesAt: hohhotTime("学生报名截止时间"),
  schoolIds: optionalList(referenceId("所选学校不存在"), LIMITS.schools, `最多选择 ${LIMITS.schools} 所学校`),
  programIds: optionalList(referenceId("所选专业不存在"), LIMITS.programs, `最多选择 ${LIMITS.programs} 个专业`),
  cohortYears: optionalList(
    z.number({ error: "年级须为整数" }).int("年级须为整数").min(2000, "年级须在 2000—2099 之间").max(2099, "年级须在 2000—2099 之间"),
    LIMITS.cohorts,
    `最多选择 ${LIMITS.cohorts} 个年级`,
  ),
};

type FairShape = {
  online?: "on";
  venue?: string;
  startsAt: Date;
  endsAt: Date;
  enterpriseOpensAt: Date;
  enterpriseClosesAt: Date;
  studentOpensAt: Date;
  studentClosesAt: Date;
};

/** The rules between fields: each on both sides of its edge in tests/fairs/fairs/input.test.ts. */
function fairRules(v: FairShape, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (!v.online && !v.venue) issue("venue", "请填写地点（线上招聘会请勾选“线上”）");
  // End = start is no fair at all; a minute later is one.
  if (v.endsAt <= v.startsAt) issue("endsAt", "结束时间须晚于开始时间");
  if (v.enterpriseClosesAt <= v.enterpriseOpensAt) issue("enterpriseClosesAt", "企业报名截止时间须晚于开始时间");
  if (v.studentClosesAt <= v.studentOpensAt) issue("studentClosesAt", "学生报名截止时间须晚于开始时间");
  // Registering for a fair that is over is nothing; closing exactly at its end is allowed.
  if (v.enterpriseClosesAt > v.endsAt) issue("enterpriseClosesAt", "企业报名截止时间不能晚于招聘会结束时间");
  if (v.studentClosesAt > v.endsAt) issue("studentClosesAt", "学生报名截止时间不能晚于招聘会结束时间");
}

/** /fairs/new */
export const FairSchema = z.object(fairFields).superRefine(fairRules);
export type FairValue = z.infer<typeof FairSchema>;

/** /fairs/:fairId/edit: intent=save with the fair's fields, or a state move (cancel with a reason). */
export const EditFairSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("save"), ...fairFields }).superRefine(fairRules),
    z.object({ intent: z.enum(FAIR_MOVES.filter((m) => m !== "cancel") as ["publish", "start", "close"]) }),
    z.object({
      intent: z.literal("cancel"),
      reason: requiredText("取消原因", LIMITS.reason, { lines: true }),
      confirm: confirmField,
    }),
  ],
  { error: "未知的操作" },
);
export type EditFairValue = z.infer<typeof EditFairSchema>;
