import { eligibilityProblem, isGraduating } from "~/features/applications";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import { DISTRICT_LABEL } from "~/lib/labels";

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
  district: string | null;
  startDate: string | null;
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

function reasonsFor(student: StudentProfile, position: Candidate, fit: Fit, today: string): string[] {
  const { program } = student;
  const reasons = [
    fit === 3
      ? `与你的专业 ${program.name} 对口`
      : fit === 2
      ? `与你的专业同属${program.categoryName}`
      : `属于你的专业所在的${program.clusterName}`,
  ];
  if (kindFitsCohort(student, position.kind, today)) {
    reasons.push(
      isGraduating(student.graduationYear, today)
        ? "毕业年级，适合就业岗位"
        : `适合在校生的${POSITION_KIND_LABEL[position.kind]}`,
    );
  }
  if (position.district && position.district === student.district)
    reasons.push(`位于你学校所在的${DISTRICT_LABEL[position.district]}`);
  if (position.startDate && position.startDate >= today) reasons.push(`${position.startDate} 到岗`);
  return reasons;
}

/** The student's positions, best first, each with the reasons it was chosen. */
export function rankForStudent<C extends Candidate>(student: StudentProfile, candidates: C[], today: string) {
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
        start,
        reasons: reasonsFor(student, position, fit, today),
      },
    ];
  });
  scored.sort(
    (a, b) =>
      b.fit - a.fit ||
      b.kindFits - a.kindFits ||
      b.near - a.near ||
      a.start.localeCompare(b.start) ||
      a.position.id - b.position.id,
  );
  return scored.map((s) => ({ ...s.position, fit: s.fit, reasons: s.reasons }));
}
