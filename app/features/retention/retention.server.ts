import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { isoDayOf, todayInHohhot } from "~/lib/dates";
import { HOHHOT_CITY } from "~/lib/destinations";
import { notFound } from "~/lib/errors.server";
import {
  countOnce,
  pace,
  RETENTION_SOURCES,
  retentionGoal,
  trajectory,
  type CountedPerson,
  type RetentionEvent,
  type RetentionSource,
} from "~/lib/retention";

// 留呼 (issue 13 item 5, docs/decisions/0015 "Retention"): people kept in Hohhot, read from records and
// counted by app/lib/retention.ts (each person once, in the month of their earliest record). A person is
// a Student; the three sources are
//   LOCAL_EMPLOYMENT  a GraduateDestination of an employment kind (合同就业, 自主创业, 灵活就业 — not 应征义务兵,
//                     which no Hohhot employer decides) with employedOn, whose employer is in Hohhot: its
//                     employerCity is 呼和浩特市 (HOHHOT_CITY), or no city is recorded and the employer organisation on the platform
//                     has a Hohhot district (Organisation.district is one of Hohhot's; organisations registered
//                     elsewhere have none). month = employedOn.
//   KEPT_ON           an InternshipPlacement kept on (留用: retainedOn set, retained not false) by a host in a
//                     Hohhot district. month = retainedOn.
//   ORDER_CLASS_HIRE  a LOCAL_EMPLOYMENT destination whose employer organisation is the enterprise of an
//                     order-class (or apprenticeship class) the student was ENROLLED in. month = employedOn.
//                     By construction a subset of LOCAL_EMPLOYMENT: it names why the person stayed.
// Issue 14's importer writes GraduateDestination rows with the employer's province and city; rows it
// writes count here as soon as they carry employedOn.

const EMPLOYED = ["EMPLOYED_CONTRACT", "EMPLOYED_SELF", "EMPLOYED_FLEXIBLE"] as const;

/** One record behind a person, for the drill-down: the source, the day and who kept them. */
export type RetentionRecord = RetentionEvent & { schoolId: number; keptBy: string };

/** Every event of the scope (a school, or null for the city), each with the school and who kept the person. */
async function loadRecords(schoolId: number | null): Promise<RetentionRecord[]> {
  const db = prisma();
  const student = schoolId === null ? {} : { schoolId };
  const [destinations, placements] = await Promise.all([
    db.graduateDestination.findMany({
      where: {
        kind: { in: [...EMPLOYED] },
        employedOn: { not: null },
        student,
        OR: [{ employerCity: HOHHOT_CITY }, { employerCity: null, employer: { district: { not: null } } }],
      },
      select: {
        studentId: true,
        employedOn: true,
        employerName: true,
        employerOrganisationId: true,
        employer: { select: { name: true } },
        student: {
          select: {
            schoolId: true,
            orderClasses: { where: { status: "ENROLLED" }, select: { orderClass: { select: { enterpriseId: true } } } },
          },
        },
      },
    }),
    db.internshipPlacement.findMany({
      where: {
        retainedOn: { not: null },
        OR: [{ retained: true }, { retained: null }],
        enterprise: { organisation: { district: { not: null } } },
        student,
      },
      select: { studentId: true, retainedOn: true, student: { select: { schoolId: true } }, enterprise: { select: { organisation: { select: { name: true } } } } },
    }),
  ]);
  const records: RetentionRecord[] = [];
  for (const d of destinations) {
    const base = { personId: d.studentId, day: isoDayOf(d.employedOn!), schoolId: d.student.schoolId, keptBy: d.employer?.name ?? d.employerName ?? "—" };
    records.push({ ...base, source: "LOCAL_EMPLOYMENT" });
    const hiredByClass =
      d.employerOrganisationId !== null && d.student.orderClasses.some((m) => m.orderClass.enterpriseId === d.employerOrganisationId);
    if (hiredByClass) records.push({ ...base, source: "ORDER_CLASS_HIRE" });
  }
  for (const p of placements) {
    records.push({ personId: p.studentId, source: "KEPT_ON", day: isoDayOf(p.retainedOn!), schoolId: p.student.schoolId, keptBy: p.enterprise.organisation.name });
  }
  return records;
}

async function goalOfConsortium() {
  // The 五万产业工人留呼 consortium: the first one with a goal (there is one in the demo); else the defaults.
  const consortium = await prisma().consortium.findFirst({
    where: { goalPeople: { not: null } },
    orderBy: { id: "asc" },
    select: { foundedOn: true, goalPeople: true, goalYears: true },
  });
  return retentionGoal(consortium ? { ...consortium, foundedOn: consortium.foundedOn ? isoDayOf(consortium.foundedOn) : null } : null);
}

/**
 * Whose part the user reads: the bureau the city (null) or the school it asks for; a school's office
 * its own school (asking for another is 404, as for a record it may not know). Others: 403.
 */
async function scopeFor(user: SessionUser, asked: number | undefined): Promise<{ id: number; name: string } | null> {
  if (user.role === "SCHOOL_STAFF") {
    if (asked !== undefined && asked !== user.organisationId) notFound();
    assertCan(user, { action: "retention.read", schoolId: user.organisationId });
    return { id: user.organisationId, name: user.organisation.name };
  }
  assertCan(user, { action: "retention.read", schoolId: null }, "只有教育局和学校可以查看留呼统计");
  if (asked === undefined) return null;
  const school = await prisma().organisation.findFirst({ where: { id: asked, school: { isNot: null } }, select: { id: true, name: true } });
  return school ?? notFound();
}

/**
 * The people kept in Hohhot in a scope (a school, or null for the city) as of `today`, without a user:
 * for the quality report (issue 14), whose caller has checked the permission. total, goal and trajectory.
 */
export async function retentionInScope(schoolId: number | null, today: string) {
  const [goal, records] = await Promise.all([goalOfConsortium(), loadRecords(schoolId)]);
  const people = countOnce(records, goal.startMonth, today);
  return { goal, total: people.length, rows: trajectory(people, goal, today) };
}

export type RetentionReport = Awaited<ReturnType<typeof retentionReport>>;

/** The tracker for the user's scope (see scopeFor), counted as of `today` (YYYY-MM-DD, Hohhot). */
export async function retentionReport(user: SessionUser, options: { school?: number; today?: string } = {}) {
  const today = options.today ?? todayInHohhot();
  const scope = await scopeFor(user, options.school);
  const [goal, records] = await Promise.all([goalOfConsortium(), loadRecords(scope?.id ?? null)]);
  const people = countOnce(records, goal.startMonth, today);
  const schoolOf = new Map(records.map((r) => [r.personId, r.schoolId]));
  const counts = new Map<number, number>();
  for (const p of people) counts.set(schoolOf.get(p.personId)!, (counts.get(schoolOf.get(p.personId)!) ?? 0) + 1);
  const schoolNames = await prisma().organisation.findMany({ where: { id: { in: [...counts.keys()] } }, select: { id: true, name: true } });
  const bySchool = schoolNames
    .map((s) => ({ id: s.id, name: s.name, people: counts.get(s.id)! }))
    .sort((a, b) => b.people - a.people || a.name.localeCompare(b.name, "zh"));
  const bySource = Object.fromEntries(RETENTION_SOURCES.map((s) => [s, people.filter((p) => p.sources.includes(s)).length])) as Record<RetentionSource, number>;
  return {
    today,
    scope,
    /** Whether the user may read the whole city (the bureau): the page links back to it from a school's part. */
    cityWide: user.role === "BUREAU_ADMIN",
    goal,
    total: people.length,
    bySource,
    /** People counted under two or more sources (each once in the total). */
    inSeveral: people.filter((p) => p.sources.length > 1).length,
    rows: trajectory(people, goal, today),
    pace: pace(people, goal, today),
    bySchool,
  };
}

export type PeopleFilter = { month?: string; source?: RetentionSource; school?: number };

/**
 * The people behind a figure (retention.people): the counted people of the scope, narrowed by the
 * month they are counted in, a source among theirs and a school; each with name, school, 学号 and the
 * records behind them. Names are only for the bureau and the person's own school office.
 */
export async function retentionPeople(user: SessionUser, filter: PeopleFilter, today: string = todayInHohhot()) {
  const scope = await scopeFor(user, filter.school);
  if (scope) assertVisible(user, { action: "retention.people", schoolId: scope.id });
  const [goal, records] = await Promise.all([goalOfConsortium(), loadRecords(scope?.id ?? null)]);
  const people = countOnce(records, goal.startMonth, today).filter(
    (p: CountedPerson) => (!filter.month || p.month === filter.month) && (!filter.source || p.sources.includes(filter.source)),
  );
  return { scope, goal, people, records };
}

/** Names and records of one page of people (from retentionPeople), in the order given. */
export async function describePeople(people: CountedPerson[], records: RetentionRecord[], today: string) {
  const students = await prisma().student.findMany({
    where: { id: { in: people.map((p) => p.personId) } },
    select: { id: true, name: true, studentNumber: true, graduationYear: true, school: { select: { organisation: { select: { name: true } } } }, schoolProgram: { select: { program: { select: { name: true } } } } },
  });
  const byId = new Map(students.map((s) => [s.id, s]));
  return people.map((p) => {
    const s = byId.get(p.personId)!;
    return {
      id: p.personId,
      name: s.name,
      studentNumber: s.studentNumber,
      school: s.school.organisation.name,
      program: s.schoolProgram.program.name,
      graduationYear: s.graduationYear,
      month: p.month,
      sources: p.sources,
      records: records
        .filter((r) => r.personId === p.personId && r.day <= today)
        .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
        .map((r) => ({ source: r.source, day: r.day, keptBy: r.keptBy })),
    };
  });
}
