import type { DestinationKind, EnterpriseSize, IndustrySector } from "~/generated/prisma/enums";
import { CONFIRMATION_LABEL, DESTINATION_KINDS, DESTINATION_LABEL, GROUP_LABEL, SIZE_LABEL, SECTOR_LABEL, SNAPSHOT_FIELD_LABEL, SNAPSHOT_FIELDS, type DestinationSnapshot } from "~/lib/destinations";

// Destinations in words: a snapshot's fields as the school and the student read them, and the audit's
// before → after as one Chinese line per changed field. Shared by the pages (no server code here).

const FIELD_LABEL: Record<keyof DestinationSnapshot | "confirmation", string> = { ...SNAPSHOT_FIELD_LABEL, confirmation: "本人确认" };

export const VIA_LABEL: Record<string, string> = {
  SCHOOL: "学校登记",
  IMPORT: "批量导入",
  PROPOSAL: "采纳平台建议",
  STUDENT: "学生本人",
  SEED: "初始数据",
};

type Audited = Partial<DestinationSnapshot> & { confirmation?: string };

/** One field's value in words; null for "not filled". */
export function fieldText(field: keyof Audited, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  switch (field) {
    case "kind":
      return DESTINATION_LABEL[value as DestinationKind] ?? String(value);
    case "employerSize":
      return SIZE_LABEL[value as EnterpriseSize] ?? String(value);
    case "sector":
      return SECTOR_LABEL[value as IndustrySector] ?? String(value);
    case "monthlyIncome":
      return `${value} 元/月`;
    case "promoted":
      return value ? "是" : "否";
    case "graduationYear":
      return `${value}届`;
    case "employerOrganisationId":
      return `平台单位 #${value}`;
    case "confirmation":
      return CONFIRMATION_LABEL[value as keyof typeof CONFIRMATION_LABEL] ?? String(value);
    default:
      return String(value);
  }
}

const AUDITED = [...SNAPSHOT_FIELDS, "confirmation"] as const;

/**
 * The fields that differ between two audited states, in words: "单位名称：甲 → 乙"; a field filled for the
 * first time is "单位名称：（空） → 甲". `before` null: a new record, its filled fields ("单位名称：甲").
 */
export function describeChange(before: Audited | null, after: Audited): string[] {
  const lines: string[] = [];
  for (const field of AUDITED) {
    const was = before ? fieldText(field, before[field]) : null;
    const now = fieldText(field, after[field]);
    if (was === now) continue;
    if (before === null) lines.push(`${FIELD_LABEL[field]}：${now}`);
    else lines.push(`${FIELD_LABEL[field]}：${was ?? "（空）"} → ${now ?? "（空）"}`);
  }
  return lines;
}

/** The StatusBadge tone of a student's answer. */
export const confirmationTone = (c: string) => (c === "CONFIRMED" ? "good" : c === "DISPUTED" ? "bad" : "open");

/** The list's 去向 filter: one of the 13 values, a group (升学 / 就业; 待就业 is its one value) or 未登记. */
export const KIND_FILTERS = [...DESTINATION_KINDS.map((d) => d.kind), "STUDY", "EMPLOYED", "NONE"] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];
export const KIND_FILTER_LABEL: Record<KindFilter, string> = {
  STUDY: `${GROUP_LABEL.STUDY}（全部）`,
  EMPLOYED: `${GROUP_LABEL.EMPLOYED}（全部）`,
  NONE: "未登记",
  ...DESTINATION_LABEL,
};
