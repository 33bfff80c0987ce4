import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { optionalText, requiredText } from "~/lib/schemas";

// The bureau's standing form and a school's block form: one schema each for client and server.
// A reason is shown to the enterprise as typed: no markup, no control characters (app/lib/schemas.ts).

export const REASON_MAX = 500;

export const StandingSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("verify"), reason: optionalText("核验说明", REASON_MAX, { lines: true }) }),
    // Suspending needs a reason: the enterprise is shown why. Asked twice (app/lib/confirm.ts).
    z.object({ intent: z.literal("suspend"), reason: requiredText("暂停原因", REASON_MAX, { lines: true }), confirm: confirmField }),
    z.object({ intent: z.literal("reinstate"), reason: optionalText("恢复说明", REASON_MAX, { lines: true }) }),
  ],
  { error: "请选择有效的操作" },
);
export type StandingInput = z.infer<typeof StandingSchema>;

export const BlockSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("block"), reason: requiredText("不合作原因", REASON_MAX, { lines: true }), confirm: confirmField }),
    z.object({ intent: z.literal("unblock") }),
  ],
  { error: "请选择有效的操作" },
);
export type BlockInput = z.infer<typeof BlockSchema>;
