import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { MAX_ID } from "~/lib/ids";
import { isoDay, oneOf, optionalText } from "~/lib/schemas";
import { CERTIFIED_LEVELS } from "./levels";

// One schema for the browser and the server. The optional evidence document travels in the same
// multipart post; its bytes are judged by app/lib/documents.server.ts checkUpload, never by name.

export const CERTIFICATES_MAX = 500;
export const POST_MAX = 300;
export const NOTE_MAX = 1000;
export const REASON_MAX = 500;

const referenceId = (message: string) => z.number({ error: message }).int(message).min(1, message).max(MAX_ID, message);

export const SubmitSchema = z
  .object({
    teacherId: referenceId("请选择教师"),
    level: oneOf("认定等级", CERTIFIED_LEVELS),
    certificates: optionalText("职业资格或技能等级证书", CERTIFICATES_MAX, { lines: true }),
    enterprisePost: optionalText("企业任职经历", POST_MAX, { lines: true }),
    note: optionalText("说明", NOTE_MAX, { lines: true }),
    renewsId: referenceId("续期的认定不存在").optional(),
    document: z.unknown().optional(),
  })
  .superRefine((v, ctx) => {
    // Evidence beyond the ledger's days: a certificate or an enterprise post (《认定标准》 asks for either).
    if (!v.certificates && !v.enterprisePost)
      ctx.addIssue({ code: "custom", path: ["certificates"], message: "请填写证书或企业任职经历（至少一项）" });
  });
export type SubmitValue = z.infer<typeof SubmitSchema>;

export const MoveSchema = z
  .object({
    intent: z.enum(["certify", "refuse", "withdraw"], { error: "未知的操作" }),
    validFrom: isoDay("有效期起始日").optional(),
    validUntil: isoDay("有效期截止日").optional(),
    reason: optionalText("理由", REASON_MAX, { lines: true }),
    confirm: confirmField,
  })
  .superRefine((v, ctx) => {
    if (v.intent === "certify") {
      if (!v.validFrom) ctx.addIssue({ code: "custom", path: ["validFrom"], message: "请填写有效期起始日" });
      if (!v.validUntil) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "请填写有效期截止日" });
      // Same day is a one-day validity; an end before the start is none at all.
      if (v.validFrom && v.validUntil && v.validUntil < v.validFrom)
        ctx.addIssue({ code: "custom", path: ["validUntil"], message: "有效期截止日不能早于起始日" });
    }
    if (v.intent === "refuse" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "请填写不予认定的理由" });
  });
export type MoveValue = z.infer<typeof MoveSchema>;
