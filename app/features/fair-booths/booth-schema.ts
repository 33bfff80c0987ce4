import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { optionalList, optionalText, requiredText } from "~/lib/schemas";

// One schema per form, for the browser and the server alike (conform parseWithZod, `intent` per act).

export const BOOTH_LIMITS = {
  representatives: 10, // 参会人数 at one booth
  programs: 30,
  positions: 30,
  note: 300,
  reason: 300,
} as const;

const id = (label: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请选择${label}` : `${label}无效`) })
    .int(`${label}无效`)
    .positive(`${label}无效`)
    .max(2_147_483_647, `${label}无效`);

const referenceId = (message: string) => z.number({ error: message }).int(message).min(1, message).max(2_147_483_647, message);

/** A booth number as typed or picked on the map; whether it is within the fair's map is the service's rule. */
const boothNo = z
  .number({ error: (issue) => (issue.input === undefined ? "请选择展位号" : "展位号须为整数") })
  .int("展位号须为整数")
  .min(1, "展位号不能小于 1")
  .max(100_000, "展位号超出展位图范围");

const representatives = z
  .number({ error: (issue) => (issue.input === undefined ? "请填写参会人数" : "参会人数须为整数") })
  .int("参会人数须为整数")
  .min(1, "参会人数不能小于 1")
  .max(BOOTH_LIMITS.representatives, `参会人数不能大于 ${BOOTH_LIMITS.representatives}`);

const boothDetails = {
  representatives,
  programIds: optionalList(referenceId("所选专业不存在"), BOOTH_LIMITS.programs, `最多选择 ${BOOTH_LIMITS.programs} 个专业`),
  positionIds: optionalList(referenceId("所选岗位不存在"), BOOTH_LIMITS.positions, `最多带 ${BOOTH_LIMITS.positions} 个岗位`),
  note: optionalText("备注", BOOTH_LIMITS.note, { lines: true }),
};

/** /fairs/:fairId/booth: the enterprise's own request. */
export const OwnBoothSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("request"), ...boothDetails }),
    z.object({ intent: z.literal("edit"), ...boothDetails }),
    z.object({ intent: z.literal("withdraw"), confirm: confirmField }),
    z.object({ intent: z.literal("choose"), boothNo }),
  ],
  { error: "未知的操作" },
);
export type OwnBoothAction = z.infer<typeof OwnBoothSchema>;

const boothId = id("展位申请");

/** /fairs/:fairId/booths: the organiser's decisions. */
export const BoothDecisionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("approve"), boothId, boothNo: boothNo.optional() }),
    z.object({
      intent: z.literal("refuse"),
      boothId,
      reason: requiredText("未通过的原因", BOOTH_LIMITS.reason, { lines: true }),
      confirm: confirmField,
    }),
    z.object({ intent: z.literal("assign"), boothId, boothNo }),
    z.object({ intent: z.literal("arrive"), boothId }),
  ],
  { error: "未知的操作" },
);
export type BoothDecision = z.infer<typeof BoothDecisionSchema>;
