import { prisma } from "~/db/db.server";
import { assertCan } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { Prisma } from "~/generated/prisma/client";
import { notFound } from "~/lib/errors.server";
import type { RecordHours } from "./mentor-schema";

// 行业导师 (issue 14, 附表6 rows 17 and 19): the enterprise mentors who teach a school's students — the 企业师傅
// named on its order and apprenticeship classes and on their members, and the 企业指导教师 of its placements —
// and the hours (课时) the school's office records for them per school year (MentorTeaching). A mentor is a
// person of an enterprise by name (enterprise, trimmed name), as the platform keeps them.

/** The school year starting in September of `year`: [year-09-01, year+1-08-31]. */
const schoolYearDays = (year: number) => ({ from: `${year}-09-01`, to: `${year + 1}-08-31` });

export type MentorSource = "CLASS" | "PLACEMENT" | "HOURS";
export const MENTOR_SOURCE_LABEL: Record<MentorSource, string> = { CLASS: "订单班 / 学徒制", PLACEMENT: "岗位实习", HOURS: "已登记课时" };

export type MentorRow = {
  key: string;
  schoolId: number;
  schoolName: string;
  enterpriseId: number;
  enterpriseName: string;
  mentorName: string;
  sources: MentorSource[];
  hours: number | null; // null: none recorded in the year
};

/**
 * people: distinct (enterprise, trimmed name) with hours recorded in the school year; hours: their sum.
 * schoolYear is the year the school year starts (2023 = 2023–24); schoolId null = every school.
 * The quality report's 附表6 row 17 (聘请行业导师人数) and row 19 (行业导师年课时总量).
 */
export async function mentorFigures({ schoolYear, schoolId }: { schoolYear: number; schoolId: number | null }): Promise<{ people: number; hours: number }> {
  const school = schoolId === null ? Prisma.empty : Prisma.sql`AND "schoolId" = ${schoolId}`;
  const [row] = await prisma().$queryRaw<{ people: number; hours: number }[]>`
    SELECT count(DISTINCT ("enterpriseId", btrim("mentorName")))::int AS people, coalesce(sum(hours), 0)::int AS hours
    FROM "MentorTeaching" WHERE "schoolYear" = ${schoolYear} ${school}`;
  return { people: Number(row!.people), hours: Number(row!.hours) };
}

/**
 * Whose mentors the user reads: a school's office its own school (asking for another: 404, as for a record it
 * may not know); the bureau every school (null) or the one it asks for (404 when that is no school). Others 403.
 */
async function scopeFor(user: SessionUser, asked: number | undefined): Promise<{ id: number; name: string } | null> {
  if (user.role === "SCHOOL_STAFF") {
    if (asked !== undefined && asked !== user.organisationId) notFound();
    assertCan(user, { action: "mentors.read", schoolId: user.organisationId });
    return { id: user.organisationId, name: user.organisation.name };
  }
  assertCan(user, { action: "mentors.read", schoolId: null }, "只有教育局和学校可以查看行业导师");
  if (asked === undefined) return null;
  const school = await prisma().organisation.findFirst({ where: { id: asked, school: { isNot: null } }, select: { id: true, name: true } });
  return school ?? notFound();
}

/** The mentors of the scope in the school year starting in `year`, with their hours; sorted by school, enterprise, name. */
async function mentorRows(schoolId: number | null, year: number): Promise<MentorRow[]> {
  const { from, to } = schoolYearDays(year);
  const inScope = (column: Prisma.Sql) => (schoolId === null ? Prisma.empty : Prisma.sql`AND ${column} = ${schoolId}`);
  // Classes of the cohorts in school that year (admitted year−2 … year).
  const rows = await prisma().$queryRaw<{ school_id: number; enterprise_id: number; mentor: string; sources: string[]; hours: number | null }[]>`
    SELECT school_id, enterprise_id, mentor, array_agg(DISTINCT source) AS sources, sum(hours)::int AS hours FROM (
      SELECT c."schoolId" AS school_id, c."enterpriseId" AS enterprise_id, btrim(m) AS mentor, 'CLASS' AS source, NULL::int AS hours
        FROM "OrderClass" c CROSS JOIN LATERAL unnest(c.mentors) AS m
        WHERE c."cohortYear" BETWEEN ${year - 2} AND ${year} ${inScope(Prisma.sql`c."schoolId"`)}
      UNION ALL
      SELECT c."schoolId", c."enterpriseId", btrim(om."mentorName"), 'CLASS', NULL
        FROM "OrderClassMember" om JOIN "OrderClass" c ON c.id = om."orderClassId"
        WHERE om.status = 'ENROLLED' AND om."mentorName" IS NOT NULL AND c."cohortYear" BETWEEN ${year - 2} AND ${year} ${inScope(Prisma.sql`c."schoolId"`)}
      UNION ALL
      SELECT p."schoolId", p."enterpriseId", btrim(p."mentorName"), 'PLACEMENT', NULL
        FROM "InternshipPlacement" p
        WHERE p."mentorName" IS NOT NULL AND p."startsOn" <= ${to}::date AND p."endsOn" >= ${from}::date ${inScope(Prisma.sql`p."schoolId"`)}
      UNION ALL
      SELECT t."schoolId", t."enterpriseId", btrim(t."mentorName"), 'HOURS', t.hours
        FROM "MentorTeaching" t WHERE t."schoolYear" = ${year} ${inScope(Prisma.sql`t."schoolId"`)}
    ) named
    WHERE mentor <> ''
    GROUP BY school_id, enterprise_id, mentor`;
  const ids = [...new Set(rows.flatMap((r) => [Number(r.school_id), Number(r.enterprise_id)]))];
  const names = new Map((await prisma().organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const order: MentorSource[] = ["CLASS", "PLACEMENT", "HOURS"];
  return rows
    .map((r) => ({
      key: `${r.school_id}:${r.enterprise_id}:${r.mentor}`,
      schoolId: Number(r.school_id),
      schoolName: names.get(Number(r.school_id)) ?? "—",
      enterpriseId: Number(r.enterprise_id),
      enterpriseName: names.get(Number(r.enterprise_id)) ?? "—",
      mentorName: r.mentor,
      sources: order.filter((s) => r.sources.includes(s)),
      hours: r.hours === null ? null : Number(r.hours),
    }))
    .sort((a, b) => a.schoolName.localeCompare(b.schoolName, "zh") || a.enterpriseName.localeCompare(b.enterpriseName, "zh") || a.mentorName.localeCompare(b.mentorName, "zh"));
}

/** What the form offers a school's office: the enterprises, classes and placements its mentors come from. */
async function formChoices(schoolId: number, year: number) {
  const { from, to } = schoolYearDays(year);
  const db = prisma();
  const [classes, placements, agreements] = await Promise.all([
    db.orderClass.findMany({
      where: { schoolId, cohortYear: { gte: year - 2, lte: year } },
      orderBy: { id: "asc" },
      select: { id: true, name: true, cohortYear: true, enterpriseId: true, enterprise: { select: { organisation: { select: { name: true } } } } },
    }),
    db.internshipPlacement.findMany({
      where: { schoolId, mentorName: { not: null }, startsOn: { lte: new Date(`${to}T00:00:00Z`) }, endsOn: { gte: new Date(`${from}T00:00:00Z`) } },
      orderBy: { id: "asc" },
      select: { id: true, mentorName: true, enterpriseId: true, student: { select: { name: true } }, enterprise: { select: { organisation: { select: { name: true } } } } },
    }),
    db.partnershipAgreement.findMany({ where: { schoolId }, select: { enterpriseId: true, enterprise: { select: { organisation: { select: { name: true } } } } } }),
  ]);
  const enterprises = new Map<number, string>();
  for (const x of [...classes, ...placements, ...agreements]) enterprises.set(x.enterpriseId, x.enterprise.organisation.name);
  return {
    enterprises: [...enterprises].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "zh")),
    classes: classes.map((c) => ({ value: c.id, label: `${c.name}（${c.cohortYear}级，${c.enterprise.organisation.name}）` })),
    placements: placements.map((p) => ({ value: p.id, label: `${p.student.name} · ${p.mentorName}（${p.enterprise.organisation.name}）` })),
  };
}

export type MentorPage = Awaited<ReturnType<typeof mentorPage>>;

/** /mentors for the user: the scope's mentors in the school year starting in `year`, totals, and (school office) the form's choices. */
export async function mentorPage(user: SessionUser, query: { school?: number; year: number }) {
  const scope = await scopeFor(user, query.school);
  const rows = await mentorRows(scope?.id ?? null, query.year);
  const figures = await mentorFigures({ schoolYear: query.year, schoolId: scope?.id ?? null });
  const canRecord = scope !== null && user.role === "SCHOOL_STAFF";
  return {
    scope,
    year: query.year,
    cityWide: user.role === "BUREAU_ADMIN",
    rows,
    figures,
    choices: canRecord ? await formChoices(scope.id, query.year) : null,
  };
}

export type RecordOutcome = { recorded: true } | { recorded: false; field: keyof RecordHours; message: string };

/**
 * Records hours for a mentor of the user's school (the school's office only: others 403). The enterprise
 * must be one; a class or placement named must be the school's and that enterprise's. Field errors come
 * back as the outcome (400 in the route), nothing written.
 */
export async function recordHours(user: SessionUser, input: RecordHours): Promise<RecordOutcome> {
  assertCan(user, { action: "mentors.record", schoolId: user.organisationId }, "只有学校管理人员可以登记行业导师课时");
  const schoolId = user.organisationId;
  const db = prisma();
  const enterprise = await db.enterprise.findUnique({ where: { organisationId: input.enterpriseId }, select: { organisationId: true } });
  if (!enterprise) return { recorded: false, field: "enterpriseId", message: "企业不存在" };
  if (input.orderClassId !== undefined) {
    const c = await db.orderClass.findFirst({ where: { id: input.orderClassId, schoolId, enterpriseId: input.enterpriseId }, select: { id: true } });
    if (!c) return { recorded: false, field: "orderClassId", message: "该订单班不属于本校或不属于所选企业" };
  }
  if (input.placementId !== undefined) {
    const p = await db.internshipPlacement.findFirst({ where: { id: input.placementId, schoolId, enterpriseId: input.enterpriseId }, select: { id: true } });
    if (!p) return { recorded: false, field: "placementId", message: "该实习不属于本校或不属于所选企业" };
  }
  await db.mentorTeaching.create({
    data: {
      schoolId,
      enterpriseId: input.enterpriseId,
      mentorName: input.mentorName,
      schoolYear: input.schoolYear,
      hours: input.hours,
      orderClassId: input.orderClassId ?? null,
      placementId: input.placementId ?? null,
      recordedById: user.id,
    },
  });
  return { recorded: true };
}
