import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan, assertVisible, can } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import type { Prisma } from "~/generated/prisma/client";
import { moment, todayInHohhot } from "~/lib/dates";
import {
  CONFIRMATION_LABEL,
  DESTINATION_LABEL,
  destinationProblems,
  EMPLOYMENT_KINDS,
  sameDestination,
  STUDY_KINDS,
  type DestinationSnapshot,
} from "~/lib/destinations";
import { notFound } from "~/lib/errors.server";
import { idFilter, optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import { latestGraduationYear } from "~/lib/school-year";
import { describeChange, fieldText, KIND_FILTERS, VIA_LABEL, type KindFilter } from "./describe";
import { snapshotOfForm, type DestinationFormValue, type ProposalSource } from "./destination-schema";
import { proposalOf } from "./proposals.server";
import { recordDestinations, snapshotOf } from "./record.server";
import { isUniqueViolation } from "~/lib/db-errors";

// 毕业去向 of a school's graduates (issue 14 item 2): the list with its counts, one graduate's record with
// its audit, and the school's form. A school's office reads and writes its own graduates; the bureau reads
// every school's; anyone else does not learn a graduate's destination exists (404), and has no list (403).

export const DESTINATIONS_PAGE = 50;
export const CONFIRMATIONS = ["UNCONFIRMED", "CONFIRMED", "DISPUTED"] as const;

const NO_CONTROL = /\p{Cc}|[\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** ?year=&school=&kind=&confirmation=&program=&q=&page=; a value that does not parse means "all". */
export const DestinationFilters = z.object({
  year: optionalFilter(z.coerce.number().int().min(2000).max(2099)),
  school: idFilter,
  kind: optionalFilter(z.enum(KIND_FILTERS)),
  confirmation: optionalFilter(z.enum(CONFIRMATIONS)),
  program: idFilter,
  q: optionalFilter(z.string().trim().min(1).max(50).refine((v) => !NO_CONTROL.test(v))),
  page: pageNumber,
});
export type DestinationFilters = z.infer<typeof DestinationFilters>;

const isBureau = (user: SessionUser) => user.role === "BUREAU_ADMIN";

function kindWhere(kind: KindFilter): Prisma.StudentWhereInput {
  switch (kind) {
    case "NONE":
      return { destination: { is: null } };
    case "STUDY":
      return { destination: { is: { kind: { in: STUDY_KINDS } } } };
    case "EMPLOYED":
      return { destination: { is: { kind: { in: EMPLOYMENT_KINDS } } } };
    default:
      return { destination: { is: { kind } } };
  }
}

/**
 * The graduates (status GRADUATED) of a year the user may see — a school's office its own school's, the
 * bureau every school's or one (`school`) — filtered, by 学号, a page at a time; with the year's counts for
 * the same school scope (graduates, recorded, confirmed by the student, disputed), before the other filters.
 * `year` defaults to the latest graduating class (app/lib/school-year.ts).
 */
export async function listDestinations(user: SessionUser, filters: DestinationFilters, today = todayInHohhot()) {
  assertCan(user, { action: "destination.list" }, "只有学校管理人员和市教育局可以查看毕业去向");
  const schoolId = isBureau(user) ? filters.school : user.organisationId;
  const year = filters.year ?? latestGraduationYear(today);
  const scope: Prisma.StudentWhereInput = { status: "GRADUATED", graduationYear: year, ...(schoolId === undefined ? {} : { schoolId }) };
  const where: Prisma.StudentWhereInput = {
    AND: [
      scope,
      filters.kind ? kindWhere(filters.kind) : {},
      filters.confirmation ? { destination: { is: { confirmation: filters.confirmation } } } : {},
      filters.program === undefined ? {} : { schoolProgram: { programId: filters.program } },
      filters.q ? { OR: [{ name: { contains: filters.q } }, { studentNumber: { startsWith: filters.q } }] } : {},
    ],
  };
  const db = prisma();
  const total = await db.student.count({ where });
  const page = paging(filters.page, total, DESTINATIONS_PAGE);
  const withDestination = (more: Prisma.GraduateDestinationWhereInput = {}): Prisma.StudentWhereInput => ({ ...scope, destination: { is: more } });
  const [rows, graduates, recorded, confirmed, disputed, programs, schools, years] = await Promise.all([
    db.student.findMany({
      where,
      orderBy: [{ studentNumber: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        name: true,
        studentNumber: true,
        school: { select: { organisation: { select: { name: true } } } },
        schoolProgram: { select: { program: { select: { name: true } } } },
        destination: { select: { kind: true, employerName: true, confirmation: true } },
      },
    }),
    db.student.count({ where: scope }),
    db.student.count({ where: withDestination() }),
    db.student.count({ where: withDestination({ confirmation: "CONFIRMED" }) }),
    db.student.count({ where: withDestination({ confirmation: "DISPUTED" }) }),
    db.program.findMany({ where: { offerings: { some: { students: { some: scope } } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    isBureau(user)
      ? db.school.findMany({ select: { organisationId: true, organisation: { select: { name: true } } }, orderBy: { organisation: { name: "asc" } } })
      : Promise.resolve([]),
    db.student.groupBy({
      by: ["graduationYear"],
      where: { status: "GRADUATED", ...(schoolId === undefined ? {} : { schoolId }) },
      orderBy: { graduationYear: "desc" },
    }),
  ]);
  return {
    year,
    page,
    counts: { graduates, recorded, confirmed, disputed },
    canRecord: !isBureau(user),
    options: {
      years: [...new Set([year, ...years.map((y) => y.graduationYear)])].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}届` })),
      schools: schools.map((s) => ({ value: s.organisationId, label: s.organisation.name })),
      programs: programs.map((p) => ({ value: p.id, label: p.name })),
    },
    graduates: rows.map((s) => ({
      id: s.id,
      name: s.name,
      studentNumber: s.studentNumber,
      school: s.school.organisation.name,
      program: s.schoolProgram.program.name,
      destination: s.destination
        ? {
            kind: DESTINATION_LABEL[s.destination.kind],
            employer: s.destination.employerName,
            confirmation: s.destination.confirmation,
            confirmationLabel: CONFIRMATION_LABEL[s.destination.confirmation],
          }
        : null,
    })),
  };
}

const studentSelect = {
  id: true,
  name: true,
  studentNumber: true,
  schoolId: true,
  status: true,
  graduationYear: true,
  school: { select: { organisation: { select: { name: true } } } },
  schoolProgram: { select: { program: { select: { name: true } } } },
} as const;

/** The student behind /destinations/:studentId, or 404 for who may not know them (another school, teachers …). */
async function visibleStudent(user: SessionUser, studentId: number) {
  const student = await prisma().student.findUnique({ where: { id: studentId }, select: studentSelect });
  if (!student) notFound("找不到该学生");
  assertVisible(user, { action: "destination.read", schoolId: student.schoolId }, "找不到该学生");
  return student;
}

/** A destination's fields in words, for the record's facts: [label, text] of the filled ones. */
export function destinationFacts(d: DestinationSnapshot & { employerOrganisationId: number | null }) {
  return {
    kind: DESTINATION_LABEL[d.kind],
    employerName: d.employerName,
    place: [d.employerProvince, d.employerCity].filter(Boolean).join(" ") || null,
    employerSize: fieldText("employerSize", d.employerSize),
    sector: fieldText("sector", d.sector),
    monthlyIncome: fieldText("monthlyIncome", d.monthlyIncome),
    promoted: fieldText("promoted", d.promoted),
    employedOn: d.employedOn,
    linked: d.employerOrganisationId !== null,
  };
}

/** The audit of a graduate's destination, oldest first, in words (who, when, via, what changed, the note). */
export async function historyOf(studentId: number) {
  const changes = await prisma().destinationChange.findMany({
    where: { studentId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, via: true, before: true, after: true, note: true, at: true, actor: { select: { displayName: true } } },
  });
  return changes.map((c) => ({
    id: c.id,
    at: moment(c.at),
    via: VIA_LABEL[c.via] ?? c.via,
    who: c.actor?.displayName ?? "系统",
    lines: describeChange(c.before as Parameters<typeof describeChange>[0], c.after as Parameters<typeof describeChange>[1]),
    note: c.note,
  }));
}

/**
 * /destinations/:studentId: the graduate, the recorded destination with the student's answer, its audit,
 * whether the user may record it, and the form's starting values (the record, or a proposal being adjusted).
 */
export async function openDestination(user: SessionUser, studentId: number, proposal: { source: ProposalSource; sourceId: number } | null) {
  const student = await visibleStudent(user, studentId);
  const db = prisma();
  const row = await db.graduateDestination.findUnique({ where: { studentId } });
  const current = row ? snapshotOf(row) : null;
  const canWrite = can(user, { action: "destination.write", schoolId: student.schoolId }) && student.status === "GRADUATED";
  let adjusting: { source: ProposalSource; sourceId: number; basis: string; destination: DestinationSnapshot } | null = null;
  if (canWrite && proposal) {
    const p = await proposalOf(db, proposal.source, proposal.sourceId);
    if (p && p.studentId === studentId) adjusting = { source: p.source, sourceId: p.sourceId, basis: p.basis, destination: p.destination };
  }
  const start = adjusting?.destination ?? current;
  return {
    student: {
      id: student.id,
      name: student.name,
      studentNumber: student.studentNumber,
      school: student.school.organisation.name,
      program: student.schoolProgram.program.name,
      graduationYear: student.graduationYear,
      graduated: student.status === "GRADUATED",
    },
    destination:
      row && current
        ? {
            ...destinationFacts(current),
            confirmation: row.confirmation,
            confirmationLabel: CONFIRMATION_LABEL[row.confirmation],
            confirmedAt: row.confirmedAt ? moment(row.confirmedAt) : null,
            disputeNote: row.disputeNote,
          }
        : null,
    history: await historyOf(studentId),
    canWrite,
    adjusting: adjusting ? { source: adjusting.source, sourceId: adjusting.sourceId, basis: adjusting.basis } : null,
    form: start
      ? {
          kind: start.kind,
          employerName: start.employerName ?? undefined,
          employerProvince: start.employerProvince ?? undefined,
          employerCity: start.employerCity ?? undefined,
          employerSize: start.employerSize ?? undefined,
          sector: start.sector ?? undefined,
          monthlyIncome: start.monthlyIncome === null ? undefined : String(start.monthlyIncome),
          promoted: start.promoted === null ? undefined : start.promoted ? "yes" : "no",
          employedOn: start.employedOn ?? undefined,
          source: adjusting?.source,
          sourceId: adjusting ? String(adjusting.sourceId) : undefined,
        }
      : undefined,
  };
}

/** 404 for who may not know the graduate, 403 for who may read but not record (the bureau): before a post's body is read. */
export async function assertRecordable(user: SessionUser, studentId: number): Promise<void> {
  const student = await visibleStudent(user, studentId);
  assertCan(user, { action: "destination.write", schoolId: student.schoolId }, "只有本校管理人员可以登记毕业去向");
}

// Writes to one graduate wait for each other on the student's row lock, each holding a pooled connection
// meanwhile; Prisma's defaults (2 s to get a connection, 5 s to finish) would answer a burst with a 500.
export const TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;

export type Refusal = { field: string | null; message: string; asking?: true };

export const DECIDED_ALREADY = "该建议已处理，请刷新页面";
export const NOT_GRADUATED = "该学生尚未毕业，不能登记毕业去向";

/**
 * The school's office records (creates or changes) a graduate's destination through recordDestinations
 * (via SCHOOL, or PROPOSAL when the form accepts a proposal with adjustments; that decision is stored in
 * the same transaction, once per source record). Refused, nothing written: a student not graduated; a
 * destination against the field rules; a proposal that is not this graduate's or already decided; a
 * proposal replacing a different recorded destination without `confirm`. 403 for the bureau, 404 for
 * who may not know the graduate.
 */
export async function saveDestination(user: SessionUser, studentId: number, value: DestinationFormValue): Promise<Refusal | { changed: boolean }> {
  const student = await visibleStudent(user, studentId);
  assertCan(user, { action: "destination.write", schoolId: student.schoolId }, "只有本校管理人员可以登记毕业去向");
  const db = prisma();
  const proposal = value.source && value.sourceId ? await proposalOf(db, value.source, value.sourceId) : null;
  if (value.source && (!proposal || proposal.studentId !== studentId)) return { field: null, message: "该建议不存在或不属于该学生" };
  try {
    return await db.$transaction(async (tx) => {
      // One writer at a time per graduate: a double tap waits here and then finds the row the first wrote.
      const locked = await tx.$queryRaw<Array<{ status: string; graduationYear: number }>>`
        SELECT "status", "graduationYear" FROM "Student" WHERE "id" = ${studentId} FOR UPDATE`;
      if (locked[0]?.status !== "GRADUATED") return { field: null, message: NOT_GRADUATED };
      const existing = await tx.graduateDestination.findUnique({ where: { studentId } });
      // The platform's employer stays linked while the name is the one it came with.
      const linkedFrom = proposal?.destination ?? (existing ? snapshotOf(existing) : null);
      const employerOrganisationId =
        linkedFrom && linkedFrom.employerName !== null && linkedFrom.employerName === (value.employerName ?? null)
          ? linkedFrom.employerOrganisationId
          : null;
      const destination = snapshotOfForm(value, { graduationYear: locked[0].graduationYear, employerOrganisationId });
      const problem = destinationProblems(destination)[0];
      if (problem) return { field: problem.field, message: problem.message };
      if (proposal) {
        if (existing && !sameDestination(snapshotOf(existing), destination) && value.confirm !== "yes")
          return { field: null, message: "该毕业生已有登记的去向，采纳后将替换，请确认", asking: true as const };
        await tx.destinationProposalDecision.create({
          data: { studentId, source: proposal.source, sourceId: proposal.sourceId, accepted: true, decidedById: user.id },
        });
      }
      const outcome = await recordDestinations(
        tx,
        { userId: user.id, via: proposal ? "PROPOSAL" : "SCHOOL", note: value.note ?? (proposal ? `采纳建议：${proposal.basis}` : undefined) },
        [{ studentId, destination }],
      );
      return { changed: outcome.unchanged === 0 };
    }, TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) return { field: null, message: DECIDED_ALREADY };
    throw error;
  }
}
