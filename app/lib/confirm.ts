import { z } from "zod";

// Moves that cannot be taken back (撤回申请, 婉拒/接受录用, 不予录用, 关闭岗位) are asked twice. The page
// asks in place (app/components/confirm-actions.tsx); the second press carries `confirm=yes`. A post
// without it — no JavaScript, or a script — is refused with 400 and the page answers with the
// question, so the move happens only on the second POST.

export const CONFIRM_FIELD = "confirm";

/** The form field: absent on the first press, "yes" on the confirming one; anything else is bad input. */
export const confirmField = z.literal("yes", { error: "确认参数无效" }).optional();

export const UNCONFIRMED_MESSAGE = "这一步不能撤销，请确认后再提交";
