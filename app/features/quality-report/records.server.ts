import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { teacherLevels } from "~/features/certification/index.server";
import { Prisma } from "~/generated/prisma/client";
import { todayInHohhot } from "~/lib/dates";
import { DESTINATION_LABEL } from "~/lib/destinations";
import type { DestinationKind } from "~/generated/prisma/enums";
import { notFound } from "~/lib/errors.server";
import { DRILLABLE, ROW_BY_ID } from "./figures";
import { GRADUATE_CONDITIONS, graduatesOf, inSchoolOf, type GraduateCondition, type Scope } from "./population.server";
import { platformSql } from "./platform.server";
import { levelDayOf } from "./report-year";
import { certificatePassedSql, mentorsSql } from "./teaching.server";
import { reportYear } from "./access.server";

// The records behind a figure (/reports/<year>/records?figure=…): exactly the rows the figure counts,
// under the same SQL conditions (population.server.ts, teaching.server.ts, platform.server.ts), a page
// at a time, with the count at the top. Names are for the bureau and the records' own school only.

export const RECORDS_PER_PAGE = 50;

/** One record, whatever its kind: a title (a person, a class, a fair), its school and what it is. */
export type RecordRow = { key: string; title: string; school: string; detail: string };

type Drill = { count: Prisma.Sql; rows: Prisma.Sql } | { teachers: "fullTime" | "JUNIOR" | "INTERMEDIATE" | "SENIOR" };

const STUDENT_COLUMNS = Prisma.sql`s.id::text AS key, s.name || COALESCE('（' || s."studentNumber" || '）', '') AS title, o.name AS school`;
const STUDENT_JOINS = Prisma.sql`JOIN "Organisation" o ON o.id = s."schoolId" JOIN "SchoolProgram" sp ON sp.id = s."schoolProgramId" JOIN "Program" pr ON pr.id = sp."programId"`;

function studentDrill(where: Prisma.Sql, detail: Prisma.Sql): Drill {
  const from = Prisma.sql`FROM "Student" s LEFT JOIN "GraduateDestination" d ON d."studentId" = s.id ${STUDENT_JOINS} WHERE ${where}`;
  return {
    count: Prisma.sql`SELECT count(*)::int AS n ${from}`,
    rows: Prisma.sql`SELECT ${STUDENT_COLUMNS}, ${detail} AS detail, d.kind::text AS kind ${from} ORDER BY o.name, s.name, s.id`,
  };
}

const graduateDetail = Prisma.sql`pr.name || ' · ' || COALESCE(d."employerName", '') || ' ' || COALESCE(d."employerProvince", '') || COALESCE(d."employerCity", '')`;

function drillOf(figure: string, scope: Scope): Drill | null {
  if (!DRILLABLE.has(figure)) return null;
  if (figure.startsWith("附表1.") || figure.startsWith("附表3.")) {
    return studentDrill(Prisma.sql`${graduatesOf(scope)} AND ${GRADUATE_CONDITIONS[figure as GraduateCondition]}`, graduateDetail);
  }
  const p = platformSql(scope);
  const listed = (from: Prisma.Sql, columns: Prisma.Sql, order: Prisma.Sql): Drill => ({
    count: Prisma.sql`SELECT count(*)::int AS n ${from}`,
    rows: Prisma.sql`SELECT ${columns} ${from} ORDER BY ${order}`,
  });
  switch (figure) {
    case "附表6.1":
      return studentDrill(inSchoolOf(scope), Prisma.sql`pr.name || ' · ' || s."cohortYear" || '级'`);
    case "附表6.14":
      return studentDrill(certificatePassedSql(scope), Prisma.sql`pr.name || ' · ' || s."cohortYear" || '级'`);
    case "附表6.6":
      return { teachers: "fullTime" };
    case "产教融合.dualJunior":
      return { teachers: "JUNIOR" };
    case "产教融合.dualIntermediate":
      return { teachers: "INTERMEDIATE" };
    case "产教融合.dualSenior":
      return { teachers: "SENIOR" };
    case "附表6.17":
      return listed(
        Prisma.sql`FROM (${mentorsSql(scope)}) m JOIN "Organisation" e ON e.id = m.enterprise_id`,
        Prisma.sql`m.enterprise_id || ':' || m.mentor AS key, m.mentor AS title, '' AS school, e.name AS detail`,
        Prisma.sql`e.name, m.mentor`,
      );
    case "产教融合.pairs":
      return listed(
        Prisma.sql`FROM (SELECT DISTINCT a."schoolId", a."enterpriseId" FROM "PartnershipAgreement" a WHERE ${p.pairs}) x
          JOIN "Organisation" o ON o.id = x."schoolId" JOIN "Organisation" e ON e.id = x."enterpriseId"`,
        Prisma.sql`x."schoolId" || ':' || x."enterpriseId" AS key, e.name AS title, o.name AS school, '' AS detail`,
        Prisma.sql`o.name, e.name`,
      );
    case "产教融合.orderClasses":
    case "产教融合.apprenticeships":
      return listed(
        Prisma.sql`FROM "OrderClass" c JOIN "Organisation" o ON o.id = c."schoolId" JOIN "Organisation" e ON e.id = c."enterpriseId"
          WHERE ${p.classes} AND c.kind::text = ${figure === "产教融合.orderClasses" ? "ORDER_CLASS" : "MODERN_APPRENTICESHIP"}`,
        Prisma.sql`c.id::text AS key, c.name AS title, o.name AS school, e.name || ' · ' || c."cohortYear" || '级' AS detail`,
        Prisma.sql`o.name, c.name, c.id`,
      );
    case "产教融合.placements":
    case "产教融合.completedPlacements":
    case "产教融合.keptOn": {
      const extra =
        figure === "产教融合.placements" ? Prisma.empty : figure === "产教融合.completedPlacements" ? Prisma.sql`AND p.status = 'COMPLETED'` : Prisma.sql`AND p.status = 'COMPLETED' AND ${p.keptOn}`;
      return listed(
        Prisma.sql`FROM "InternshipPlacement" p JOIN "Student" s ON s.id = p."studentId" JOIN "Organisation" o ON o.id = p."schoolId" JOIN "Organisation" e ON e.id = p."enterpriseId"
          WHERE ${p.placements} ${extra}`,
        Prisma.sql`p.id::text AS key, s.name AS title, o.name AS school, e.name || ' · ' || to_char(p."startsOn", 'YYYY-MM-DD') || ' 起' AS detail`,
        Prisma.sql`o.name, s.name, p.id`,
      );
    }
    case "产教融合.fairs":
      return listed(
        Prisma.sql`FROM "JobFair" f WHERE ${p.fairs}`,
        Prisma.sql`f.id::text AS key, f.title AS title, '' AS school, to_char(f."startsAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS detail`,
        Prisma.sql`f."startsAt", f.id`,
      );
    case "产教融合.fairRegistrations":
    case "产教融合.fairCheckIns":
      return listed(
        Prisma.sql`FROM "FairRegistration" r JOIN "JobFair" f ON f.id = r."fairId" JOIN "Student" s ON s.id = r."studentId" JOIN "Organisation" o ON o.id = s."schoolId"
          WHERE ${p.fairs} AND ${p.students} AND ${figure === "产教融合.fairCheckIns" ? Prisma.sql`r."checkedInAt" IS NOT NULL` : Prisma.sql`r."cancelledAt" IS NULL`}`,
        Prisma.sql`r.id::text AS key, s.name AS title, o.name AS school, f.title AS detail`,
        Prisma.sql`f.title, o.name, s.name, r.id`,
      );
    case "产教融合.fairOffers":
    case "产教融合.fairHires":
      return listed(
        Prisma.sql`FROM "Application" ap JOIN "JobFair" f ON f.id = ap."fairId" JOIN "Student" s ON s.id = ap."studentId" JOIN "Organisation" o ON o.id = s."schoolId"
          JOIN "Position" po ON po.id = ap."positionId"
          WHERE ${p.fairs} AND ${p.students} AND ${figure === "产教融合.fairHires" ? Prisma.sql`ap.status::text = 'ACCEPTED'` : Prisma.sql`ap.status::text IN ('OFFER', 'ACCEPTED')`}`,
        Prisma.sql`ap.id::text AS key, s.name AS title, o.name AS school, f.title || ' · ' || po.title AS detail`,
        Prisma.sql`f.title, o.name, s.name, ap.id`,
      );
    case "产教融合.practiceDays":
      return listed(
        Prisma.sql`FROM "TeacherPracticeDay" pd JOIN "TeacherPlacement" tp ON tp.id = pd."placementId" JOIN "Teacher" t ON t.id = tp."teacherId"
          JOIN "Organisation" o ON o.id = tp."schoolId" JOIN "Organisation" e ON e.id = tp."hostEnterpriseId" WHERE ${p.practiceDays}`,
        Prisma.sql`pd.id::text AS key, t.name AS title, o.name AS school, e.name || ' · ' || to_char(pd.day, 'YYYY-MM-DD') AS detail`,
        Prisma.sql`pd.day, t.name, pd.id`,
      );
  }
  return null;
}

const LEVEL_LABEL = { NONE: "", JUNIOR: "双师型·初级", INTERMEDIATE: "双师型·中级", SENIOR: "双师型·高级" } as const;

async function teacherRows(scope: Scope, which: "fullTime" | "JUNIOR" | "INTERMEDIATE" | "SENIOR", today: string): Promise<RecordRow[]> {
  const db = prisma();
  const levels = await teacherLevels(db, { fullTime: true, ...(scope.schoolId === null ? {} : { schoolId: scope.schoolId }) }, levelDayOf(scope.year, today));
  const chosen = levels.filter((t) => which === "fullTime" || t.level === which);
  const people = await db.teacher.findMany({
    where: { id: { in: chosen.map((t) => t.id) } },
    select: { id: true, name: true, school: { select: { organisation: { select: { name: true } } } } },
  });
  const levelOf = new Map(chosen.map((t) => [t.id, t.level]));
  return people
    .map((t) => ({ key: String(t.id), title: t.name, school: t.school.organisation.name, detail: LEVEL_LABEL[levelOf.get(t.id)!] || "专任教师" }))
    .sort((a, b) => a.school.localeCompare(b.school, "zh") || a.title.localeCompare(b.title, "zh") || Number(a.key) - Number(b.key));
}

/**
 * Whose records the user reads: the bureau any school (school given) or the city (none); a school's office
 * its own school only (no school given = its own; another: 404). Everyone else: 404, as for records they
 * may not know exist.
 */
export async function recordsScope(user: SessionUser, school: number | undefined): Promise<{ schoolId: number | null; name: string }> {
  if (user.role === "SCHOOL_STAFF" && school === undefined) school = user.organisationId;
  assertVisible(user, { action: "report.records", schoolId: school ?? null });
  if (school === undefined) return { schoolId: null, name: "呼和浩特市" };
  const found = await prisma().organisation.findFirst({ where: { id: school, school: { isNot: null } }, select: { name: true } });
  return found ? { schoolId: school, name: found.name } : notFound();
}

/** The figure's records, a page of them, and how many in all (the figure's value). */
export async function figureRecords(
  user: SessionUser,
  options: { year: number; figure: string; school?: number; page: number },
  today = todayInHohhot(),
) {
  const scopeOf = await recordsScope(user, options.school);
  const year = reportYear(options.year, today);
  const def = ROW_BY_ID.get(options.figure);
  if (!def || !DRILLABLE.has(options.figure)) notFound("该数字没有可查看的记录");
  assertCan(user, { action: "report.records", schoolId: scopeOf.schoolId });
  const scope: Scope = { year, schoolId: scopeOf.schoolId };
  const drill = drillOf(options.figure, scope)!;
  let total: number;
  let rows: RecordRow[];
  const take = RECORDS_PER_PAGE;
  const skip = (Math.max(1, options.page) - 1) * take;
  if ("teachers" in drill) {
    const all = await teacherRows(scope, drill.teachers, today);
    total = all.length;
    rows = all.slice(skip, skip + take);
  } else {
    const db = prisma();
    const [[counted], listed] = await Promise.all([
      db.$queryRaw<{ n: number }[]>(drill.count),
      db.$queryRaw<(RecordRow & { kind?: string | null })[]>(Prisma.sql`${drill.rows} LIMIT ${take} OFFSET ${skip}`),
    ]);
    total = Number(counted!.n);
    rows = listed.map((r) => ({
      key: r.key,
      title: r.title,
      school: r.school,
      detail: r.kind ? `${DESTINATION_LABEL[r.kind as DestinationKind]} · ${r.detail.trim()}` : r.detail.trim(),
    }));
  }
  return { year, scope: scopeOf, figure: options.figure, table: def.table, row: def.row, label: def.label, unit: def.unit, total, rows, perPage: take };
}
