import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan, assertVisible, can } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice } from "~/features/inbox/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { dayColumn, isoDayOf, todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { hostingProblem } from "~/lib/hosting.server";
import { idFilter, optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import { HOLDS_PLACE } from "./bases.server";
import { PRACTICE_FORM_LABEL, PRACTICE_STATUS_LABEL } from "./labels";
import type { ProposeValue } from "./schemas";
import { confirmDayProblem, logDayProblem, movesFor, type PracticeMove, type PracticeStatusName } from "./transitions";

// 教师企业实践 (issue 13 item 2): proposing, reading and listing. The moves are in practice-moves.server.ts.

export const PER_PAGE = 30;
type Tx = Prisma.TransactionClient;

export const PracticeFilters = z.object({
  status: optionalFilter(z.enum(["PROPOSED", "ACCEPTED", "DECLINED", "COMPLETED", "CANCELLED"])),
  host: idFilter,
  teacher: idFilter,
  year: optionalFilter(z.coerce.number().int().min(2000).max(2099)),
  page: pageNumber,
});
export type PracticeFilters = z.infer<typeof PracticeFilters>;

/** The practice `user` may know exists: their school's (office and teachers), what their enterprise hosts, all for the bureau. */
export function practiceVisibleTo(user: SessionUser): Prisma.TeacherPlacementWhereInput {
  switch (user.role) {
    case "BUREAU_ADMIN":
      return {};
    case "SCHOOL_STAFF":
    case "TEACHER":
      return { schoolId: user.organisationId };
    case "ENTERPRISE_STAFF":
      return { hostEnterpriseId: user.organisationId };
    case "STUDENT":
      return { id: -1 };
  }
}

/** The list: filters by status, host, teacher and year (a practice belongs to every year its period touches). */
export async function listPractice(user: SessionUser, filters: PracticeFilters) {
  assertCan(user, { action: "teacherPractice.list" }, "学生不能查看教师企业实践");
  const db = prisma();
  const year = filters.year;
  const where: Prisma.TeacherPlacementWhereInput = {
    AND: [
      practiceVisibleTo(user),
      { status: filters.status, hostEnterpriseId: filters.host, teacherId: filters.teacher },
      year ? { startsOn: { lte: dayColumn(`${year}-12-31`) }, endsOn: { gte: dayColumn(`${year}-01-01`) } } : {},
    ],
  };
  const total = await db.teacherPlacement.count({ where });
  const page = paging(filters.page, total, PER_PAGE);
  const rows = await db.teacherPlacement.findMany({
    where,
    orderBy: [{ startsOn: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      status: true,
      form: true,
      startsOn: true,
      endsOn: true,
      teacher: { select: { name: true } },
      school: { select: { organisation: { select: { name: true } } } },
      hostEnterprise: { select: { organisation: { select: { name: true } } } },
      trainingBase: { select: { name: true } },
      _count: { select: { days: { where: { confirmedAt: { not: null } } } } },
    },
  });
  // The filter's choices: the hosts and teachers of the practice the user sees.
  const [hosts, teachers] = await Promise.all([
    db.enterprise.findMany({
      where: { hostedPractices: { some: practiceVisibleTo(user) } },
      orderBy: { organisationId: "asc" },
      select: { organisationId: true, organisation: { select: { name: true } } },
    }),
    user.role === "ENTERPRISE_STAFF" || user.role === "BUREAU_ADMIN"
      ? Promise.resolve([])
      : db.teacher.findMany({ where: { schoolId: user.organisationId, trainingStays: { some: {} } }, orderBy: { id: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    role: user.role,
    canPropose: can(user, { action: "teacherPractice.propose", schoolId: user.organisationId }),
    page,
    hosts: hosts.map((h) => ({ value: h.organisationId, label: h.organisation.name })),
    teachers: teachers.map((t) => ({ value: t.id, label: t.name })),
    practice: rows.map((p) => ({
      id: p.id,
      status: p.status,
      form: p.form,
      startsOn: isoDayOf(p.startsOn),
      endsOn: isoDayOf(p.endsOn),
      teacher: p.teacher.name,
      school: p.school.organisation.name,
      host: p.trainingBase?.name ?? p.hostEnterprise.organisation.name,
      confirmedDays: p._count.days,
    })),
  };
}

/** What the proposal form offers: the school's own teachers, its active bases and the enterprises it may send teachers to. */
export async function proposeFormOptions(user: SessionUser) {
  assertCan(user, { action: "teacherPractice.propose", schoolId: user.organisationId }, "只有学校管理人员可以安排教师企业实践");
  const db = prisma();
  const schoolId = user.organisationId;
  const [teachers, bases, enterprises] = await Promise.all([
    db.teacher.findMany({ where: { schoolId }, orderBy: [{ specialist: "desc" }, { id: "asc" }], select: { id: true, name: true, specialist: true } }),
    db.trainingBase.findMany({
      where: { active: true, enterprise: { standing: "VERIFIED", blockedBy: { none: { schoolId } } } },
      orderBy: { id: "asc" },
      select: { id: true, name: true },
    }),
    db.enterprise.findMany({
      where: { standing: "VERIFIED", blockedBy: { none: { schoolId } } },
      orderBy: { organisationId: "asc" },
      select: { organisationId: true, organisation: { select: { name: true } } },
    }),
  ]);
  return {
    teachers: teachers.map((t) => ({ value: t.id, label: t.specialist ? `${t.name}（专业课）` : t.name })),
    bases: bases.map((b) => ({ value: b.id, label: b.name })),
    enterprises: enterprises.map((e) => ({ value: e.organisationId, label: e.organisation.name })),
  };
}

export type ProposeOutcome = { done: true; id: number } | { done: false; field: keyof ProposeValue; message: string };

/**
 * Proposes `value` for the user's own school. Refused (with the field to point at): a teacher of another
 * school (as if missing); an inactive or unknown base; a host the bureau has not verified or has suspended,
 * or that the school blocked (hostingProblem); a start before today (Asia/Shanghai); a period overlapping an open
 * (PROPOSED or ACCEPTED) practice of the same teacher (one practice at a time, a double tap makes one). Tells the host's staff.
 */
export async function proposePractice(user: SessionUser, value: ProposeValue, today = todayInHohhot()): Promise<ProposeOutcome> {
  const schoolId = user.organisationId;
  assertCan(user, { action: "teacherPractice.propose", schoolId }, "只有学校管理人员可以安排教师企业实践");
  const db = prisma();
  const teacher = await db.teacher.findFirst({ where: { id: value.teacherId, schoolId }, select: { id: true, name: true } });
  if (!teacher) return { done: false, field: "teacherId", message: "请选择本校的教师" };
  let hostEnterpriseId = value.hostEnterpriseId;
  if (value.trainingBaseId !== undefined) {
    const base = await db.trainingBase.findUnique({ where: { id: value.trainingBaseId }, select: { active: true, enterpriseId: true } });
    if (!base) return { done: false, field: "trainingBaseId", message: "请选择培训基地" };
    if (!base.active) return { done: false, field: "trainingBaseId", message: "该培训基地已停用" };
    hostEnterpriseId = base.enterpriseId;
  }
  const field = value.trainingBaseId !== undefined ? "trainingBaseId" : "hostEnterpriseId";
  const hosting = await hostingProblem(db, { schoolId, enterpriseId: hostEnterpriseId! });
  if (hosting) return { done: false, field, message: hosting.replace("接收学生", "接收教师实践") };
  if (value.startsOn < today) return { done: false, field: "startsOn", message: "开始日期不能早于今天" };
  const created = await db.$transaction(async (tx) => {
    // One enterprise practice at a time: decided under the teacher's row lock, so a double tap on 提交
    // makes one practice (the second finds the first), and a base's places are not held twice for one teacher.
    await tx.$queryRaw`SELECT 1 FROM "Teacher" WHERE "id" = ${teacher.id} FOR UPDATE`;
    const overlapping = await tx.teacherPlacement.count({
      where: { teacherId: teacher.id, status: { in: ["PROPOSED", "ACCEPTED"] }, startsOn: { lte: dayColumn(value.endsOn) }, endsOn: { gte: dayColumn(value.startsOn) } },
    });
    if (overlapping > 0) return null;
    const row = await tx.teacherPlacement.create({
      data: {
        teacherId: teacher.id,
        schoolId,
        hostEnterpriseId: hostEnterpriseId!,
        trainingBaseId: value.trainingBaseId ?? null,
        form: value.form,
        startsOn: dayColumn(value.startsOn),
        endsOn: dayColumn(value.endsOn),
        proposedById: user.id,
      },
      select: { id: true },
    });
    await sendNotice(tx, await staffOf(tx, hostEnterpriseId!, "ENTERPRISE_STAFF"), {
      title: "新的教师企业实践申请",
      body: `${user.organisation.name}的${teacher.name}申请${value.startsOn}至${value.endsOn}来企业实践（${PRACTICE_FORM_LABEL[value.form]}）。`,
      link: `/teacher-practice/${row.id}`,
    });
    return row;
  });
  if (!created) return { done: false, field: "startsOn", message: "该教师在这段时间已有企业实践（待接收或已接收），请勿重复安排" };
  return { done: true, id: created.id };
}

export async function staffOf(tx: Tx, organisationId: number, role: "SCHOOL_STAFF" | "ENTERPRISE_STAFF"): Promise<number[]> {
  const users = await tx.user.findMany({ where: { organisationId, role, disabledAt: null }, select: { id: true }, orderBy: { id: "asc" } });
  return users.map((u) => u.id);
}

/** One practice as `user` may see it (404 to anyone outside its school, its host and the bureau), with what they may do. */
export async function practiceDetail(user: SessionUser, practiceId: number, today = todayInHohhot()) {
  const db = prisma();
  const p = await db.teacherPlacement.findUnique({
    where: { id: practiceId },
    select: {
      id: true,
      status: true,
      form: true,
      startsOn: true,
      endsOn: true,
      schoolId: true,
      hostEnterpriseId: true,
      declineReason: true,
      hostAssessment: true,
      hostGrade: true,
      teacher: { select: { id: true, name: true, userId: true } },
      school: { select: { organisation: { select: { name: true } } } },
      hostEnterprise: { select: { organisation: { select: { name: true } } } },
      trainingBase: { select: { id: true, name: true, capacity: true } },
      days: { orderBy: { day: "asc" }, select: { id: true, day: true, note: true, confirmedAt: true } },
    },
  });
  if (!p) notFound("找不到该实践记录");
  assertVisible(user, { action: "teacherPractice.read", schoolId: p.schoolId, hostEnterpriseId: p.hostEnterpriseId }, "找不到该实践记录");
  const facts = { status: p.status as PracticeStatusName, startsOn: isoDayOf(p.startsOn), endsOn: isoDayOf(p.endsOn) };
  const isHost = can(user, { action: "teacherPractice.host", hostEnterpriseId: p.hostEnterpriseId });
  const isSchool = can(user, { action: "teacherPractice.propose", schoolId: p.schoolId });
  const moves: PracticeMove[] = [...(isHost ? movesFor(facts, "HOST", today) : []), ...(isSchool ? movesFor(facts, "SCHOOL", today) : [])];
  const canLog =
    can(user, { action: "teacherPractice.logDay", schoolId: p.schoolId, teacherUserId: p.teacher.userId }) &&
    logDayProblem(facts, facts.startsOn <= today ? (today <= facts.endsOn ? today : facts.endsOn) : facts.startsOn, today) === null;
  return {
    today,
    practice: {
      id: p.id,
      ...facts,
      statusLabel: PRACTICE_STATUS_LABEL[p.status],
      form: p.form,
      teacher: p.teacher.name,
      teacherId: p.teacher.id,
      school: p.school.organisation.name,
      host: p.hostEnterprise.organisation.name,
      base: p.trainingBase ? { id: p.trainingBase.id, name: p.trainingBase.name } : null,
      declineReason: p.declineReason,
      hostAssessment: p.hostAssessment,
      hostGrade: p.hostGrade,
      days: p.days.map((d) => ({ id: d.id, day: isoDayOf(d.day), note: d.note, confirmed: d.confirmedAt !== null })),
    },
    moves,
    canLog,
    canConfirm: isHost && confirmDayProblem(facts) === null && p.days.some((d) => d.confirmedAt === null),
    canSeeLedger: can(user, { action: "teacher.ledger", schoolId: p.schoolId, teacherUserId: p.teacher.userId }),
  };
}

/** The places a base has left over [startsOn, endsOn]: its capacity less the practice holding a place that overlaps it. */
export async function placesTaken(tx: Tx, trainingBaseId: number, startsOn: Date, endsOn: Date, exceptId?: number): Promise<number> {
  return tx.teacherPlacement.count({
    where: {
      trainingBaseId,
      status: { in: [...HOLDS_PLACE] },
      startsOn: { lte: endsOn },
      endsOn: { gte: startsOn },
      NOT: exceptId ? { id: exceptId } : undefined,
    },
  });
}
