import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { optionalText } from "~/lib/schemas";

// One schema per form, for the browser and the server alike (conform parseWithZod).

export const NOTE_MAX = 500;

const id = (label: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请选择${label}` : `${label}无效`) })
    .int(`${label}无效`)
    .positive(`${label}无效`)
    .max(2_147_483_647, `${label}无效`);

/**
 * POST /fairs/:fairId/registration: 报名 or 取消报名. Cancelling is asked twice (`confirm`), as
 * every move a student may regret; registering again after it is allowed while the window is open.
 */
export const RegistrationSchema = z.object({
  intent: z.enum(["register", "cancel"], { error: "未知的操作" }),
  confirm: confirmField,
});
export type RegistrationIntent = z.infer<typeof RegistrationSchema>["intent"];

/**
 * /fairs/mine: a booth lead confirmed into an application (for the lead's position, or one of the
 * booth's positions the student picks) or dismissed (asked twice).
 */
export const LeadActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("confirm"),
      leadId: id("招聘会意向"),
      positionId: id("岗位").optional(),
      note: optionalText("留言", NOTE_MAX, { lines: true }),
    }),
    z.object({ intent: z.literal("dismiss"), leadId: id("招聘会意向"), confirm: confirmField }),
  ],
  { error: "未知的操作" },
);
export type LeadAction = z.infer<typeof LeadActionSchema>;
