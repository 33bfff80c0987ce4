import { z } from "zod";
import { BUSINESS_CATEGORY_VALUES } from "~/lib/business-categories";
import { confirmField } from "~/lib/confirm";
import { isoDay, oneOf, optionalText, phone, requiredText } from "~/lib/schemas";

// The placement form (岗位实习安排) and the moves on a placement, one schema for browser and server.
// A placement is saved PLANNED with whatever is filled: only the student, the host and the dates are
// required here; whether the rest keeps 教职成〔2021〕4号 is placement-rules.ts's question, asked at 启用.
// The three documents are files in the same multipart post; the action checks them with checkUpload
// (app/lib/documents.server.ts) and answers on the field (tripartiteFile, consentFile, insuranceFile).

const id = (message: string) => z.number({ error: message }).int(message).min(1, message).max(2_147_483_647, message);
const yuan = (label: string) =>
  z
    .number({ error: `${label}须为整数（元/月）` })
    .int(`${label}须为整数（元/月）`)
    .min(0, `${label}不能小于 0`)
    .max(1_000_000, `${label}不能大于 1000000`);
const hours = (label: string, max: number) =>
  z
    .number({ error: `${label}须为数字` })
    .min(0.5, `${label}至少 0.5 小时`)
    .max(max, `${label}不能大于 ${max}`)
    .refine((v) => Number.isInteger(v * 2), `${label}以半小时计（如 7.5）`);
const flag = z.boolean({ error: "勾选项格式不正确" }).optional();

export const INSURANCE_PAYERS = ["SCHOOL", "HOST", "STUDENT"] as const;
export const INSURANCE_PAYER_LABEL: Record<(typeof INSURANCE_PAYERS)[number], string> = {
  SCHOOL: "学校",
  HOST: "实习单位",
  STUDENT: "学生本人",
};

export const PlacementFieldsSchema = z
  .object({
    intent: z.literal("save", { error: "未知的操作" }),
    studentId: id("请选择学生"),
    applicationId: id("所选申请不存在").optional(),
    enterpriseId: id("请选择实习单位"),
    supervisorTeacherId: id("请选择学校指导教师").optional(),
    mentorName: optionalText("企业指导教师姓名", 40),
    mentorPhone: phone("企业指导教师电话").optional(),
    startsOn: isoDay("实习开始日期"),
    endsOn: isoDay("实习结束日期"),
    extensionReason: optionalText("延长实习的理由", 500, { lines: true }),
    enterprisePostId: id("请选择有效的岗位").optional(),
    post: optionalText("实习岗位", 60),
    postCategory: oneOf("岗位经营类别", BUSINESS_CATEGORY_VALUES).optional(),
    dailyHours: hours("每日实习时长", 24).optional(),
    weeklyHours: hours("每周实习时长", 168).optional(),
    nightShifts: flag,
    overtime: flag,
    holidayWork: flag,
    monthlyPay: yuan("实习报酬").optional(),
    regularWage: yuan("相同岗位工资").optional(),
    payInMoney: flag,
    payMonthly: flag,
    feesCharged: flag,
    viaIntermediary: flag,
    hazardousForMinors: flag,
    hazardousForWomen: flag,
    insurancePolicyNo: optionalText("保单号", 60),
    insuranceFrom: isoDay("保险起始日期").optional(),
    insuranceTo: isoDay("保险截止日期").optional(),
    insurancePayer: oneOf("投保方", INSURANCE_PAYERS).optional(),
    tripartiteSignedOn: isoDay("三方协议签订日期").optional(),
    guardianConsentOn: isoDay("知情同意书签署日期").optional(),
    // Files: checked by content in the action; here only "a file or nothing".
    tripartiteFile: z.any().optional(),
    consentFile: z.any().optional(),
    insuranceFile: z.any().optional(),
  })
  .superRefine(
    (v, ctx) => {
      const failed = new Set(ctx.issues.map((issue) => issue.path?.[0]));
      const valid = (...fields: Array<keyof typeof v>) => fields.every((field) => !failed.has(field));
      if (valid("startsOn", "endsOn") && v.endsOn < v.startsOn) {
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "实习结束日期不能早于开始日期" });
      }
      if (valid("insuranceFrom", "insuranceTo") && v.insuranceFrom && v.insuranceTo && v.insuranceTo < v.insuranceFrom) {
        ctx.addIssue({ code: "custom", path: ["insuranceTo"], message: "保险截止日期不能早于起始日期" });
      }
      if (valid("enterprisePostId", "post") && v.enterprisePostId === undefined && !v.post) {
        ctx.addIssue({ code: "custom", path: ["post"], message: "请选择企业登记的岗位，或填写实习岗位名称" });
      }
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
export type PlacementFields = z.infer<typeof PlacementFieldsSchema>;

const reason = requiredText("理由", 500, { lines: true });

/** The moves on one placement's page; `intent` picks one. */
export const PlacementActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("activate") }),
    z.object({ intent: z.literal("complete"), reason: optionalText("理由", 500, { lines: true }), confirm: confirmField }),
    z.object({ intent: z.literal("terminate"), reason, confirm: confirmField }),
    z.object({ intent: z.literal("request"), kind: oneOf("申请类型", ["END", "TRANSFER"] as const), reason }),
    z.object({
      intent: z.literal("decide"),
      requestId: id("申请不存在"),
      decision: oneOf("处理结果", ["APPROVED", "DECLINED"] as const),
      note: optionalText("处理说明", 500, { lines: true }),
      confirm: confirmField,
    }),
  ],
  { error: "未知的操作" },
);
export type PlacementAction = z.infer<typeof PlacementActionSchema>;
