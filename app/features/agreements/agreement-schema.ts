import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { isoDay, oneOf, optionalList, optionalText, requiredText } from "~/lib/schemas";
import { AGREEMENT_KINDS } from "./agreement-labels";

// One schema for the browser and the server. The signed document travels in the same multipart post;
// zod only carries it through (`document`), its bytes are judged by app/lib/documents.server.ts
// checkUpload on the server, by content, never by name.

export const TITLE_MAX = 100;
export const NOTES_MAX = 1000;
export const REASON_MAX = 500;

const referenceId = (message: string) => z.number({ error: message }).int(message).min(1, message).max(2_147_483_647, message);

export type ProposeOptions = { programs: Array<{ id: number }> };

export function proposeSchema(options: ProposeOptions) {
  const known = new Set(options.programs.map((p) => p.id));
  return z
    .object({
      kind: oneOf("协议类型", AGREEMENT_KINDS),
      title: requiredText("协议名称", TITLE_MAX),
      counterpartId: referenceId("请选择合作方"),
      programIds: optionalList(referenceId("所选专业不存在"), 30, "最多选择 30 个专业").refine(
        (ids) => ids.every((id) => known.has(id)),
        "所选专业不存在",
      ),
      startsOn: isoDay("开始日期"),
      endsOn: isoDay("结束日期"),
      notes: optionalText("备注", NOTES_MAX, { lines: true }),
      document: z.unknown().optional(),
    })
    .superRefine((v, ctx) => {
      // Same-day end is a one-day agreement; an end before the start is no term at all.
      if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "结束日期不能早于开始日期" });
    });
}
export type ProposeValue = z.infer<ReturnType<typeof proposeSchema>>;

export const MoveSchema = z
  .object({
    intent: z.enum(["confirm", "decline", "terminate", "attach"], { error: "未知的操作" }),
    reason: optionalText("理由", REASON_MAX, { lines: true }),
    confirm: confirmField,
    document: z.unknown().optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.intent === "decline" || v.intent === "terminate") && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: v.intent === "decline" ? "请填写拒绝理由" : "请填写终止理由" });
  });
