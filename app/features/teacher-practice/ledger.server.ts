import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { dayColumn, isoDayOf, todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { ledgerOn, type Ledger, type LedgerStatus } from "~/lib/practice-ledger";
import { optionalFilter } from "~/lib/search-params.server";

// 教师企业实践台账 (issue 13 item 2): the arithmetic is app/lib/practice-ledger.ts; here it is fed from the
// database. A day counts once the host confirmed it (TeacherPracticeDay.confirmedAt), whatever became of
// the practice afterwards.

export type TeacherLedger = Ledger & { teacherId: number; specialist: boolean; hiredOn: string | null; enterpriseExperience: boolean };

/** Confirmed days (YYYY-MM-DD, not after `today`) of each of `teacherIds`. */
async function confirmedDaysOf(teacherIds: number[], today: string): Promise<Map<number, string[]>> {
  const rows = await prisma().teacherPracticeDay.findMany({
    where: { confirmedAt: { not: null }, day: { lte: dayColumn(today) }, placement: { teacherId: { in: teacherIds } } },
    select: { day: true, placement: { select: { teacherId: true } } },
  });
  const byTeacher = new Map<number, string[]>(teacherIds.map((id) => [id, []]));
  for (const r of rows) byTeacher.get(r.placement.teacherId)?.push(isoDayOf(r.day));
  return byTeacher;
}

type TeacherFacts = { id: number; specialist: boolean; hiredOn: Date | null; enterpriseExperience: boolean };
const ledgerOfRow = (t: TeacherFacts, days: string[], today: string): TeacherLedger => ({
  ...ledgerOn({ specialist: t.specialist, hiredOn: isoDayOf(t.hiredOn), enterpriseExperience: t.enterpriseExperience, confirmedDays: days }, today),
  teacherId: t.id,
  specialist: t.specialist,
  hiredOn: isoDayOf(t.hiredOn),
  enterpriseExperience: t.enterpriseExperience,
});

/**
 * The ledger of teacher `teacherId` on `today` (YYYY-MM-DD, Asia/Shanghai): confirmed days in the five years up to
 * today against 180, the 12-month warning and the new-specialist flag (app/lib/practice-ledger.ts); null when no
 * such teacher. No permission check: the caller decides who may read it (the certification part reads it for
 * its own submissions).
 */
export async function ledgerOf(teacherId: number, today: string = todayInHohhot()): Promise<TeacherLedger | null> {
  const t = await prisma().teacher.findUnique({ where: { id: teacherId }, select: { id: true, specialist: true, hiredOn: true, enterpriseExperience: true } });
  if (!t) return null;
  return ledgerOfRow(t, (await confirmedDaysOf([t.id], today)).get(t.id) ?? [], today);
}

/**
 * The ledgers of `teacherIds` on `today`, as ledgerOf gives them one by one, in two queries (a form listing a
 * school's teachers); ids of no teacher are left out of the map.
 */
export async function ledgersOf(teacherIds: readonly number[], today: string = todayInHohhot()): Promise<Map<number, TeacherLedger>> {
  const teachers = await prisma().teacher.findMany({
    where: { id: { in: [...teacherIds] } },
    select: { id: true, specialist: true, hiredOn: true, enterpriseExperience: true },
  });
  const days = await confirmedDaysOf(teachers.map((t) => t.id), today);
  return new Map(teachers.map((t) => [t.id, ledgerOfRow(t, days.get(t.id) ?? [], today)]));
}

/** /teachers/:teacherId/ledger: the teacher themself, their school's office and the bureau; 404 to everyone else. */
export async function teacherLedgerPage(user: SessionUser, teacherId: number, today = todayInHohhot()) {
  const db = prisma();
  const t = await db.teacher.findUnique({
    where: { id: teacherId },
    select: { id: true, name: true, schoolId: true, userId: true, school: { select: { organisation: { select: { name: true } } } } },
  });
  if (!t) notFound("找不到该教师");
  assertVisible(user, { action: "teacher.ledger", schoolId: t.schoolId, teacherUserId: t.userId }, "找不到该教师");
  const ledger = (await ledgerOf(t.id, today))!;
  const practice = await db.teacherPlacement.findMany({
    where: { teacherId: t.id },
    orderBy: [{ startsOn: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      form: true,
      startsOn: true,
      endsOn: true,
      hostEnterprise: { select: { organisation: { select: { name: true } } } },
      trainingBase: { select: { name: true } },
      days: { where: { confirmedAt: { not: null } }, select: { day: true } },
    },
  });
  return {
    teacher: { id: t.id, name: t.name, school: t.school.organisation.name },
    ledger,
    practice: practice.map((p) => ({
      id: p.id,
      status: p.status,
      form: p.form,
      startsOn: isoDayOf(p.startsOn),
      endsOn: isoDayOf(p.endsOn),
      host: p.trainingBase?.name ?? p.hostEnterprise.organisation.name,
      confirmedDays: p.days.length,
      inWindow: p.days.filter((d) => isoDayOf(d.day) >= ledger.windowStart && isoDayOf(d.day) <= today).length,
    })),
  };
}

export const TeacherFilters = z.object({
  status: optionalFilter(z.enum(["met", "short", "warning", "new-without-experience", "not-required"])),
  specialist: optionalFilter(z.enum(["yes", "no"])),
});
export type TeacherFilters = z.infer<typeof TeacherFilters>;

/** /teachers: the school office's teachers with their ledger; `counts` per status before the status filter. */
export async function schoolTeachers(user: SessionUser, filters: TeacherFilters, today = todayInHohhot()) {
  assertCan(user, { action: "teacher.list", schoolId: user.organisationId }, "只有学校管理人员可以查看本校教师台账");
  const teachers = await prisma().teacher.findMany({
    where: { schoolId: user.organisationId, specialist: filters.specialist === undefined ? undefined : filters.specialist === "yes" },
    orderBy: [{ specialist: "desc" }, { id: "asc" }],
    select: { id: true, name: true, specialist: true, hiredOn: true, enterpriseExperience: true, dualTeacherLevel: true },
  });
  const days = await confirmedDaysOf(teachers.map((t) => t.id), today);
  const all = teachers.map((t) => ({ name: t.name, dualTeacherLevel: t.dualTeacherLevel, ...ledgerOfRow(t, days.get(t.id) ?? [], today) }));
  const counts: Record<LedgerStatus, number> = { met: 0, short: 0, warning: 0, "new-without-experience": 0, "not-required": 0 };
  for (const t of all) counts[t.status]++;
  return { today, counts, teachers: filters.status ? all.filter((t) => t.status === filters.status) : all };
}
