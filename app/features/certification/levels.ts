// The date rules of 双师型教师认定 (docs/decisions/0015, "Certification"), pure so the pages, the
// services and the tests read them alike. Days are YYYY-MM-DD in Hohhot (app/lib/dates.ts); date-only
// columns compare as strings.

export type LevelName = "NONE" | "JUNIOR" | "INTERMEDIATE" | "SENIOR";
export type CertifiedLevel = Exclude<LevelName, "NONE">;
export const CERTIFIED_LEVELS = ["JUNIOR", "INTERMEDIATE", "SENIOR"] as const satisfies readonly CertifiedLevel[];

export const LEVEL_LABEL: Record<LevelName, string> = { NONE: "无", JUNIOR: "初级", INTERMEDIATE: "中级", SENIOR: "高级" };
const RANK: Record<LevelName, number> = { NONE: 0, JUNIOR: 1, INTERMEDIATE: 2, SENIOR: 3 };
export const higherLevel = (a: LevelName, b: LevelName): LevelName => (RANK[a] >= RANK[b] ? a : b);
export const levelRank = (level: LevelName) => RANK[level];

/**
 * A renewal (续期) may be submitted from this many days before the last day in force, through that
 * last day. After it the certification has expired and a new submission is a new certification.
 * 180 days: the bureau's 认定 rounds run twice a year, so a school that applies in the window is
 * decided before the old one runs out.
 */
export const RENEWAL_WINDOW_DAYS = 180;

/** The usual validity the bureau gives: five years, ending the day before the fifth anniversary. */
export const DEFAULT_VALIDITY_YEARS = 5;

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of a validity starting on `from` that lasts `years` years (2026-01-01, 5 → 2030-12-31). */
export function validityEnd(from: string, years = DEFAULT_VALIDITY_YEARS): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export type CertifiedFacts = { status: string; level: LevelName; validFrom: string | null; validUntil: string | null };

/** In force on `today`: certified, and validFrom ≤ today ≤ validUntil (the last day is in force, the next is not). */
export function inForce(c: CertifiedFacts, today: string): boolean {
  return c.status === "CERTIFIED" && c.validFrom !== null && c.validUntil !== null && c.validFrom <= today && today <= c.validUntil;
}

/**
 * The teacher's level in force on `today`: the highest level among their certifications in force.
 * A teacher never certified on the platform (no certification whose validity has begun) keeps the
 * level recorded before the platform (`recorded`, Teacher.dualTeacherLevel: the report's 2023 认定);
 * once certified on the platform, the certifications alone decide, so expiry without renewal is NONE.
 */
export function levelInForce(certs: readonly CertifiedFacts[], recorded: LevelName, today: string): LevelName {
  const begun = certs.filter((c) => c.status === "CERTIFIED" && c.validFrom !== null && c.validFrom <= today);
  if (begun.length === 0) return recorded;
  return begun.filter((c) => inForce(c, today)).reduce<LevelName>((best, c) => higherLevel(best, c.level), "NONE");
}

/** The first day a renewal of a certification valid until `validUntil` may be submitted. */
export const renewalOpensOn = (validUntil: string) => addDays(validUntil, -RENEWAL_WINDOW_DAYS);

/** Why a certification may not be renewed on `today`, in Chinese, or null when it may. */
export function renewalProblem(c: CertifiedFacts, today: string): string | null {
  if (c.status !== "CERTIFIED" || !c.validUntil) return "只有已认定的证书可以续期";
  if (today > c.validUntil) return "该认定已过期，不能续期，请作为新的认定提交";
  if (today < renewalOpensOn(c.validUntil)) return `续期须在有效期截止前 ${RENEWAL_WINDOW_DAYS} 天内提交（${renewalOpensOn(c.validUntil)} 起）`;
  return null;
}

export type CertificationStateName = "SUBMITTED" | "IN_FORCE" | "UPCOMING" | "EXPIRED" | "REFUSED" | "WITHDRAWN";
export const CERTIFICATION_STATES = ["SUBMITTED", "IN_FORCE", "UPCOMING", "EXPIRED", "REFUSED", "WITHDRAWN"] as const;
export const STATE_LABEL: Record<CertificationStateName, string> = {
  SUBMITTED: "待认定",
  IN_FORCE: "已认定",
  UPCOMING: "已认定·未生效",
  EXPIRED: "已过期",
  REFUSED: "未通过",
  WITHDRAWN: "已撤回",
};
export const STATUS_LABEL: Record<string, string> = { SUBMITTED: "待认定", CERTIFIED: "已认定", REFUSED: "未通过", WITHDRAWN: "已撤回" };

/** What a certification is on `today`: its status, with CERTIFIED split by its validity. */
export function certificationState(c: CertifiedFacts, today: string): CertificationStateName {
  if (c.status !== "CERTIFIED") return c.status as CertificationStateName;
  if (c.validFrom && today < c.validFrom) return "UPCOMING";
  return c.validUntil && today > c.validUntil ? "EXPIRED" : "IN_FORCE";
}

export const stateTone = (state: CertificationStateName): "open" | "good" | "bad" | "muted" =>
  state === "IN_FORCE" ? "good" : state === "SUBMITTED" || state === "UPCOMING" ? "open" : state === "REFUSED" ? "bad" : "muted";

/** certified ÷ fullTime as a percentage with two decimals ("24.11"); "0.00" when there are no teachers. */
export function ratioPercent(certified: number, fullTime: number): string {
  if (fullTime === 0) return "0.00";
  return (Math.round((certified * 10000) / fullTime) / 100).toFixed(2);
}
