// Who may apply for which seat, from 《职业学校学生实习管理规定》 and the position's own terms.
// Pure functions over plain dates (YYYY-MM-DD), shared by the apply action, the recommendations
// (which leave out what a student could not apply for) and the demo seed.

import { currentCohort } from "~/lib/school-year";

/**
 * 《职业学校学生实习管理规定》: no student under 16 may be placed. For 岗位实习 it is counted on the
 * first working day; a position's own minimum age may not be lower (positions/position-schema.ts).
 */
export const MIN_STUDENT_AGE = 16;

/** The cohort that entered this school year: app/lib/school-year.ts, the clock the directory reads too. */
export { currentCohort };

/** First-year students may not do 岗位实习: their cohort must be earlier than this school year's. */
export const isFirstYear = (cohortYear: number, today: string) => cohortYear >= currentCohort(today);

/** Finishes school by the end of this school year (or is already past it): ready for a job. */
export const isGraduating = (graduationYear: number, today: string) => graduationYear <= currentCohort(today) + 1;

/** Whole years of age on `day`. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export type SeatTerms = { kind: string; minAge: number | null; startDate: string | null };
export type Applicant = { birthDate: string; cohortYear: number };

/** Why this student cannot take this seat, or null when they can. */
export function eligibilityProblem(seat: SeatTerms, student: Applicant, today: string): string | null {
  const firstDay = seat.startDate && seat.startDate > today ? seat.startDate : today;
  const age = ageOn(student.birthDate, firstDay);
  if (seat.kind === "INTERNSHIP") {
    if (isFirstYear(student.cohortYear, today)) return "按规定，一年级学生不能参加岗位实习";
    if (age < MIN_STUDENT_AGE) return `按规定，岗位实习须在到岗时年满 ${MIN_STUDENT_AGE} 周岁`;
  }
  if (seat.minAge !== null && age < seat.minAge) return `该岗位要求到岗时年满 ${seat.minAge} 周岁`;
  return null;
}
