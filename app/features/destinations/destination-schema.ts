import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import {
  cityOf,
  DESTINATION_KINDS,
  destinationProblems,
  MONTHLY_INCOME_RANGE,
  provinceOf,
  type DestinationSnapshot,
} from "~/lib/destinations";
import { MAX_ID } from "~/lib/ids";
import { isoDay, oneOf, optionalText } from "~/lib/schemas";

// One schema per form, for the browser and the server: the school's destination form (also the
// adjusted acceptance of a proposal), the graduate's answer (本人确认 / 有异议), the decision on a
// proposal. The field rules are app/lib/destinations.ts destinationProblems, the import's rules.

export const KINDS = DESTINATION_KINDS.map((d) => d.kind) as [DestinationSnapshot["kind"], ...DestinationSnapshot["kind"][]];
export const SIZES = ["LARGE", "MEDIUM", "SMALL", "MICRO"] as const;
export const SECTORS = ["PRIMARY", "SECONDARY", "TERTIARY"] as const;
export const PROPOSAL_SOURCES = ["KEPT_ON", "ORDER_CLASS_HIRE"] as const;
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];

export const EMPLOYER_NAME_MAX = 100;
export const CITY_MAX = 30;
export const NOTE_MAX = 500;
/** A dispute says what is wrong: at least this many characters (不对 is no help to the school). */
export const DISPUTE_NOTE_MIN = 5;

const sourceId = z.number({ error: "建议来源无效" }).int("建议来源无效").min(1, "建议来源无效").max(MAX_ID, "建议来源无效");

export const DestinationFormSchema = z
  .object({
    kind: oneOf("去向", KINDS),
    employerName: optionalText("单位名称", EMPLOYER_NAME_MAX),
    employerProvince: optionalText("单位所在省", 20).refine((v) => v === undefined || provinceOf(v) !== null, "请选择有效的单位所在省"),
    employerCity: optionalText("单位所在市", CITY_MAX),
    employerSize: oneOf("单位规模", [...SIZES]).optional(),
    sector: oneOf("所属产业", [...SECTORS]).optional(),
    monthlyIncome: z
      .number({ error: "月收入须为整数（元/月）" })
      .int("月收入须为整数（元/月）")
      .min(MONTHLY_INCOME_RANGE.min, `月收入须为 ${MONTHLY_INCOME_RANGE.min}–${MONTHLY_INCOME_RANGE.max} 之间的整数（元/月）`)
      .max(MONTHLY_INCOME_RANGE.max, `月收入须为 ${MONTHLY_INCOME_RANGE.min}–${MONTHLY_INCOME_RANGE.max} 之间的整数（元/月）`)
      .optional(),
    promoted: z.enum(["yes", "no"], { error: "请选择三年内是否晋升" }).optional(),
    employedOn: isoDay("入职日期").optional(),
    note: optionalText("说明", NOTE_MAX, { lines: true }),
    // The proposal being accepted with adjustments (/destinations/:id?proposal=KEPT_ON-12), if any.
    source: z.enum(PROPOSAL_SOURCES, { error: "建议来源无效" }).optional(),
    sourceId: sourceId.optional(),
    confirm: confirmField,
  })
  .superRefine((v, ctx) => {
    for (const p of destinationProblems(snapshotOfForm(v, { graduationYear: 0, employerOrganisationId: null })))
      ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
  });
export type DestinationFormValue = z.infer<typeof DestinationFormSchema>;

/** The form's fields as a destination: province and city in their full official names, empty as null. */
export function snapshotOfForm(
  v: Omit<DestinationFormValue, "note" | "source" | "sourceId" | "confirm">,
  given: { graduationYear: number; employerOrganisationId: number | null },
): DestinationSnapshot {
  const province = v.employerProvince ? provinceOf(v.employerProvince) : null;
  return {
    kind: v.kind,
    graduationYear: given.graduationYear,
    employerName: v.employerName || null,
    employerOrganisationId: given.employerOrganisationId,
    employerProvince: province,
    employerCity: v.employerCity ? cityOf(v.employerCity, province) : null,
    employerSize: v.employerSize ?? null,
    sector: v.sector ?? null,
    monthlyIncome: v.monthlyIncome ?? null,
    promoted: v.promoted === undefined ? null : v.promoted === "yes",
    employedOn: v.employedOn ?? null,
  };
}

/** The graduate's answer. `version` is the record's updatedAt as shown: an answer to an older version is refused. */
export const AnswerSchema = z
  .object({
    intent: z.enum(["confirm", "dispute"], { error: "未知的操作" }),
    note: optionalText("异议说明", NOTE_MAX, { lines: true }),
    version: z.string({ error: "记录版本无效，请刷新后重试" }).max(40, "记录版本无效，请刷新后重试"),
  })
  .superRefine((v, ctx) => {
    if (v.intent !== "dispute") return;
    if (!v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "提出异议须说明哪里不对" });
    else if ([...v.note].length < DISPUTE_NOTE_MIN)
      ctx.addIssue({ code: "custom", path: ["note"], message: `异议说明至少 ${DISPUTE_NOTE_MIN} 个字` });
  });
export type AnswerValue = z.infer<typeof AnswerSchema>;

export const DecisionSchema = z.object({
  intent: z.enum(["accept", "dismiss"], { error: "未知的操作" }),
  source: z.enum(PROPOSAL_SOURCES, { error: "建议来源无效" }),
  sourceId,
  confirm: confirmField,
});
export type DecisionValue = z.infer<typeof DecisionSchema>;
