import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice } from "~/features/inbox/index.server";
import { ledgerOf, ledgersOf } from "~/features/teacher-practice/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { dayColumn, isoDayOf, moment, todayInHohhot } from "~/lib/dates";
import { saveDocument, type CheckedUpload } from "~/lib/documents.server";
import { notFound } from "~/lib/errors.server";
import { idFilter, optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import type { MoveValue, SubmitValue } from "./certification-schema";
import { dualTeacherFigures, teacherLevelOn, teacherLevels } from "./figures.server";
import {
  addDays,
  CERTIFICATION_STATES,
  CERTIFIED_LEVELS,
  certificationState,
  inForce,
  LEVEL_LABEL,
  levelRank,
  RENEWAL_WINDOW_DAYS,
  renewalOpensOn,
  renewalProblem,
  STATE_LABEL,
  validityEnd,
  type CertificationStateName,
  type LevelName,
} from "./levels";
import { MOVE_TARGET, moveProblem, movesFor, type CertificationActor } from "./transitions";

// 双师型教师认定 (issue 13 item 3; docs/decisions/0015, "Certification"): the school's office submits
// one of its teachers with evidence; the bureau certifies for a validity period or refuses with a
// reason; the school may withdraw while 待认定. Every move writes a CertificationEvent; decisions tell
// the school's office through the inbox.

export const CERTIFICATIONS_PAGE = 30;
/** The furthest "expiring within N days" a URL may ask for: ten years. */
export const EXPIRING_MAX_DAYS = 3650;

/** The list's query string: ?state=…&level=…&school=…&expiring=N&page=…; a value that does not parse means "all". */
export const CertificationFilters = z.object({
  state: optionalFilter(z.enum(CERTIFICATION_STATES)),
  level: optionalFilter(z.enum(CERTIFIED_LEVELS)),
  school: idFilter,
  expiring: optionalFilter(z.coerce.number().int().min(0).max(EXPIRING_MAX_DAYS)),
  page: pageNumber,
});
export type CertificationFilters = z.infer<typeof CertificationFilters>;

const notFoundCertification = (): never => notFound("找不到该认定记录");
const isBureau = (user: SessionUser) => user.role === "BUREAU_ADMIN";

/** The where-clause of a state on `today` (CERTIFIED split by its validity as certificationState does). */
function stateWhere(state: CertificationStateName, today: string): Prisma.DualTeacherCertificationWhereInput {
  const day = dayColumn(today);
  switch (state) {
    case "SUBMITTED":
    case "REFUSED":
    case "WITHDRAWN":
      return { status: state };
    case "IN_FORCE":
      return { status: "CERTIFIED", validFrom: { lte: day }, validUntil: { gte: day } };
    case "UPCOMING":
      return { status: "CERTIFIED", validFrom: { gt: day } };
    case "EXPIRED":
      return { status: "CERTIFIED", validUntil: { lt: day } };
  }
}

const validityOf = (c: { validFrom: Date | null; validUntil: Date | null }) =>
  c.validFrom && c.validUntil ? `${isoDayOf(c.validFrom)} 至 ${isoDayOf(c.validUntil)}` : null;
const factsOf = (c: { status: string; level: LevelName; validFrom: Date | null; validUntil: Date | null }) => ({
  status: c.status,
  level: c.level,
  validFrom: isoDayOf(c.validFrom),
  validUntil: isoDayOf(c.validUntil),
});

/**
 * The certifications `user` may see (a school's office its own, the bureau all), filtered, newest
 * first, a page at a time; with the counts per school and level and the ratio for the same scope.
 * `expiring`: in force today and last in force within N days (0: today is the last day).
 */
export async function listCertifications(user: SessionUser, filters: CertificationFilters, today = todayInHohhot()) {
  assertCan(user, { action: "certification.list" }, "只有学校管理人员和市教育局可以查看双师型教师认定");
  const own = isBureau(user) ? undefined : user.organisationId;
  const schoolId = own ?? filters.school;
  const where: Prisma.DualTeacherCertificationWhereInput = {
    AND: [
      schoolId === undefined ? {} : { schoolId },
      filters.state ? stateWhere(filters.state, today) : {},
      filters.level ? { level: filters.level } : {},
      filters.expiring === undefined
        ? {}
        : { ...stateWhere("IN_FORCE", today), validUntil: { gte: dayColumn(today), lte: dayColumn(addDays(today, filters.expiring)) } },
    ],
  };
  const db = prisma();
  const total = await db.dualTeacherCertification.count({ where });
  const page = paging(filters.page, total, CERTIFICATIONS_PAGE);
  const [rows, figures, schools] = await Promise.all([
    db.dualTeacherCertification.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        level: true,
        status: true,
        validFrom: true,
        validUntil: true,
        renewsId: true,
        submittedAt: true,
        teacher: { select: { name: true } },
        school: { select: { organisation: { select: { name: true } } } },
      },
    }),
    dualTeacherFigures(today, own),
    isBureau(user)
      ? db.school.findMany({ select: { organisationId: true, organisation: { select: { name: true } } }, orderBy: { organisation: { name: "asc" } } })
      : Promise.resolve([]),
  ]);
  return {
    page,
    today,
    canSubmit: !isBureau(user),
    schools: schools.map((s) => ({ value: s.organisationId, label: s.organisation.name })),
    figures,
    certifications: rows.map((c) => {
      const state = certificationState(factsOf(c), today);
      return {
        id: c.id,
        teacher: c.teacher.name,
        school: c.school.organisation.name,
        level: LEVEL_LABEL[c.level],
        state,
        stateLabel: STATE_LABEL[state],
        renewal: c.renewsId !== null,
        validity: validityOf(c),
        submittedOn: moment(c.submittedAt).slice(0, 10),
      };
    }),
  };
}

/** What the submission form offers the school's office: its teachers with level in force and ledger days; the renewed one if asked. */
export async function submitContext(user: SessionUser, renewsId: number | null, today = todayInHohhot()) {
  assertCan(user, { action: "certification.submit", schoolId: user.organisationId }, "只有学校管理人员可以提交双师型教师认定");
  const db = prisma();
  const teachers = await db.teacher.findMany({ where: { schoolId: user.organisationId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  const ids = teachers.map((t) => t.id);
  const [levels, ledgers] = await Promise.all([teacherLevels(db, { id: { in: ids } }, today), ledgersOf(ids, today)]);
  const levelOf = new Map(levels.map((l) => [l.id, l.level]));
  let renews: { id: number; teacherId: number; teacher: string; level: string; validity: string | null; problem: string | null } | null = null;
  if (renewsId !== null) {
    const c = await db.dualTeacherCertification.findUnique({
      where: { id: renewsId },
      select: { id: true, schoolId: true, teacherId: true, status: true, level: true, validFrom: true, validUntil: true, teacher: { select: { name: true } } },
    });
    if (c && c.schoolId === user.organisationId) {
      renews = { id: c.id, teacherId: c.teacherId, teacher: c.teacher.name, level: LEVEL_LABEL[c.level], validity: validityOf(c), problem: renewalProblem(factsOf(c), today) };
    }
  }
  return {
    today,
    renews,
    teachers: teachers.map((t) => ({ id: t.id, name: t.name, level: LEVEL_LABEL[levelOf.get(t.id) ?? "NONE"], practiceDays: ledgers.get(t.id)?.confirmedDays ?? 0 })),
  };
}

export const DUPLICATE_SUBMISSION = "该教师已有一份待认定的申请，请勿重复提交";

type Refusal = { field: "teacherId" | "level" | "renewsId" | "form"; message: string };

/**
 * Records the school office's submission with the ledger's confirmed practice days (kept as evidence),
 * the optional document and the first history line (→ SUBMITTED). Refused, nothing written: a teacher
 * not of the school; a second open submission for the teacher (decided under the teacher's row lock, so
 * a double tap makes one); a renewal outside its window or of another teacher's certification; a new
 * submission at or below a level the platform certified and is still in force (that is a renewal).
 */
export async function submitCertification(user: SessionUser, value: SubmitValue, upload: CheckedUpload | null, today = todayInHohhot()): Promise<{ id: number } | Refusal> {
  assertCan(user, { action: "certification.submit", schoolId: user.organisationId }, "只有学校管理人员可以提交双师型教师认定");
  // The evidence is the practice ledger's (teacher-practice ledgerOf: confirmed days in the five years up to
  // today, a day counted once). Read before the transaction: ledgerOf uses its own client, and PGlite's single
  // connection would wait on the open transaction. Only hosts confirm days, so the lock below guards nothing
  // it reads; a teacher of another school or none gets the refusal below, not these days.
  const practiceDays = (await ledgerOf(value.teacherId, today))?.confirmedDays ?? 0;
  return prisma().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ schoolId: number }>>`SELECT "schoolId" FROM "Teacher" WHERE "id" = ${value.teacherId} FOR UPDATE`;
    if (locked[0]?.schoolId !== user.organisationId) return { field: "teacherId", message: "请选择本校教师" } as const;
    if ((await tx.dualTeacherCertification.count({ where: { teacherId: value.teacherId, status: "SUBMITTED" } })) > 0)
      return { field: "form", message: DUPLICATE_SUBMISSION } as const;
    const certified = await tx.dualTeacherCertification.findMany({
      where: { teacherId: value.teacherId, status: "CERTIFIED" },
      select: { id: true, status: true, level: true, validFrom: true, validUntil: true, renewals: { where: { status: "CERTIFIED" }, select: { id: true } } },
    });
    if (value.renewsId !== undefined) {
      const renewed = certified.find((c) => c.id === value.renewsId);
      if (!renewed) return { field: "renewsId", message: "只能续期该教师已认定的证书" } as const;
      const problem = renewalProblem(factsOf(renewed), today);
      if (problem) return { field: "renewsId", message: problem } as const;
      if (renewed.renewals.length > 0) return { field: "renewsId", message: "该认定已续期" } as const;
    } else {
      const held = certified.filter((c) => inForce(factsOf(c), today)).reduce((best, c) => Math.max(best, levelRank(c.level)), 0);
      if (held >= levelRank(value.level))
        return {
          field: "level",
          message: `该教师已有有效的同级或更高等级认定；同级续期请在有效期截止前 ${RENEWAL_WINDOW_DAYS} 天内从原认定页面提交`,
        } as const;
    }
    const evidenceDocumentId = upload ? await saveDocument(tx, user, upload) : null;
    const created = await tx.dualTeacherCertification.create({
      data: {
        teacherId: value.teacherId,
        schoolId: user.organisationId,
        level: value.level,
        practiceDays,
        certificates: value.certificates || null,
        enterprisePost: value.enterprisePost || null,
        note: value.note || null,
        evidenceDocumentId,
        renewsId: value.renewsId ?? null,
        submittedById: user.id,
        events: { create: { fromStatus: null, toStatus: "SUBMITTED", actorId: user.id } },
      },
      select: { id: true },
    });
    return { id: created.id };
  });
}

const accessSelect = { id: true, schoolId: true, teacherId: true, status: true, level: true, validFrom: true, validUntil: true } as const;

/** The actor `user` is on a certification they may read: the bureau, the submitting school's office. */
function actorOf(user: SessionUser): CertificationActor | null {
  if (isBureau(user)) return "BUREAU";
  return user.role === "SCHOOL_STAFF" ? "SCHOOL" : null;
}

/** One certification with its teacher's level now and its history, for who may read it (else 404). */
export async function openCertification(user: SessionUser, certificationId: number, today = todayInHohhot()) {
  const db = prisma();
  const c = await db.dualTeacherCertification.findUnique({
    where: { id: certificationId },
    select: {
      ...accessSelect,
      practiceDays: true,
      certificates: true,
      enterprisePost: true,
      note: true,
      refusalReason: true,
      renewsId: true,
      submittedAt: true,
      decidedAt: true,
      teacher: { select: { name: true, fullTime: true } },
      school: { select: { organisation: { select: { name: true } } } },
      evidence: { select: { fileName: true, byteSize: true } },
      renews: { select: { id: true, validUntil: true, status: true } },
      renewals: { where: { status: { in: ["SUBMITTED", "CERTIFIED"] } }, select: { id: true }, orderBy: { id: "asc" } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, actor: { select: { displayName: true, organisation: { select: { name: true } } } } },
      },
    },
  });
  if (!c) return notFoundCertification();
  assertVisible(user, { action: "certification.read", schoolId: c.schoolId }, "找不到该认定记录");
  const actor = actorOf(user);
  const facts = factsOf(c);
  const state = certificationState(facts, today);
  const ownSchool = actor === "SCHOOL" && user.organisationId === c.schoolId;
  // The bureau's form starts where the validity would: the day after the renewed one ends if that is
  // still ahead, else today; five years long.
  const renewedEnd = c.renews?.status === "CERTIFIED" ? isoDayOf(c.renews.validUntil) : null;
  const suggestedFrom = renewedEnd && renewedEnd >= today ? addDays(renewedEnd, 1) : today;
  return {
    certification: {
      id: c.id,
      teacher: c.teacher.name,
      school: c.school.organisation.name,
      level: LEVEL_LABEL[c.level],
      state,
      stateLabel: STATE_LABEL[state],
      validity: validityOf(c),
      practiceDays: c.practiceDays,
      certificates: c.certificates,
      enterprisePost: c.enterprisePost,
      note: c.note,
      refusalReason: c.refusalReason,
      evidence: c.evidence,
      renewsId: c.renewsId,
      renewedBy: c.renewals.map((r) => r.id),
      submittedAt: moment(c.submittedAt),
      history: c.events.map((e) => ({
        id: e.id,
        from: e.fromStatus,
        to: e.toStatus,
        note: e.note,
        at: moment(e.createdAt),
        who: e.actor ? `${e.actor.displayName}（${e.actor.organisation.name}）` : "系统",
      })),
    },
    teacherLevel: LEVEL_LABEL[await teacherLevelOn(db, c.teacherId, today)],
    moves: actor === "BUREAU" || ownSchool ? movesFor(c.status, actor!) : [],
    renewal:
      ownSchool && c.status === "CERTIFIED" && c.renewals.length === 0 && c.validUntil
        ? { opensOn: renewalOpensOn(isoDayOf(c.validUntil)), problem: renewalProblem(facts, today) }
        : null,
    suggested: { validFrom: suggestedFrom, validUntil: validityEnd(suggestedFrom) },
    today,
  };
}

/** Refuses early, before a body is read: 404 for who may not know the certification exists. */
export async function assertReadable(user: SessionUser, certificationId: number): Promise<void> {
  const c = await prisma().dualTeacherCertification.findUnique({ where: { id: certificationId }, select: { schoolId: true } });
  if (!c) return notFoundCertification();
  assertVisible(user, { action: "certification.read", schoolId: c.schoolId }, "找不到该认定记录");
}

async function schoolStaff(tx: Prisma.TransactionClient, schoolId: number): Promise<number[]> {
  const users = await tx.user.findMany({ where: { organisationId: schoolId, role: "SCHOOL_STAFF", disabledAt: null }, select: { id: true } });
  return users.map((u) => u.id);
}

/**
 * Makes `value.intent` for `user`: the bureau certifies (validity from the form; its last day not before
 * today) or refuses (reason); the school's office withdraws its own. Checked by the state machine; the
 * status changes only if still SUBMITTED (a second answer in a race finds nothing to move). Certifying
 * writes the teacher's level in force to Teacher.dualTeacherLevel; decisions tell the school's office.
 */
export async function moveCertification(
  user: SessionUser,
  certificationId: number,
  value: MoveValue,
  today = todayInHohhot(),
): Promise<{ moved: true } | { moved: false; message: string; field?: "validFrom" | "validUntil" }> {
  return prisma().$transaction(async (tx) => {
    const c = await tx.dualTeacherCertification.findUnique({ where: { id: certificationId }, select: { ...accessSelect, teacher: { select: { name: true } } } });
    if (!c) return notFoundCertification();
    assertVisible(user, { action: "certification.read", schoolId: c.schoolId }, "找不到该认定记录");
    const actor = actorOf(user)!;
    if (actor === "SCHOOL") assertCan(user, { action: "certification.withdraw", schoolId: c.schoolId }, "只有提交申请的学校可以撤回");
    else assertCan(user, { action: "certification.decide" });
    const problem = moveProblem(c.status, actor, value.intent);
    if (problem) return { moved: false, message: problem };
    const to = MOVE_TARGET[value.intent];
    let data: Prisma.DualTeacherCertificationUncheckedUpdateManyInput = { status: to };
    if (value.intent === "certify") {
      if (value.validUntil! < today) return { moved: false, field: "validUntil", message: "有效期截止日不能早于今天" };
      data = { ...data, validFrom: dayColumn(value.validFrom!), validUntil: dayColumn(value.validUntil!), decidedById: user.id, decidedAt: new Date() };
    } else if (value.intent === "refuse") {
      data = { ...data, refusalReason: value.reason!, decidedById: user.id, decidedAt: new Date() };
    }
    const { count } = await tx.dualTeacherCertification.updateMany({ where: { id: c.id, status: "SUBMITTED" }, data });
    if (count === 0) return { moved: false, message: "该申请状态已变化，请刷新后再试" };
    const note = value.intent === "certify" ? `有效期 ${value.validFrom} 至 ${value.validUntil}` : value.reason || null;
    await tx.certificationEvent.create({ data: { certificationId: c.id, fromStatus: c.status, toStatus: to, note, actorId: user.id } });
    if (value.intent === "withdraw") return { moved: true };
    if (value.intent === "certify") {
      await tx.teacher.update({ where: { id: c.teacherId }, data: { dualTeacherLevel: await teacherLevelOn(tx, c.teacherId, today) } });
    }
    const verdict = value.intent === "certify" ? `认定为${LEVEL_LABEL[c.level]}双师型教师，${note}` : `未通过认定：${value.reason}`;
    await sendNotice(tx, await schoolStaff(tx, c.schoolId), {
      title: `双师型教师认定${value.intent === "certify" ? "已通过" : "未通过"}`,
      body: `${c.teacher.name}（${LEVEL_LABEL[c.level]}）${verdict}`,
      link: `/certifications/${c.id}`,
    });
    return { moved: true };
  });
}

/** The evidence document of a certification `user` may read; 404 otherwise, and when there is none. */
export async function certificationDocument(user: SessionUser, certificationId: number) {
  const c = await prisma().dualTeacherCertification.findUnique({
    where: { id: certificationId },
    select: { schoolId: true, evidence: { select: { fileName: true, mediaType: true, bytes: true } } },
  });
  if (!c) return notFoundCertification();
  assertVisible(user, { action: "certification.read", schoolId: c.schoolId }, "找不到该认定记录");
  if (!c.evidence) return notFoundCertification();
  return c.evidence;
}

