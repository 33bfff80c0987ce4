import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { todayInHohhot } from "~/lib/dates";
import { latestGraduationYear } from "~/lib/school-year";
import { notFound } from "~/lib/errors.server";
import { computeReport } from "./report.server";

// Who reads which report (permissions report.read / report.records): the bureau the city and every school;
// a school's office its own school's (another school's, or one that does not exist: 404); others 403.

/** A path segment that must be a year or a school's id: digits only, within an INTEGER column; 404 otherwise. */
export function numberParam(value: string | undefined): number {
  if (!/^[1-9][0-9]{0,9}$/.test(value ?? "")) notFound();
  const id = Number(value);
  if (id > 2_147_483_647) notFound();
  return id;
}

/** A report year: 2000 … the latest graduating class (later years have no graduates yet): 404 otherwise. */
export function reportYear(year: number, today = todayInHohhot()): number {
  if (year < 2000 || year > latestGraduationYear(today)) notFound("没有这一年的质量年报");
  return year;
}

const STAFF_ONLY = "只有教育局和学校可以查看质量年报";

/** May the user read any report at all (the bureau, a school's office)? 403 for anyone else. */
export function assertReader(user: SessionUser): void {
  if (user.role !== "BUREAU_ADMIN" && user.role !== "SCHOOL_STAFF") assertCan(user, { action: "report.read", schoolId: null }, STAFF_ONLY);
}

/** The city-wide report: the bureau only (a school's office is refused with 403: it knows the city's report exists). */
export async function cityReport(user: SessionUser, year: number, today?: string) {
  assertReader(user);
  assertCan(user, { action: "report.read", schoolId: null }, "全市质量年报仅教育局可查看，请查看本校年报");
  return computeReport({ year: reportYear(year, today), schoolId: null, today });
}

/** A school's report: the bureau, or the school's own office; another school (or no such school): 404. */
export async function schoolReport(user: SessionUser, year: number, schoolId: number, today?: string) {
  assertReader(user);
  assertVisible(user, { action: "report.read", schoolId });
  return computeReport({ year: reportYear(year, today), schoolId, today });
}

/**
 * The years with a report for the user: every graduation year with graduates (for a school, its own),
 * and the latest graduating class even before its destinations are in; newest first. The bureau also
 * gets every school to open.
 */
export async function reportIndex(user: SessionUser, today = todayInHohhot()) {
  assertReader(user);
  const schoolId = user.role === "SCHOOL_STAFF" ? user.organisationId : null;
  const db = prisma();
  const [years, schools] = await Promise.all([
    db.student.groupBy({ by: ["graduationYear"], where: { status: "GRADUATED", ...(schoolId === null ? {} : { schoolId }) } }),
    schoolId === null
      ? db.organisation.findMany({ where: { school: { isNot: null } }, select: { id: true, name: true }, orderBy: { name: "asc" } })
      : Promise.resolve([{ id: user.organisationId, name: user.organisation.name }]),
  ]);
  const latest = latestGraduationYear(today);
  const all = new Set([latest, ...years.map((y) => y.graduationYear).filter((y) => y >= 2000 && y <= latest)]);
  return { cityWide: schoolId === null, years: [...all].sort((a, b) => b - a), schools };
}
