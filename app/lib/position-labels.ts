// Position words as users read them; labels shared by every feature (roles, districts) are in ~/lib/labels.ts.
export const POSITION_KIND_LABEL: Record<string, string> = {
  JOB: "就业岗位",
  INTERNSHIP: "岗位实习",
  APPRENTICESHIP: "学徒岗位",
};

export const POSITION_STATUS_LABEL: Record<string, string> = {
  DRAFT: "草稿",
  PUBLISHED: "招聘中",
  CLOSED: "已关闭",
};

/** Monthly pay as people say it: "3000–4500 元/月", "3000 元/月起", "面议". */
export function payRange(payMin: number | null, payMax: number | null): string {
  if (payMin != null && payMax != null) return payMin === payMax ? `${payMin} 元/月` : `${payMin}–${payMax} 元/月`;
  if (payMin != null) return `${payMin} 元/月起`;
  if (payMax != null) return `最高 ${payMax} 元/月`;
  return "面议";
}

/** How each position status's badge reads at a glance (ResponsiveList's StatusBadge tones). */
export const POSITION_STATUS_TONE: Record<string, "open" | "good" | "bad" | "muted"> = {
  DRAFT: "muted",
  PUBLISHED: "open",
  CLOSED: "bad",
};
