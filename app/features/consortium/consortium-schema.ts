import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { isoDay, optionalText, requiredText } from "~/lib/schemas";

// One schema per form, for the browser and the server alike (conform parseWithZod).

export const LIMITS = {
  reason: 300,
  title: 80,
  description: 2_000,
  people: 100_000, // people at one activity; the launch had 300 余人
  participants: 500, // members named on one activity (the launch's 138)
} as const;

const id = (label: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请选择${label}` : `${label}无效`) })
    .int(`${label}无效`)
    .positive(`${label}无效`)
    .max(2_147_483_647, `${label}无效`);

/** /consortium/join: the organisation's moves and the bureau's, one `intent` each. */
export const MembershipActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("ask") }),
    z.object({ intent: z.literal("leave"), confirm: confirmField }),
    z.object({ intent: z.literal("approve"), memberId: id("申请") }),
    z.object({
      intent: z.literal("decline"),
      memberId: id("申请"),
      reason: requiredText("未通过的原因", LIMITS.reason, { lines: true }),
      confirm: confirmField,
    }),
  ],
  { error: "未知的操作" },
);
export type MembershipAction = z.infer<typeof MembershipActionSchema>;

/** /consortium/activities/new. The day is checked against today in the service (not in the future). */
export const ActivitySchema = z.object({
  kind: z.enum(["MEETING", "JOINT_PROJECT", "TRAINING"], { error: "请选择活动类型" }),
  title: requiredText("活动名称", LIMITS.title),
  heldOn: isoDay("活动日期"),
  description: optionalText("活动内容", LIMITS.description, { lines: true }),
  peopleCount: z
    .number({ error: (issue) => (issue.input === undefined ? "请填写参与人数" : "参与人数须为整数") })
    .int("参与人数须为整数")
    .min(1, "参与人数不能小于 1")
    .max(LIMITS.people, `参与人数不能大于 ${LIMITS.people}`)
    .optional(),
  memberIds: z
    .array(id("参与单位"), { error: "请选择参与单位" })
    .min(1, "请选择参与单位")
    .max(LIMITS.participants, `参与单位最多 ${LIMITS.participants} 家`),
});
export type ActivityInput = z.infer<typeof ActivitySchema>;
