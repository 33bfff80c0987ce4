import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { todayInHohhot } from "~/lib/dates";
import { isoDay, optionalText } from "~/lib/schemas";
import { APPLICATION_STATUSES, STUDENT_INTENTS, type StudentIntent } from "./application-status";

export const NOTE_MAX = 500;

const applicationId = z
  .number({ error: (issue) => (issue.input === undefined ? "请选择要处理的申请" : "申请编号无效") })
  .int("申请编号无效")
  .positive("申请编号无效")
  .max(2_147_483_647, "申请编号无效");

/**
 * The fair a student applies at (?fair=<fairId> on the position page, carried by the form): a plain
 * id or nothing. Anything else is dropped, not refused — the application never fails for it
 * (issue 12 item 5); the service checks the claim itself (at-fair.server.ts).
 */
const fairClaim = z.preprocess(
  (value) => (typeof value === "string" && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined),
  z.number().int().positive().optional(),
);

/** The position page's apply form: a note to the enterprise (and the fair it is made at, if any). */
export const ApplySchema = z.object({ note: optionalText("留言", NOTE_MAX, { lines: true }), fair: fairClaim });

/** The enterprise moves one applicant; `to` is any status, so an illegal one is refused by the table, not the schema. */
/** 不予录用 is asked twice (`confirm`); `replyBy`, the offer's 答复期限, counts only with 拟录用 and is today or later in Hohhot. */
export const MoveSchema = z.object({
  applicationId,
  to: z.enum(APPLICATION_STATUSES, { error: "请选择有效的申请状态" }),
  note: optionalText("备注", NOTE_MAX, { lines: true }),
  replyBy: isoDay("答复期限")
    .refine((day) => day >= todayInHohhot(), "答复期限不能早于今天")
    .optional(),
  confirm: confirmField,
});
export type Move = z.infer<typeof MoveSchema>;

const intents = Object.keys(STUDENT_INTENTS) as [StudentIntent, ...StudentIntent[]];

/**
 * The student's own buttons: withdraw, accept or decline, each with an optional note, each asked
 * twice (`confirm`). Accepting while holding other offers asks whether to decline them
 * (`declineOthers`: yes declines them in the same transaction; absent or no keeps them).
 */
export const StudentDecisionSchema = z.object({
  intent: z.enum(intents, { error: "未知的操作" }),
  applicationId,
  note: optionalText("备注", NOTE_MAX, { lines: true }),
  confirm: confirmField,
  declineOthers: z.enum(["yes", "no"], { error: "请选择是否婉拒其他录用通知" }).optional(),
});
