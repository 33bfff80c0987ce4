// Dates as the tests type them, computed here rather than read from the app's own date helpers.

/** A date `days` from today in Hohhot (UTC+8), YYYY-MM-DD, as a date input sends it. */
export function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The cohort (级) admitted at the start of the school year `day` (YYYY-MM-DD) falls in: a school
 * year starts on 1 September. Typed here from the rule, not read from app/lib/school-year.ts.
 */
export function cohortOn(day: string): number {
  const year = Number(day.slice(0, 4));
  return day.slice(5) >= "09-01" ? year : year - 1;
}
