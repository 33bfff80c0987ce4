import { z } from "zod";
import { MAX_ID } from "~/lib/ids";
import { isoDay, optionalText, requiredText } from "~/lib/schemas";
import { SCHOOL_GRADES } from "./tracking-rules";

// The forms of a placement's tracking page (/placements/:placementId/tracking), one schema for the
// client and the server; `intent` says which form was sent. Who may send which is the service's
// question (tracking.server.ts), not the schema's.

/** Weekly report text: long enough to say something, short enough to read on a phone. */
export const REPORT_LIMITS = { min: 10, max: 2000 } as const;
/** The largest monthly pay a record takes, in yuan: far above any intern's pay, well inside an Int. */
export const PAY_MAX = 100_000;

const recordId = (what: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请选择${what}` : `${what}编号无效`) })
    .int(`${what}编号无效`)
    .positive(`${what}编号无效`)
    .max(MAX_ID, `${what}编号无效`);

const month = z
  .string({ error: "请选择月份" })
  .trim()
  .regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, "请输入有效的月份（年-月）");

const amount = z
  .number({ error: (issue) => (issue.input === undefined ? "请填写实发金额" : "实发金额须为整数（元）") })
  .int("实发金额须为整数（元）")
  .min(0, "实发金额不能为负数")
  .max(PAY_MAX, `实发金额不能超过 ${PAY_MAX} 元`);

const daysPresent = z
  .number({ error: (issue) => (issue.input === undefined ? "请填写出勤天数" : "出勤天数须为 0 至 7 的整数") })
  .int("出勤天数须为 0 至 7 的整数")
  .min(0, "出勤天数须为 0 至 7 的整数")
  .max(7, "出勤天数须为 0 至 7 的整数");

const reportBody = requiredText("周报内容", REPORT_LIMITS.max, { lines: true }).refine(
  (v) => v.length >= REPORT_LIMITS.min,
  `周报内容至少 ${REPORT_LIMITS.min} 个字`
);

export const TrackingSchema = z.discriminatedUnion(
  "intent",
  [
    // The host's staff: 实习报酬 for a month.
    z.object({ intent: z.literal("pay"), month, amount, paidOn: isoDay("发放日期") }),
    // The student: 确认已收到.
    z.object({ intent: z.literal("confirmPay"), recordId: recordId("报酬记录") }),
    // The student: 实习周报 for the week starting on a Monday.
    z.object({ intent: z.literal("report"), weekStart: isoDay("周一日期"), body: reportBody }),
    // The school supervisor (or the school's office): 批阅.
    z.object({ intent: z.literal("review"), reportId: recordId("周报"), note: optionalText("批阅意见", 500, { lines: true }) }),
    // The enterprise mentor: 出勤确认 for a week.
    z.object({ intent: z.literal("attendance"), weekStart: isoDay("周一日期"), daysPresent }),
    // The host at the end: 企业评价.
    z.object({ intent: z.literal("evaluate"), evaluation: requiredText("企业评价", 1000, { lines: true }) }),
    // The host at the end: 留用 with the offered position.
    z.object({
      intent: z.literal("outcome"),
      retained: z.enum(["yes", "no"], { error: "请选择是否留用" }),
      retainedPositionId: recordId("留用岗位").optional(),
    }),
    // The school at the end: 学校成绩.
    z.object({ intent: z.literal("grade"), grade: z.enum(SCHOOL_GRADES, { error: "请选择有效的学校成绩" }) }),
  ],
  { error: "未知的操作" }
);
export type TrackingInput = z.infer<typeof TrackingSchema>;
