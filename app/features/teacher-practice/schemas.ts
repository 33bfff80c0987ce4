import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { isoDay, oneOf, optionalList, optionalText, requiredText } from "~/lib/schemas";
import { HOST_GRADES } from "./labels";

// One schema per form, for the browser and the server alike (conform parseWithZod).

export const LIMITS = {
  name: 60,
  description: 500,
  capacity: 1_000, // places per period at one base
  periodMonths: 24,
  programs: 30,
  reason: 300,
  note: 200,
  assessment: 1_000,
} as const;

const refId = (label: string) => {
  const bad = `${label}无效`;
  return z
    .number({ error: (issue) => (issue.input === undefined ? `请选择${label}` : bad) })
    .int(bad)
    .positive(bad)
    .max(2_147_483_647, bad);
};
const optionalRefId = (label: string) => refId(label).optional();

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}须为整数`) })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`);

/** 双师型教师培养培训基地 as the bureau creates or edits it (/training-bases, /training-bases/:baseId). */
const baseFields = {
  name: requiredText("基地名称", LIMITS.name),
  enterpriseId: refId("依托企业"),
  capacity: wholeNumber("每期名额", 1, LIMITS.capacity),
  periodMonths: wholeNumber("每期月数", 1, LIMITS.periodMonths),
  programIds: optionalList(refId("专业"), LIMITS.programs, `最多选择 ${LIMITS.programs} 个专业`),
  designatedOn: isoDay("认定日期").optional(),
  description: optionalText("基地简介", LIMITS.description, { lines: true }),
};
export const CreateBaseSchema = z.object({ intent: z.literal("create"), ...baseFields });
export const BaseActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("save"), ...baseFields }),
    z.object({ intent: z.literal("deactivate"), confirm: confirmField }),
    z.object({ intent: z.literal("activate") }),
  ],
  { error: "未知的操作" },
);
export type BaseValue = z.infer<typeof CreateBaseSchema>;

/** /teacher-practice/new: the school's office proposes one of its teachers for a base or another enterprise. */
export const ProposeSchema = z
  .object({
    teacherId: refId("教师"),
    trainingBaseId: optionalRefId("培训基地"),
    hostEnterpriseId: optionalRefId("接收企业"),
    form: oneOf("实践形式", ["OBSERVATION", "TRAINING", "CONCURRENT_POST", "JOINT_RND"]),
    startsOn: isoDay("开始日期"),
    endsOn: isoDay("结束日期"),
  })
  .superRefine((v, ctx) => {
    if ((v.trainingBaseId === undefined) === (v.hostEnterpriseId === undefined)) {
      ctx.addIssue({ code: "custom", path: ["trainingBaseId"], message: "请选择一个培训基地或一家接收企业（二选一）" });
    }
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "结束日期不能早于开始日期" });
  });
export type ProposeValue = z.infer<typeof ProposeSchema>;

/** The practice page's forms, one `intent` each. */
export const PracticeActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("accept") }),
    z.object({ intent: z.literal("decline"), reason: requiredText("未接收的原因", LIMITS.reason, { lines: true }), confirm: confirmField }),
    z.object({ intent: z.literal("cancel"), confirm: confirmField }),
    z.object({ intent: z.literal("log"), day: isoDay("实践日期"), note: optionalText("当日内容", LIMITS.note) }),
    z.object({ intent: z.literal("confirmDay"), dayId: refId("实践日") }),
    z.object({ intent: z.literal("confirmAll") }),
    z.object({
      intent: z.literal("complete"),
      assessment: requiredText("考核意见", LIMITS.assessment, { lines: true }),
      grade: oneOf("考核等级", HOST_GRADES),
      confirm: confirmField,
    }),
  ],
  { error: "未知的操作" },
);
export type PracticeAction = z.infer<typeof PracticeActionSchema>;
