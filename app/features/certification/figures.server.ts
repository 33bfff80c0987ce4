import { prisma } from "~/db/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { isoDayOf } from "~/lib/dates";
import { windowStart, WINDOW_YEARS } from "~/lib/practice-ledger";
import { levelInForce, ratioPercent, type CertifiedLevel, type LevelName } from "./levels";

// Levels in force and the 双师素质专任教师比例 (report 附表4 row 2), computed from certifications on a
// day (never from a stored expiry): docs/decisions/0015, "Certification".

type Db = Prisma.TransactionClient;

/** Each teacher matching `where` with their school, 专任 flag and level in force on `today`. */
export async function teacherLevels(db: Db, where: Prisma.TeacherWhereInput, today: string) {
  const teachers = await db.teacher.findMany({
    where,
    select: {
      id: true,
      schoolId: true,
      fullTime: true,
      dualTeacherLevel: true,
      certifications: { where: { status: "CERTIFIED" }, select: { status: true, level: true, validFrom: true, validUntil: true } },
    },
  });
  return teachers.map((t) => ({
    id: t.id,
    schoolId: t.schoolId,
    fullTime: t.fullTime,
    level: levelInForce(
      t.certifications.map((c) => ({ status: c.status, level: c.level, validFrom: isoDayOf(c.validFrom), validUntil: isoDayOf(c.validUntil) })),
      t.dualTeacherLevel,
      today,
    ),
  }));
}

export async function teacherLevelOn(db: Db, teacherId: number, today: string): Promise<LevelName> {
  const [row] = await teacherLevels(db, { id: teacherId }, today);
  return row?.level ?? "NONE";
}

export type LevelCounts = Record<CertifiedLevel, number> & { fullTime: number; certified: number; ratio: string };
export type SchoolFigures = LevelCounts & { schoolId: number; school: string };

const empty = (): Omit<LevelCounts, "ratio"> => ({ fullTime: 0, certified: 0, JUNIOR: 0, INTERMEDIATE: 0, SENIOR: 0 });

/**
 * 专任教师 (full-time teachers) by level in force on `today`, per school and in all: `certified` counts
 * the full-time teachers with any level in force, `ratio` is certified ÷ full-time as a percentage with
 * two decimals. Part-time teachers are in neither figure (the report's ratio is of 专任教师).
 * `schoolId`: one school only; absent: every school.
 */
export async function dualTeacherFigures(today: string, schoolId?: number): Promise<{ schools: SchoolFigures[]; total: LevelCounts }> {
  const db = prisma();
  const schoolWhere = schoolId === undefined ? {} : { organisationId: schoolId };
  const [schools, levels] = await Promise.all([
    db.school.findMany({ where: schoolWhere, select: { organisationId: true, organisation: { select: { name: true } } }, orderBy: { organisationId: "asc" } }),
    teacherLevels(db, { fullTime: true, ...(schoolId === undefined ? {} : { schoolId }) }, today),
  ]);
  const bySchool = new Map(schools.map((s) => [s.organisationId, empty()]));
  const total = empty();
  for (const t of levels) {
    for (const counts of [bySchool.get(t.schoolId), total]) {
      if (!counts) continue;
      counts.fullTime += 1;
      if (t.level !== "NONE") {
        counts.certified += 1;
        counts[t.level] += 1;
      }
    }
  }
  return {
    schools: schools.map((s) => {
      const c = bySchool.get(s.organisationId)!;
      return { schoolId: s.organisationId, school: s.organisation.name, ...c, ratio: ratioPercent(c.certified, c.fullTime) };
    }),
    total: { ...total, ratio: ratioPercent(total.certified, total.fullTime) },
  };
}

export const PRACTICE_YEARS = WINDOW_YEARS;

/**
 * Confirmed enterprise-practice days of each teacher in the five years up to `today` (windowStart(today)
 * through today, as the teacher's ledger counts them), the evidence a submission keeps.
 */
// TODO(integration): use teacher-practice ledgerOf (app/features/teacher-practice/index.server.ts, branch practice13)
export async function confirmedPracticeDays(db: Db, teacherIds: readonly number[], today: string): Promise<Map<number, number>> {
  // The ledger's own window (app/lib/practice-ledger.ts), so the evidence is the ledger's figure on every
  // day, 29 February included (2028-02-29 counts from 2023-03-01).
  const from = windowStart(today);
  const days = await db.teacherPracticeDay.findMany({
    where: {
      confirmedAt: { not: null },
      day: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${today}T00:00:00Z`) },
      placement: { teacherId: { in: [...teacherIds] } },
    },
    select: { day: true, placement: { select: { teacherId: true } } },
  });
  // One day counts once even if two stays overlap on it.
  const seen = new Map<number, Set<string>>();
  for (const d of days) {
    const set = seen.get(d.placement.teacherId) ?? new Set<string>();
    set.add(d.day.toISOString().slice(0, 10));
    seen.set(d.placement.teacherId, set);
  }
  return new Map(teacherIds.map((id) => [id, seen.get(id)?.size ?? 0]));
}
