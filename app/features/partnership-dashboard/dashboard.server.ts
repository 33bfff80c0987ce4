import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { dayColumn, todayInHohhot } from "~/lib/dates";
import { Prisma } from "~/generated/prisma/client";
import { dashboard, figureRecords, figureValue, type ActivityKind, type FigureName, type Filter, type World } from "./figures";

// 校企合作概览 (issue 13 item 6; docs/decisions/0015 "Partnership dashboard"): loads one scope's
// partnerships (every school for the bureau, its own for a school's office) as a World for figures.ts.
// The agreement states follow app/lib/agreements.ts (已到期 computed from endsOn on Hohhot's today).

/** Whose partnerships: all (the bureau) or one school's. */
export type Scope = { schoolId: number | null };

/** The bureau's dashboard: every school. 403 for anyone else. */
export function bureauScope(user: SessionUser): Scope {
  assertCan(user, { action: "partnership.overview" }, "只有市教育局可以查看全市校企合作概览");
  return { schoolId: null };
}

/** A school office's dashboard: its own school only. 403 for anyone else. */
export function schoolScope(user: SessionUser): Scope {
  assertCan(user, { action: "partnership.schoolOverview", schoolId: user.organisationId }, "只有学校管理员可以查看本校校企合作概览");
  return { schoolId: user.organisationId };
}

/**
 * The records page's scope: the bureau sees every school's (narrowed by `school` when asked), a
 * school's office its own; another school's id asked by a school is 404 (as a record it may not know).
 * Everyone else: 403.
 */
export function recordsScope(user: SessionUser, school: number | undefined): Scope {
  if (user.role === "BUREAU_ADMIN") return bureauScope(user);
  const own = schoolScope(user);
  if (school !== undefined) assertVisible(user, { action: "partnership.schoolOverview", schoolId: school }, "找不到该学校的合作记录");
  return own;
}

/** Everything figures.ts counts, for `scope` on `today` (YYYY-MM-DD, Hohhot). */
export async function loadWorld(scope: Scope, today = todayInHohhot()): Promise<World> {
  const db = prisma();
  const own = scope.schoolId === null ? {} : { schoolId: scope.schoolId };
  const [agreements, schools, clusters, students, activities] = await Promise.all([
    db.partnershipAgreement.findMany({
      where: own,
      orderBy: { id: "asc" },
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        startsOn: true,
        endsOn: true,
        schoolId: true,
        enterpriseId: true,
        school: { select: { organisation: { select: { name: true, district: true } } } },
        enterprise: { select: { clusterId: true, organisation: { select: { name: true } } } },
      },
    }),
    db.school.findMany({
      where: scope.schoolId === null ? {} : { organisationId: scope.schoolId },
      select: { organisationId: true, organisation: { select: { name: true, district: true } } },
    }),
    db.industryCluster.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    studentCounts(scope),
    lastActivities(scope, today),
  ]);
  return {
    today,
    agreements: agreements.map((a) => ({
      id: a.id,
      title: a.title,
      kind: a.kind,
      status: a.status,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      schoolId: a.schoolId,
      school: a.school.organisation.name,
      district: a.school.organisation.district,
      enterpriseId: a.enterpriseId,
      enterprise: a.enterprise.organisation.name,
      clusterId: a.enterprise.clusterId,
    })),
    schools: schools.map((s) => ({ id: s.organisationId, name: s.organisation.name, district: s.organisation.district })),
    clusters,
    activities,
    students,
  };
}

/** Enrolled (在读) students per school and program cluster. */
async function studentCounts(scope: Scope) {
  const rows = await prisma().$queryRaw<Array<{ schoolId: number; clusterId: number | null; students: bigint }>>`
    SELECT s."schoolId", p."clusterId", COUNT(*) AS students
    FROM "Student" s JOIN "SchoolProgram" sp ON sp.id = s."schoolProgramId" JOIN "Program" p ON p.id = sp."programId"
    WHERE s.status = 'ENROLLED' ${scope.schoolId === null ? Prisma.empty : Prisma.sql`AND s."schoolId" = ${scope.schoolId}`}
    GROUP BY s."schoolId", p."clusterId"`;
  return rows.map((r) => ({ schoolId: r.schoolId, clusterId: r.clusterId, students: Number(r.students) }));
}

/**
 * The last day, up to `today`, on which something went on under each school × enterprise pair that has
 * an agreement, per kind (decision 0015 "under a pair"):
 *  - orderClass: an order-class of the pair (OrderClass.schoolId/enterpriseId, with or without an
 *    agreementId) started by today; its day is its end day, or today while it runs or has no end;
 *  - placement: an internship placement of the pair started by today (any status): its end day or today;
 *  - position: an application by a student of the school to a position of the enterprise: the day it was sent;
 *  - fairBooth: an approved booth of the enterprise at a fair the school organised, or a booth of the
 *    enterprise where it recorded a lead (意向) of one of the school's students: the fair's first day, once
 *    it has begun (a fair neither a draft nor cancelled). A booth at a fair open to every school is not by
 *    itself under every school's pair: only the students it met tie it to their school;
 *  - teacherPractice: a teacher placement of the school hosted by the enterprise, accepted or completed,
 *    started by today: its end day or today.
 * Timestamps are stored in UTC; + 8 hours reads their day in Hohhot (China keeps no summer time).
 * An activity "in the last 12 months" is one whose day is on or after figures.ts idleSince(today).
 */
async function lastActivities(scope: Scope, today: string) {
  const day = dayColumn(today);
  const school = (column: Prisma.Sql) => (scope.schoolId === null ? Prisma.empty : Prisma.sql`AND ${column} = ${scope.schoolId}`);
  const rows = await prisma().$queryRaw<Array<{ schoolId: number; enterpriseId: number; kind: ActivityKind; lastDay: Date }>>`
    SELECT x."schoolId", x."enterpriseId", x.kind, MAX(x.day) AS "lastDay" FROM (
      SELECT "schoolId", "enterpriseId", 'orderClass' AS kind, LEAST(COALESCE("endsOn", ${day}::date), ${day}::date) AS day
        FROM "OrderClass" WHERE COALESCE("startsOn", ${day}::date) <= ${day}::date ${school(Prisma.sql`"schoolId"`)}
      UNION ALL
      SELECT "schoolId", "enterpriseId", 'placement', LEAST("endsOn", ${day}::date)
        FROM "InternshipPlacement" WHERE "startsOn" <= ${day}::date ${school(Prisma.sql`"schoolId"`)}
      UNION ALL
      SELECT st."schoolId", p."enterpriseId", 'position', (a."createdAt" + INTERVAL '8 hours')::date
        FROM "Application" a JOIN "Position" p ON p.id = a."positionId" JOIN "Student" st ON st.id = a."studentId"
        WHERE (a."createdAt" + INTERVAL '8 hours')::date <= ${day}::date ${school(Prisma.sql`st."schoolId"`)}
      UNION ALL
      SELECT f."organiserId", b."enterpriseId", 'fairBooth', (f."startsAt" + INTERVAL '8 hours')::date
        FROM "FairBooth" b JOIN "JobFair" f ON f.id = b."fairId"
        WHERE b.status = 'APPROVED' AND f.status NOT IN ('DRAFT', 'CANCELLED')
          AND (f."startsAt" + INTERVAL '8 hours')::date <= ${day}::date ${school(Prisma.sql`f."organiserId"`)}
      UNION ALL
      SELECT st."schoolId", b."enterpriseId", 'fairBooth', (f."startsAt" + INTERVAL '8 hours')::date
        FROM "FairLead" l JOIN "FairBooth" b ON b.id = l."boothId" JOIN "JobFair" f ON f.id = b."fairId" JOIN "Student" st ON st.id = l."studentId"
        WHERE f.status NOT IN ('DRAFT', 'CANCELLED')
          AND (f."startsAt" + INTERVAL '8 hours')::date <= ${day}::date ${school(Prisma.sql`st."schoolId"`)}
      UNION ALL
      SELECT "schoolId", "hostEnterpriseId", 'teacherPractice', LEAST("endsOn", ${day}::date)
        FROM "TeacherPlacement" WHERE status IN ('ACCEPTED', 'COMPLETED') AND "startsOn" <= ${day}::date ${school(Prisma.sql`"schoolId"`)}
    ) x
    WHERE EXISTS (SELECT 1 FROM "PartnershipAgreement" pa WHERE pa."schoolId" = x."schoolId" AND pa."enterpriseId" = x."enterpriseId")
    GROUP BY x."schoolId", x."enterpriseId", x.kind`;
  return rows.map((r) => ({ schoolId: r.schoolId, enterpriseId: r.enterpriseId, kind: r.kind, lastDay: r.lastDay }));
}

/** The dashboard's numbers for `scope`. */
export async function partnershipDashboard(scope: Scope, today = todayInHohhot()) {
  const w = await loadWorld(scope, today);
  return { today, clusters: w.clusters, ...dashboard(w) };
}

/** The records behind one number, for `scope`. */
export async function partnershipRecords(scope: Scope, figure: FigureName, filter: Filter, today = todayInHohhot()) {
  const w = await loadWorld(scope, today);
  return { today, value: figureValue(w, figure, filter), records: figureRecords(w, figure, filter), clusters: w.clusters };
}
