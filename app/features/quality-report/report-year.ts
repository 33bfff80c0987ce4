import { currentCohort, latestGraduationYear } from "~/lib/school-year";
import { PUBLISHED_YEAR } from "./figures";

// Which year of the platform stands for the published 2023 report. The demo moves the report's years to
// today's school year (prisma/seed/generate.ts yearsSinceReport: the report's 2023级 is written as the
// current cohort, its 2023届 as the latest graduating class); this is the same computation from
// app/lib/school-year.ts, since app/ does not import prisma/seed. On 2026-11-30 it is 2026.

/** How far the report's years were moved on `today` (YYYY-MM-DD, Hohhot): 3 on 2026-11-30. */
export function yearsSinceReport(today: string): number {
  const shift = currentCohort(today) - PUBLISHED_YEAR;
  if (latestGraduationYear(today) !== PUBLISHED_YEAR + shift) throw new Error("毕业年份与年级不在同一学年");
  return shift;
}

/** The graduation year whose city-wide report reproduces the published 2023 figures on `today`. */
export const reproducedYear = (today: string) => PUBLISHED_YEAR + yearsSinceReport(today);

/** The day on which a year's teacher levels are read: the school year's last day (31 August of year + 1), or today if sooner. */
export function levelDayOf(year: number, today: string): string {
  const end = `${year + 1}-08-31`;
  return today < end ? today : end;
}
