import { latestGraduationYear } from "./school-year";

// How a student's standing is worded, on every page that words it (the roster, the student's record,
// the student's own home, the recommendations). The stored status says what the school recorded; the
// date says more: a student still recorded 在校 whose class (届) has graduated by the school-year rule
// (app/lib/school-year.ts: the 届 turns over on 1 September) reads as that 届, never as 在校. On
// 2026-11-29 a 2023级 student in a three-year program (graduationYear 2026) reads "2026届毕业生";
// on 2026-08-31 the same student still reads "在校" (the 2025–26 school year has not ended).

export type StudentStatus = "ENROLLED" | "GRADUATED" | "WITHDRAWN";

/** IN_SCHOOL: studying; GRADUATE: their 届 has graduated (recorded or by the date); LEFT: 已离校 without graduating. */
export type StandingKind = "IN_SCHOOL" | "GRADUATE" | "LEFT";

export type Standing = { kind: StandingKind; label: string };

/**
 * A student's standing on `today` (YYYY-MM-DD, todayInHohhot()). graduationYear is the year of the June
 * the student's class leaves (cohortYear + 学制), so programs of any length are read right.
 */
export function studentStanding(
  student: { graduationYear: number; status: string },
  today: string,
): Standing {
  if (student.status === "WITHDRAWN") return { kind: "LEFT", label: "已离校" };
  if (student.status === "GRADUATED" || student.graduationYear <= latestGraduationYear(today)) {
    return { kind: "GRADUATE", label: `${student.graduationYear}届毕业生` };
  }
  return { kind: "IN_SCHOOL", label: "在校" };
}
