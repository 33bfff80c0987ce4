import { prisma } from "~/db/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { isoDayOf } from "~/lib/dates";
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
