import { z } from "zod";
import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { assertCan, can } from "~/features/auth/permissions.server";
import { sendNotice } from "~/features/inbox/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { boothLabel, FAIR_STATUS_LABEL, type FairStatus } from "~/lib/fairs";
import { idString } from "~/lib/ids";
import { optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import { assertOrganiser, FAIR_NOT_FOUND, fairsListedFor } from "./access.server";
import { QUERY_MAX } from "./fair-labels";
import type { FairValue } from "./fair-schema";
import { hohhotLocal } from "./fair-times";
import { MOVE_TARGET, editable, moveProblem, movesFrom, type FairMove } from "./transitions";

// 招聘会: creating, editing, moving and listing fairs (issue 12 item 1). The fair's own page is fair-page.server.ts.

type Tx = Prisma.TransactionClient;
export const PER_PAGE = 20;

/**
 * /fairs query: `when` by the clock (upcoming: starts after now; running: started, not yet ended;
 * past: ended), `organiser` ("bureau" or an organisation id), `q` (in the title), `all` (a student's
 * switch from "fairs I may register for" to every fair), `page`.
 */
export const FairFilters = z.object({
  when: optionalFilter(z.enum(["upcoming", "running", "past"])),
  organiser: optionalFilter(z.union([z.literal("bureau"), idString])),
  q: optionalFilter(z.string().trim().min(1).max(QUERY_MAX)),
  all: optionalFilter(z.literal("1")),
  page: pageNumber,
});
export type FairFilters = z.infer<typeof FairFilters>;

function whenWhere(when: FairFilters["when"], now: Date): Prisma.JobFairWhereInput {
  switch (when) {
    case "upcoming":
      return { startsAt: { gt: now } };
    case "running":
      return { startsAt: { lte: now }, endsAt: { gt: now } };
    case "past":
      return { endsAt: { lte: now } };
    default:
      return {};
  }
}

/** `q` as LIKE text that matches itself: Prisma passes % and _ through as wildcards ("%" listed every fair). */
const likeLiteral = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The signed-in student's record as eligibility reads it, or null. */
export async function viewerStudent(user: SessionUser) {
  if (user.role !== "STUDENT") return null;
  const s = await prisma().student.findUnique({
    where: { userId: user.id },
    select: { id: true, schoolId: true, cohortYear: true, status: true, schoolProgram: { select: { programId: true } } },
  });
  return s ? { id: s.id, schoolId: s.schoolId, cohortYear: s.cohortYear, status: s.status, programId: s.schoolProgram.programId } : null;
}
type Viewer = Awaited<ReturnType<typeof viewerStudent>>;

/** The fairs a student may register for (ineligibility() in app/lib/fairs.ts, as a query), and those they registered for. */
function eligibleFor(student: NonNullable<Viewer>): Prisma.JobFairWhereInput {
  const registered: Prisma.JobFairWhereInput = { registrations: { some: { studentId: student.id, cancelledAt: null } } };
  if (student.status !== "ENROLLED") return registered;
  return {
    OR: [
      registered,
      {
        AND: [
          { OR: [{ allSchools: true }, { schools: { some: { schoolId: student.schoolId } } }] },
          { OR: [{ programs: { none: {} } }, { programs: { some: { programId: student.programId } } }] },
          { OR: [{ cohortYears: { isEmpty: true } }, { cohortYears: { has: student.cohortYear } }] },
        ],
      },
    ],
  };
}

export async function listFairs(user: SessionUser, filters: FairFilters, now = new Date()) {
  const db = prisma();
  const student = await viewerStudent(user);
  const eligibleOnly = user.role === "STUDENT" && !filters.all;
  const organiser: Prisma.JobFairWhereInput =
    filters.organiser === "bureau" ? { organiser: { kind: "BUREAU" } } : filters.organiser ? { organiserId: filters.organiser } : {};
  const where: Prisma.JobFairWhereInput = {
    AND: [
      fairsListedFor(user),
      whenWhere(filters.when, now),
      organiser,
      filters.q ? { title: { contains: likeLiteral(filters.q), mode: "insensitive" } } : {},
      eligibleOnly ? (student ? eligibleFor(student) : { id: -1 }) : {},
    ],
  };
  const total = await db.jobFair.count({ where });
  const page = paging(filters.page, total, PER_PAGE);
  const [rows, organisers] = await Promise.all([
    db.jobFair.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        title: true,
        status: true,
        online: true,
        venue: true,
        startsAt: true,
        endsAt: true,
        organiser: { select: { name: true } },
        _count: { select: { booths: { where: { status: "APPROVED" } } } },
      },
    }),
    // The schools that organise fairs this user may see, for the organiser filter.
    db.organisation.findMany({
      where: { kind: { not: "BUREAU" }, organisedFairs: { some: fairsListedFor(user) } },
      orderBy: { id: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return {
    role: user.role,
    canCreate: can(user, { action: "fair.create" }),
    eligibleOnly,
    page,
    organisers: [{ value: "bureau", label: "市教育局" }, ...organisers.map((o) => ({ value: String(o.id), label: o.name }))],
    fairs: rows.map((f) => ({
      id: f.id,
      title: f.title,
      status: f.status as FairStatus,
      statusLabel: FAIR_STATUS_LABEL[f.status as FairStatus],
      when: spanText(f.startsAt, f.endsAt),
      where: f.online ? "线上" : (f.venue ?? ""),
      organiser: f.organiser.name,
      booths: f._count.booths,
    })),
  };
}

/** "2026-12-08 09:00—17:00", or both moments in full when the fair spans days (Hohhot time). */
export function spanText(startsAt: Date, endsAt: Date): string {
  const s = hohhotLocal(startsAt).replace("T", " ");
  const e = hohhotLocal(endsAt).replace("T", " ");
  return s.slice(0, 10) === e.slice(0, 10) ? `${s}—${e.slice(11)}` : `${s} — ${e}`;
}

/** What the create and edit forms offer: the schools, the national catalogue's programs, recent cohorts. */
export async function fairFormContext(user: SessionUser) {
  assertCan(user, { action: "fair.create" }, "只有市教育局或学校管理人员可以举办招聘会");
  const db = prisma();
  const [schools, programs] = await Promise.all([
    db.school.findMany({ orderBy: { organisationId: "asc" }, select: { organisationId: true, organisation: { select: { name: true } } } }),
    db.program.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
  ]);
  const year = Number(todayInHohhot().slice(0, 4));
  return {
    bureau: user.role === "BUREAU_ADMIN",
    ownSchoolId: user.role === "SCHOOL_STAFF" ? user.organisationId : null,
    schools: schools.map((s) => ({ value: s.organisationId, label: s.organisation.name })),
    programs: programs.map((p) => ({ value: p.id, label: p.name })),
    cohorts: Array.from({ length: 6 }, (_, i) => year - i),
  };
}

export type SaveOutcome = { saved: true; id: number } | { saved: false; field: keyof FairValue | null; message: string };

/** The eligibility rows to write, or the field a reference is wrong in. A bureau fair is every school's. */
type EligibilityRows = { allSchools: boolean; schoolIds: number[]; programIds: number[]; cohortYears: number[] };
async function eligibility(db: Tx, bureau: boolean, value: FairValue): Promise<EligibilityRows | { field: "schoolIds" | "programIds"; message: string }> {
  const schoolIds = bureau ? [] : [...new Set(value.schoolIds)];
  const programIds = [...new Set(value.programIds)];
  if (!bureau && schoolIds.length === 0) return { field: "schoolIds" as const, message: "请至少选择一所参会学校" };
  if ((await db.school.count({ where: { organisationId: { in: schoolIds } } })) !== schoolIds.length) {
    return { field: "schoolIds" as const, message: "所选学校不存在" };
  }
  if ((await db.program.count({ where: { id: { in: programIds } } })) !== programIds.length) {
    return { field: "programIds" as const, message: "所选专业不存在" };
  }
  return { allSchools: bureau, schoolIds, programIds, cohortYears: [...new Set(value.cohortYears)].sort((a, b) => a - b) };
}

function columns(value: FairValue) {
  const online = value.online === "on";
  return {
    title: value.title,
    description: value.description || null,
    online,
    venue: value.venue || null,
    district: value.district ?? null,
    startsAt: value.startsAt,
    endsAt: value.endsAt,
    boothCount: value.boothCount,
    boothsPerRow: value.boothsPerRow,
    enterpriseRegistrationOpensAt: value.enterpriseOpensAt,
    enterpriseRegistrationClosesAt: value.enterpriseClosesAt,
    studentRegistrationOpensAt: value.studentOpensAt,
    studentRegistrationClosesAt: value.studentClosesAt,
  };
}

/** Creates a draft organised by the user's own organisation (the bureau, or their school). */
export async function createFair(user: SessionUser, value: FairValue): Promise<SaveOutcome> {
  assertCan(user, { action: "fair.create" }, "只有市教育局或学校管理人员可以举办招聘会");
  return prisma().$transaction(async (tx) => {
    const rows = await eligibility(tx, user.role === "BUREAU_ADMIN", value);
    if ("field" in rows) return { saved: false, field: rows.field, message: rows.message };
    const fair = await tx.jobFair.create({
      data: {
        ...columns(value),
        organiserId: user.organisationId,
        createdById: user.id,
        status: "DRAFT",
        allSchools: rows.allSchools,
        cohortYears: rows.cohortYears,
        schools: { create: rows.schoolIds.map((schoolId) => ({ schoolId })) },
        programs: { create: rows.programIds.map((programId) => ({ programId })) },
      },
      select: { id: true },
    });
    return { saved: true, id: fair.id };
  });
}

const lockSelect = { id: true, organiserId: true, status: true, title: true, organiser: { select: { kind: true } } } as const;

/** The fair's row, locked until the transaction ends: saves and moves on one fair are decided one at a time. */
async function lockFair(tx: Tx, fairId: number) {
  await tx.$queryRaw`SELECT 1 FROM "JobFair" WHERE "id" = ${fairId} FOR UPDATE`;
  const fair = await tx.jobFair.findUnique({ where: { id: fairId }, select: lockSelect });
  if (!fair) return notFound(FAIR_NOT_FOUND);
  return { ...fair, status: fair.status as FairStatus };
}

/** Refuses early, before a body is read: 404 for who may not know the fair, 403 for who may not run it. */
export async function assertManages(user: SessionUser, fairId: number) {
  const fair = await prisma().jobFair.findUnique({ where: { id: fairId }, select: lockSelect });
  if (!fair) return notFound(FAIR_NOT_FOUND);
  assertOrganiser(user, { organiserId: fair.organiserId, status: fair.status as FairStatus });
}

/**
 * Saves the fair's particulars while it is a draft or open (transitions.ts editable). The booth count
 * may not fall below the booths already given out: neither below the approved requests nor below the
 * highest booth number assigned (that booth would be off the map).
 */
export async function saveFair(user: SessionUser, fairId: number, value: FairValue): Promise<SaveOutcome> {
  return prisma().$transaction(async (tx) => {
    const fair = await lockFair(tx, fairId);
    assertOrganiser(user, fair);
    if (!editable(fair.status)) return { saved: false, field: null, message: `招聘会${FAIR_STATUS_LABEL[fair.status]}，不能再修改` };
    const [approved, highest] = await Promise.all([
      tx.fairBooth.count({ where: { fairId, status: "APPROVED" } }),
      tx.fairBooth.aggregate({ where: { fairId, boothNo: { not: null } }, _max: { boothNo: true } }),
    ]);
    const floor = Math.max(approved, highest._max.boothNo ?? 0);
    if (value.boothCount < floor) {
      const why = (highest._max.boothNo ?? 0) >= approved
        ? `已分配到 ${boothLabel(highest._max.boothNo!, value.boothsPerRow)} 号（第 ${highest._max.boothNo} 个）展位`
        : `已通过 ${approved} 个展位申请`;
      return { saved: false, field: "boothCount", message: `${why}，展位数不能少于 ${floor}` };
    }
    const rows = await eligibility(tx, fair.organiser.kind === "BUREAU", value);
    if ("field" in rows) return { saved: false, field: rows.field, message: rows.message };
    await tx.fairSchool.deleteMany({ where: { fairId } });
    await tx.fairProgram.deleteMany({ where: { fairId } });
    await tx.jobFair.update({
      where: { id: fairId },
      data: {
        ...columns(value),
        allSchools: rows.allSchools,
        cohortYears: rows.cohortYears,
        schools: { create: rows.schoolIds.map((schoolId) => ({ schoolId })) },
        programs: { create: rows.programIds.map((programId) => ({ programId })) },
      },
    });
    return { saved: true, id: fairId };
  });
}

/**
 * Moves the fair (transitions.ts) under its row lock. Cancelling keeps the reason and tells the
 * students registered (not cancelled) and the staff of enterprises with a live booth request.
 */
export async function moveFair(
  user: SessionUser,
  fairId: number,
  move: FairMove,
  reason?: string,
): Promise<{ moved: true } | { moved: false; message: string }> {
  return prisma().$transaction(async (tx) => {
    const fair = await lockFair(tx, fairId);
    assertOrganiser(user, fair);
    const problem = moveProblem(fair.status, move);
    if (problem) return { moved: false, message: problem };
    await tx.jobFair.update({
      where: { id: fairId },
      data: { status: MOVE_TARGET[move], cancelReason: move === "cancel" ? (reason ?? null) : undefined },
    });
    if (move === "cancel") await tellCancelled(tx, fairId, fair.title, reason ?? "");
    return { moved: true };
  });
}

async function tellCancelled(tx: Tx, fairId: number, title: string, reason: string) {
  const [students, staff] = await Promise.all([
    tx.fairRegistration.findMany({ where: { fairId, cancelledAt: null, student: { userId: { not: null } } }, select: { student: { select: { userId: true } } } }),
    tx.user.findMany({
      where: {
        role: "ENTERPRISE_STAFF",
        organisation: { enterprise: { fairBooths: { some: { fairId, status: { in: ["REQUESTED", "APPROVED"] } } } } },
      },
      select: { id: true },
    }),
  ]);
  const notice = { title: "招聘会已取消", body: `“${title}”已取消：${reason}`, link: `/fairs/${fairId}` };
  await sendNotice(tx, students.map((r) => r.student.userId!), notice);
  await sendNotice(tx, staff.map((u) => u.id), notice);
}

/** The edit page: the fair's fields as the form shows them, and the moves open to it. */
export async function fairForEdit(user: SessionUser, fairId: number) {
  const fair = await prisma().jobFair.findUnique({
    where: { id: fairId },
    include: { schools: { select: { schoolId: true } }, programs: { select: { programId: true } }, organiser: { select: { kind: true } } },
  });
  if (!fair) return notFound(FAIR_NOT_FOUND);
  const status = fair.status as FairStatus;
  assertOrganiser(user, { organiserId: fair.organiserId, status });
  return {
    id: fair.id,
    status,
    statusLabel: FAIR_STATUS_LABEL[status],
    editable: editable(status),
    moves: movesFrom(status),
    bureauFair: fair.organiser.kind === "BUREAU",
    defaults: {
      title: fair.title,
      description: fair.description ?? "",
      online: fair.online ? "on" : undefined,
      venue: fair.venue ?? "",
      district: fair.district ?? "",
      startsAt: hohhotLocal(fair.startsAt),
      endsAt: hohhotLocal(fair.endsAt),
      boothCount: String(fair.boothCount),
      boothsPerRow: String(fair.boothsPerRow),
      enterpriseOpensAt: hohhotLocal(fair.enterpriseRegistrationOpensAt),
      enterpriseClosesAt: hohhotLocal(fair.enterpriseRegistrationClosesAt),
      studentOpensAt: hohhotLocal(fair.studentRegistrationOpensAt),
      studentClosesAt: hohhotLocal(fair.studentRegistrationClosesAt),
      schoolIds: fair.schools.map((s) => String(s.schoolId)),
      programIds: fair.programs.map((p) => String(p.programId)),
      cohortYears: fair.cohortYears.map(String),
    },
  };
}
