import { eligibilityProblem, isGraduating } from "~/features/applications";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import { DISTRICT_LABEL } from "~/lib/labels";
import { isOutsideHohhot } from "~/lib/work-city";

// How well a position suits a student, and why, in words shown beside it. Ranking, most important
// first: program fit (same program > same category > same cluster); a kind that fits the cohort
// (the graduating year wants jobs, earlier cohorts internships and apprenticeships); the school's
// district; then the soonest start. Positions that fit no program, or that the student could not
// apply for (first-year internships, age), are left out: a recommendation must be actionable.

export type StudentProfile = {
  program: {
    id: number;
    name: string;
    categoryId: number;
    categoryName: string;
    clusterId: number | null;
    clusterName: string | null;
  };
  district: string | null; // the school's: students study, and usually live, near it
  cohortYear: number;
  graduationYear: number;
  birthDate: string;
};

export type Candidate = {
  id: number;
  kind: string;
  /** 工作城市 when not Hohhot (null = 呼和浩特市); the caller has already left these out unless the student asked. */
  city?: string | null;
  district: string | null;
  startDate: string | null;
  /** Last day to apply (YYYY-MM-DD), if any. */
  deadline?: string | null;
  payMin?: number | null;
  payMax?: number | null;
  /** Seats not yet taken: headcount less accepted offers. */
  seatsLeft?: number;
  minAge: number | null;
  clusterId: number | null;
  programIds: number[];
  programCategoryIds: number[]; // the categories of programIds
  categoryIds: number[];
};

export type Fit = 0 | 1 | 2 | 3;

export function programFit(student: StudentProfile, position: Candidate): Fit {
  const { program } = student;
  if (position.programIds.includes(program.id)) return 3;
  if (position.categoryIds.includes(program.categoryId) || position.programCategoryIds.includes(program.categoryId)) return 2;
  if (program.clusterId !== null && position.clusterId === program.clusterId) return 1;
  return 0;
}

export const kindFitsCohort = (student: StudentProfile, kind: string, today: string) =>
  isGraduating(student.graduationYear, today) ? kind === "JOB" : kind !== "JOB";

// The city's four urban districts and the development zone; the rest are counties (旗县), a bus ride away.
const URBAN = new Set(["XINCHENG", "SAIHAN", "YUQUAN", "HUIMIN", "ECONOMIC_ZONE"]);
/** A deadline this many days away or fewer is "soon". */
export const DEADLINE_SOON_DAYS = 7;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A position's monthly pay as one figure: the middle of its range, or the one end given. */
export function payMidpoint(position: { payMin?: number | null; payMax?: number | null }): number | null {
  const { payMin, payMax } = position;
  if (payMin != null && payMax != null) return Math.round((payMin + payMax) / 2);
  return payMin ?? payMax ?? null;
}

/** The median of the pay midpoints of the positions that list the student's program (null when none states pay). */
export function programMedianPay(student: StudentProfile, positions: Candidate[]): number | null {
  const pays = positions
    .filter((p) => p.programIds.includes(student.program.id))
    .map(payMidpoint)
    .filter((p): p is number => p !== null)
    .sort((a, b) => a - b);
  if (pays.length === 0) return null;
  const mid = Math.floor(pays.length / 2);
  return pays.length % 2 ? pays[mid]! : Math.round((pays[mid - 1]! + pays[mid]!) / 2);
}

/**
 * Why this position, in facts of its own: which of the student's programs it lists (or the category
 * or cluster it shares), its district and how far that is from the school, its pay against the
 * median for the student's program, a deadline within DEADLINE_SOON_DAYS, the seats left, the start.
 */
function reasonsFor(student: StudentProfile, position: Candidate, fit: Fit, today: string, medianPay: number | null): string[] {
  const { program } = student;
  const reasons = [
    fit === 3
      ? `招收你的专业：${program.name}`
      : fit === 2
      ? `面向${program.categoryName}（你的专业所属大类）`
      : `属于你的专业所在的${program.clusterName}`,
  ];
  if (kindFitsCohort(student, position.kind, today)) {
    reasons.push(
      isGraduating(student.graduationYear, today)
        ? `毕业年级，这是${POSITION_KIND_LABEL[position.kind]}`
        : `适合在校生的${POSITION_KIND_LABEL[position.kind]}`,
    );
  }
  // Said first among the places: a student who asked for positions elsewhere should see which are.
  if (isOutsideHohhot(position.city)) reasons.push(`外地岗位（${position.city}）`);
  if (position.district) {
    const place = DISTRICT_LABEL[position.district] ?? position.district;
    if (position.district === student.district) reasons.push(`在${place}，与你的学校同区`);
    else if (URBAN.has(position.district) && (student.district === null || URBAN.has(student.district))) reasons.push(`在${place}，市区内`);
    else reasons.push(`在${place}，离学校较远`);
  }
  const pay = payMidpoint(position);
  if (pay !== null && medianPay !== null) {
    if (pay > medianPay) reasons.push(`月薪约 ${pay} 元，高于本专业岗位中位数 ${medianPay} 元`);
    else if (pay === medianPay) reasons.push(`月薪约 ${pay} 元，与本专业岗位中位数持平`);
    else reasons.push(`月薪约 ${pay} 元，低于本专业岗位中位数 ${medianPay} 元`);
  } else if (pay !== null) reasons.push(`月薪约 ${pay} 元`);
  if (position.deadline && position.deadline >= today) {
    const left = daysBetween(today, position.deadline);
    if (left <= DEADLINE_SOON_DAYS) reasons.push(left === 0 ? "今天报名截止" : `${left} 天后报名截止（${position.deadline}）`);
  }
  if (position.seatsLeft !== undefined) reasons.push(`还剩 ${position.seatsLeft} 个名额`);
  if (position.startDate && position.startDate >= today) reasons.push(`${position.startDate} 到岗`);
  return reasons;
}

/** The student's positions, best first, each with the reasons it was chosen. */
export function rankForStudent<C extends Candidate>(student: StudentProfile, candidates: C[], today: string) {
  const medianPay = programMedianPay(student, candidates);
  const scored = candidates.flatMap((position) => {
    const fit = programFit(student, position);
    if (fit === 0) return [];
    const seat = { kind: position.kind, minAge: position.minAge, startDate: position.startDate };
    if (eligibilityProblem(seat, { birthDate: student.birthDate, cohortYear: student.cohortYear }, today)) return [];
    const start = position.startDate === null ? "9999-12-31" : position.startDate < today ? today : position.startDate;
    return [
      {
        position,
        fit,
        kindFits: kindFitsCohort(student, position.kind, today) ? 1 : 0,
        near: position.district !== null && position.district === student.district ? 1 : 0,
        // Hohhot before elsewhere at equal fit and kind, when the student asked to see both.
        local: isOutsideHohhot(position.city) ? 0 : 1,
        start,
        reasons: reasonsFor(student, position, fit, today, medianPay),
      },
    ];
  });
  scored.sort(
    (a, b) =>
      b.fit - a.fit ||
      b.kindFits - a.kindFits ||
      b.local - a.local ||
      b.near - a.near ||
      a.start.localeCompare(b.start) ||
      a.position.id - b.position.id,
  );
  return scored.map((s) => ({ ...s.position, fit: s.fit, reasons: s.reasons }));
}
