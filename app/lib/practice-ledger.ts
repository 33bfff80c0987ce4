// A teacher's enterprise-practice ledger (教师企业实践台账, issue 13 item 2; docs/decisions/0015):
// pure arithmetic over calendar days "YYYY-MM-DD", no clock and no database.
//
// 《职业学校教师企业实践规定》第二条: 专业课教师（含实习指导教师）每5年累计不少于6个月到企业或生产服务一线实践.
// Six months is counted as REQUIRED_DAYS = 180 confirmed days (6 × 30), one day per calendar day however
// many practices log it. The window is the five years up to `today`: from windowStart(today) =
// today − 5 years + 1 day to today, both inclusive (the day exactly five years back is out).

/** 6 months of practice as days (6 × 30). */
export const REQUIRED_DAYS = 180;
/** The rolling window, in years. */
export const WINDOW_YEARS = 5;
/** The school is warned this many months before a teacher would fall short. */
export const WARNING_MONTHS = 12;
/** A specialist hired within this many years (hiredOn after today − 3 years) is new. */
export const NEW_TEACHER_YEARS = 3;

export type LedgerStatus = "met" | "short" | "warning" | "new-without-experience" | "not-required";

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const asDay = (date: Date) => date.toISOString().slice(0, 10);

/** `day` moved by whole months; the 29th–31st of a shorter month become its last day (2028-02-29 − 5 y = 2023-02-28). */
export function addMonths(day: string, months: number): string {
  const d = asDate(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return asDay(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))));
}

export const addDays = (day: string, days: number): string => {
  const d = asDate(day);
  d.setUTCDate(d.getUTCDate() + days);
  return asDay(d);
};

/** The first day of the five-year window ending on `today` (inclusive): today − 5 years + 1 day. */
export const windowStart = (today: string): string => addDays(addMonths(today, -12 * WINDOW_YEARS), 1);

/** Distinct confirmed days in [from, to], both inclusive. */
export function daysBetween(days: readonly string[], from: string, to: string): number {
  return new Set(days.filter((d) => d >= from && d <= to)).size;
}

export type LedgerFacts = {
  specialist: boolean;
  hiredOn: string | null;
  enterpriseExperience: boolean;
  /** Every confirmed practice day of the teacher, any order, duplicates allowed. */
  confirmedDays: readonly string[];
};

export type Ledger = {
  today: string;
  windowStart: string;
  requiredDays: number;
  /** Confirmed days in [windowStart, today]. */
  confirmedDays: number;
  /** Of those, the days still inside the window WARNING_MONTHS from now: [windowStart(today + 12 months), today]. */
  daysKeptIn12Months: number;
  /** The specialist is new (hired after today − 3 years), came without enterprise experience and has no confirmed day yet. */
  newWithoutExperience: boolean;
  status: LedgerStatus;
};

/**
 * The ledger on `today`. Status, first that applies:
 * - not-required: not a specialist (only 专业课教师 owe practice);
 * - new-without-experience: hiredOn > today − 3 years, no enterpriseExperience and no confirmed day ever;
 * - short: confirmedDays < 180;
 * - warning: confirmedDays ≥ 180 but the days that will still be in the window 12 months from now
 *   (no new practice assumed) are < 180, i.e. the teacher falls short within 12 months;
 * - met.
 */
export function ledgerOn(facts: LedgerFacts, today: string): Ledger {
  const start = windowStart(today);
  const confirmedDays = daysBetween(facts.confirmedDays, start, today);
  const daysKeptIn12Months = daysBetween(facts.confirmedDays, windowStart(addMonths(today, WARNING_MONTHS)), today);
  const isNew = facts.hiredOn !== null && facts.hiredOn > addMonths(today, -12 * NEW_TEACHER_YEARS) && facts.hiredOn <= today;
  const everConfirmed = facts.confirmedDays.some((d) => d <= today);
  const newWithoutExperience = facts.specialist && isNew && !facts.enterpriseExperience && !everConfirmed;
  const status: LedgerStatus = !facts.specialist
    ? "not-required"
    : newWithoutExperience
      ? "new-without-experience"
      : confirmedDays < REQUIRED_DAYS
        ? "short"
        : daysKeptIn12Months < REQUIRED_DAYS
          ? "warning"
          : "met";
  return { today, windowStart: start, requiredDays: REQUIRED_DAYS, confirmedDays, daysKeptIn12Months, newWithoutExperience, status };
}

export const LEDGER_STATUS_LABEL: Record<LedgerStatus, string> = {
  met: "已达标",
  short: "未达标",
  warning: "12个月内将不达标",
  "new-without-experience": "新进教师·无企业经历",
  "not-required": "非专业课教师",
};
