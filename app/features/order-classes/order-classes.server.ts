import { z } from "zod";
import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { assertCan, assertVisible, can } from "~/features/auth/permissions.server";
import { agreementInForce } from "~/lib/agreements";
import { isoDayOf, todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { hostingProblem } from "~/lib/hosting.server";
import { idFilter, optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import { openToStudent, orderClassesVisibleTo, viewerStudent } from "./access.server";
import type { OpenClass } from "./order-class-schema";

// 订单班 / 现代学徒制班: opening one and reading them. Membership moves are in membership.server.ts.

export const PER_PAGE = 30;
/** The agreement kinds a class may be opened under, and the class kind each gives. */
export const CLASS_KIND_OF_AGREEMENT = { ORDER_CLASS: "ORDER_CLASS", APPRENTICESHIP: "MODERN_APPRENTICESHIP" } as const;

export const OrderClassFilters = z.object({
  kind: optionalFilter(z.enum(["ORDER_CLASS", "MODERN_APPRENTICESHIP"])),
  cohort: optionalFilter(z.coerce.number().int().min(2000).max(2099)),
  school: idFilter,
  enterprise: idFilter,
  page: pageNumber,
});
export type OrderClassFilters = z.infer<typeof OrderClassFilters>;

export async function listOrderClasses(user: SessionUser, filters: OrderClassFilters) {
  const student = await viewerStudent(user);
  const db = prisma();
  const where = {
    AND: [
      orderClassesVisibleTo(user, student),
      { kind: filters.kind, cohortYear: filters.cohort, schoolId: filters.school, enterpriseId: filters.enterprise },
    ],
  };
  const total = await db.orderClass.count({ where });
  const page = paging(filters.page, total, PER_PAGE);
  const rows = await db.orderClass.findMany({
    where,
    orderBy: [{ cohortYear: "desc" }, { id: "asc" }],
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      kind: true,
      name: true,
      cohortYear: true,
      capacity: true,
      school: { select: { organisation: { select: { name: true } } } },
      enterprise: { select: { organisation: { select: { name: true } } } },
      schoolProgram: { select: { program: { select: { name: true } } } },
      _count: { select: { members: { where: { status: "ENROLLED" } } } },
      members: student ? { where: { studentId: student.id }, select: { status: true } } : false,
    },
  });
  return {
    role: user.role,
    canOpen: user.role === "SCHOOL_STAFF" && can(user, { action: "orderClass.open", schoolId: user.organisationId }),
    page,
    classes: rows.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      cohortYear: c.cohortYear,
      school: c.school.organisation.name,
      enterprise: c.enterprise.organisation.name,
      program: c.schoolProgram?.program.name ?? "—",
      capacity: c.capacity,
      enrolled: c._count.members,
      mine: (c.members as Array<{ status: string }> | undefined)?.[0]?.status ?? null,
    })),
  };
}

/** What the open form offers: the school's agreements in force that allow a class, and its programs. */
export async function openFormContext(user: SessionUser) {
  assertCan(user, { action: "orderClass.open", schoolId: user.organisationId }, "只有学校管理人员可以开设订单班");
  const db = prisma();
  const [agreements, programs] = await Promise.all([
    db.partnershipAgreement.findMany({
      where: {
        AND: [
          agreementInForce(todayInHohhot()),
          { schoolId: user.organisationId, kind: { in: ["ORDER_CLASS", "APPRENTICESHIP"] } },
          // hostingProblem's rule: an enterprise suspended or blocked since the agreement opens no class.
          { enterprise: { standing: "VERIFIED", blockedBy: { none: { schoolId: user.organisationId } } } },
        ],
      },
      orderBy: { id: "asc" },
      select: { id: true, title: true, kind: true, enterprise: { select: { organisation: { select: { name: true } } } } },
    }),
    db.schoolProgram.findMany({
      where: { schoolId: user.organisationId },
      orderBy: { programId: "asc" },
      select: { id: true, program: { select: { name: true } } },
    }),
  ]);
  return {
    agreements: agreements.map((a) => ({
      value: a.id,
      label: `${a.enterprise.organisation.name} · ${a.title}（${a.kind === "ORDER_CLASS" ? "订单班" : "现代学徒制"}）`,
    })),
    programs: programs.map((p) => ({ value: p.id, label: p.program.name })),
  };
}

export type OpenOutcome = { opened: true; id: number } | { opened: false; field: keyof OpenClass; message: string };

/**
 * Opens a class for the user's own school. Refused (with the field to point at): an agreement not of
 * this school, not in force today (agreementInForce), or of a kind that is no order-class or
 * apprenticeship; an enterprise that may not host the school's students now (hostingProblem:
 * suspended by the bureau or blocked by the school since the agreement); a program the school does not offer. The class's kind follows its agreement.
 */
export async function openClass(user: SessionUser, value: OpenClass): Promise<OpenOutcome> {
  const schoolId = user.organisationId;
  assertCan(user, { action: "orderClass.open", schoolId }, "只有学校管理人员可以开设订单班");
  const db = prisma();
  const agreement = await db.partnershipAgreement.findFirst({
    where: { AND: [{ id: value.agreementId, schoolId }, agreementInForce(todayInHohhot())] },
    select: { kind: true, enterpriseId: true },
  });
  if (!agreement) return { opened: false, field: "agreementId", message: "请选择本校正在生效的合作协议" };
  if (agreement.kind !== "ORDER_CLASS" && agreement.kind !== "APPRENTICESHIP") {
    return { opened: false, field: "agreementId", message: "只有订单班或学徒培养协议可以开设班级" };
  }
  // The agreement outlives a suspension or a school's block; a new class does not start under one.
  const hosting = await hostingProblem(db, { schoolId, enterpriseId: agreement.enterpriseId });
  if (hosting) return { opened: false, field: "agreementId", message: hosting };
  const offering = await db.schoolProgram.findFirst({ where: { id: value.schoolProgramId, schoolId }, select: { id: true } });
  if (!offering) return { opened: false, field: "schoolProgramId", message: "请选择本校开设的专业" };
  const created = await db.orderClass.create({
    data: {
      agreementId: value.agreementId,
      schoolId,
      enterpriseId: agreement.enterpriseId,
      schoolProgramId: offering.id,
      kind: CLASS_KIND_OF_AGREEMENT[agreement.kind],
      name: value.name,
      cohortYear: value.cohortYear,
      capacity: value.capacity,
      mentors: value.mentors,
      curriculumHours: value.curriculumHours ?? null,
      hiringCommitment: value.hiringCommitment ?? null,
    },
    select: { id: true },
  });
  return { opened: true, id: created.id };
}

/** One class as `user` may see it; 404 for a class another organisation runs (it may not know it exists). */
export async function orderClassPage(user: SessionUser, orderClassId: number) {
  const db = prisma();
  const student = await viewerStudent(user);
  const c = await db.orderClass.findUnique({
    where: { id: orderClassId },
    select: {
      id: true,
      kind: true,
      name: true,
      cohortYear: true,
      capacity: true,
      mentors: true,
      curriculumHours: true,
      hiringCommitment: true,
      startsOn: true,
      endsOn: true,
      schoolId: true,
      enterpriseId: true,
      schoolProgramId: true,
      school: { select: { organisation: { select: { name: true } } } },
      enterprise: { select: { organisation: { select: { name: true } } } },
      schoolProgram: { select: { program: { select: { name: true } } } },
      agreement: { select: { title: true } },
    },
  });
  if (!c) notFound("找不到该班级");
  const mine = student
    ? await db.orderClassMember.findUnique({
        where: { orderClassId_studentId: { orderClassId, studentId: student.id } },
        select: { id: true, status: true, declineReason: true, mentorName: true, apprenticeContract: true },
      })
    : null;
  const open = openToStudent(c, student, mine !== null);
  assertVisible(user, { action: "orderClass.read", schoolId: c.schoolId, enterpriseId: c.enterpriseId, openToStudent: open }, "找不到该班级");
  const enrolled = await db.orderClassMember.count({ where: { orderClassId, status: "ENROLLED" } });
  const seeMembers = can(user, { action: "orderClass.members", schoolId: c.schoolId, enterpriseId: c.enterpriseId });
  const personal = can(user, { action: "orderClass.membersPersonal", schoolId: c.schoolId });
  const decides = can(user, { action: "orderClass.decide", schoolId: c.schoolId });
  const applicants = can(user, { action: "orderClass.applicants", schoolId: c.schoolId });
  const members = seeMembers
    ? await db.orderClassMember.findMany({
        // The enterprise and the bureau read the 已入班 members only.
        where: { orderClassId, ...(applicants ? {} : { status: "ENROLLED" as const }) },
        orderBy: [{ status: "asc" }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          mentorName: true,
          apprenticeContract: true,
          declineReason: true,
          student: { select: { name: true, studentNumber: true, birthDate: true, phone: true } },
        },
      })
    : [];
  // The office enrols from the students the class is for who are not in it yet.
  const candidates = decides
    ? await db.student.findMany({
        where: {
          schoolId: c.schoolId,
          schoolProgramId: c.schoolProgramId ?? -1,
          cohortYear: c.cohortYear,
          status: "ENROLLED",
          orderClasses: { none: { orderClassId } },
        },
        orderBy: { id: "asc" },
        take: 500,
        select: { id: true, name: true, studentNumber: true },
      })
    : [];
  return {
    orderClass: {
      id: c.id,
      kind: c.kind,
      name: c.name,
      cohortYear: c.cohortYear,
      capacity: c.capacity,
      enrolled,
      left: Math.max(0, c.capacity - enrolled),
      mentors: c.mentors,
      curriculumHours: c.curriculumHours,
      hiringCommitment: c.hiringCommitment,
      startsOn: c.startsOn && isoDayOf(c.startsOn),
      endsOn: c.endsOn && isoDayOf(c.endsOn),
      school: c.school.organisation.name,
      enterprise: c.enterprise.organisation.name,
      program: c.schoolProgram?.program.name ?? "—",
      agreement: c.agreement?.title ?? null,
    },
    viewer: {
      decides,
      editsTerms: can(user, { action: "orderClass.enterpriseTerms", enterpriseId: c.enterpriseId }),
      joins: can(user, { action: "orderClass.join", schoolId: c.schoolId, openToStudent: open }),
      personal,
    },
    mine: mine && { ...mine },
    members: members.map((m) => ({
      id: m.id,
      status: m.status,
      mentorName: m.mentorName,
      apprenticeContract: m.apprenticeContract,
      declineReason: decides ? m.declineReason : null,
      name: m.student.name,
      // Personal data only for the school's own office (PIPL minimisation, decision 0006).
      studentNumber: personal ? m.student.studentNumber : null,
      birthDate: personal ? isoDayOf(m.student.birthDate) : null,
      phone: personal ? m.student.phone : null,
    })),
    candidates: candidates.map((s) => ({ value: s.id, label: s.studentNumber ? `${s.name}（${s.studentNumber}）` : s.name })),
  };
}
