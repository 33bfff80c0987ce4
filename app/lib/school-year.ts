// The school year (学年) by the calendar: the one clock for every rule and page that speaks of a
// cohort (级) or a graduating class (届). Pure functions of a day as YYYY-MM-DD (todayInHohhot(),
// app/lib/dates.ts), so a test can stand on either side of the edge by passing the day.
//
// The rule, stated once: a school year starts on 1 September. 中职 schools admit their new cohort in
// the autumn (秋季招生, 9月入学), and the bureau's statistics count the year from its start (学年初):
// the 2023 report's 2023级 is the class admitted in September 2023, counted in the 2023–24 year
// with the 2023届 who left that June. 中职 study lasts three years (学制三年), so a cohort graduates
// in the June three years after it entered.

/** Month (1–12) and day on which a school year starts: 1 September. */
const SCHOOL_YEAR_START = { month: 9, day: 1 } as const;

/** Years of study in 中职 (学制): a cohort entering in year c graduates in June of c + 3. */
export const YEARS_OF_STUDY = 3;

/** The cohort (级) admitted at the start of the school year `today` falls in: 2026-08-31 → 2025, 2026-09-01 → 2026. */
export function currentCohort(today: string): number {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const started = month > SCHOOL_YEAR_START.month || (month === SCHOOL_YEAR_START.month && day >= SCHOOL_YEAR_START.day);
  return started ? year : year - 1;
}

/** The cohorts in school on `today`, newest first: [c, c − 1, c − 2] for the current cohort c. */
export function cohortsInSchool(today: string): number[] {
  const newest = currentCohort(today);
  return Array.from({ length: YEARS_OF_STUDY }, (_, i) => newest - i);
}

/**
 * The graduating class (届) reported with this school year: the one that left in the June before it
 * started — the cohort admitted YEARS_OF_STUDY years before the current one. On 2026-11-29 it is
 * 2026 (the 2023级). It turns over with the cohorts on 1 September, not in June, so one school
 * year's figures stay together, as the report prints its 2023级 beside its 2023届.
 */
export function latestGraduationYear(today: string): number {
  return currentCohort(today);
}
