import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan, can } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { businessCategory } from "~/lib/business-categories";
import { isoDayOf, moment } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import { placementsVisibleTo, readPermission } from "./access.server";
import { ruleCheck } from "./placement-lifecycle.server";
import { visiblePlacement } from "./placement-record.server";
import { refusal } from "./placement-rules";
import { PLACEMENT_STATUSES } from "./placement-status";

// What the placement pages read: the list (each role its own, placementsVisibleTo), one placement
// with its rule check list, documents and history, and the options the form offers.

export const PER_PAGE = 30;

export const PlacementFilters = z.object({
  status: optionalFilter(z.enum(PLACEMENT_STATUSES)),
  page: pageNumber,
});
export type PlacementFilters = z.infer<typeof PlacementFilters>;

export async function placementList(user: SessionUser, filters: PlacementFilters) {
  const db = prisma();
  const visible = placementsVisibleTo(user);
  const where = { AND: [visible, filters.status ? { status: filters.status } : {}] };
  const total = await db.internshipPlacement.count({ where });
  const page = paging(filters.page, total, PER_PAGE);
  const rows = await db.internshipPlacement.findMany({
    where,
    orderBy: [{ startsOn: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      status: true,
      startsOn: true,
      endsOn: true,
      post: true,
      student: { select: { name: true } },
      school: { select: { organisation: { select: { name: true } } } },
      enterprise: { select: { organisation: { select: { name: true } } } },
    },
  });
  return {
    page,
    mayCreate: user.role === "SCHOOL_STAFF",
    placements: rows.map((p) => ({
      id: p.id,
      status: p.status,
      student: p.student.name,
      school: p.school.organisation.name,
      enterprise: p.enterprise.organisation.name,
      post: p.post ?? "—",
      dates: `${isoDayOf(p.startsOn)} 至 ${isoDayOf(p.endsOn)}`,
    })),
  };
}

export const DOCUMENT_KINDS = { tripartite: "三方协议", consent: "知情同意书", insurance: "保险单" } as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** One placement for its page: facts, rule check list, documents, history, requests and what `user` may do. */
export async function placementPage(user: SessionUser, placementId: number) {
  const db = prisma();
  await visiblePlacement(db, user, placementId);
  const p = await db.internshipPlacement.findUniqueOrThrow({
    where: { id: placementId },
    include: {
      student: { select: { name: true, userId: true, cohortYear: true, gender: true } },
      school: { select: { organisation: { select: { name: true } } } },
      enterprise: { select: { organisation: { select: { name: true } } } },
      supervisor: { select: { name: true, userId: true } },
      tripartiteDocument: { select: { fileName: true } },
      consentDocument: { select: { fileName: true } },
      insuranceDocument: { select: { fileName: true } },
      events: { orderBy: { id: "asc" }, include: { actor: { select: { displayName: true } } } },
      requests: { orderBy: { id: "desc" } },
    },
  });
  const manage = can(user, { action: "placement.manage", schoolId: p.schoolId });
  const studentAct = can(user, { action: "placement.studentAct", studentUserId: p.student.userId });
  const rules = p.status === "PLANNED" ? (await ruleCheck(db, placementId)).map((r) => ({ ...r, text: refusal(r) })) : null;
  return {
    placement: {
      id: p.id,
      status: p.status,
      student: p.student.name,
      cohortYear: p.student.cohortYear,
      school: p.school.organisation.name,
      enterprise: p.enterprise.organisation.name,
      supervisor: p.supervisor?.name ?? null,
      mentor: [p.mentorName, p.mentorPhone].filter(Boolean).join(" · ") || null,
      post: p.post,
      postCategory: businessCategory(p.postCategory)?.label ?? null,
      dates: `${isoDayOf(p.startsOn)} 至 ${isoDayOf(p.endsOn)}`,
      extensionReason: p.extensionReason,
      hours: `${p.dailyHours === null ? "—" : Number(p.dailyHours)} 小时/天 · ${p.weeklyHours === null ? "—" : Number(p.weeklyHours)} 小时/周`,
      pay: `${p.monthlyPay ?? "—"} 元/月（相同岗位 ${p.regularWage ?? "—"} 元/月）`,
      insurance: p.insurancePolicyNo ? `${p.insurancePolicyNo}（${isoDayOf(p.insuranceFrom) ?? "—"} 至 ${isoDayOf(p.insuranceTo) ?? "—"}）` : null,
      endReason: p.endReason,
    },
    documents: (Object.keys(DOCUMENT_KINDS) as DocumentKind[]).map((kind) => ({
      kind,
      label: DOCUMENT_KINDS[kind],
      fileName: ({ tripartite: p.tripartiteDocument, consent: p.consentDocument, insurance: p.insuranceDocument }[kind])?.fileName ?? null,
    })),
    history: p.events.map((e) => ({
      id: e.id,
      from: e.fromStatus,
      to: e.toStatus,
      note: e.reason,
      who: e.actor?.displayName ?? "—",
      at: moment(e.createdAt),
    })),
    requests: p.requests.map((r) => ({ id: r.id, kind: r.kind, reason: r.reason, decision: r.decision, note: r.decisionNote, when: moment(r.createdAt) })),
    rules,
    may: {
      edit: manage && p.status === "PLANNED",
      activate: manage && p.status === "PLANNED",
      complete: manage && p.status === "ACTIVE",
      terminate: manage && (p.status === "PLANNED" || p.status === "ACTIVE"),
      decide: manage,
      request: studentAct && (p.status === "PLANNED" || p.status === "ACTIVE") && !p.requests.some((r) => r.decision === "PENDING"),
    },
  };
}

/** A placement's document for download, or 404 when there is none or `user` may not read the placement. */
export async function placementDocument(user: SessionUser, placementId: number, kind: string) {
  if (!Object.hasOwn(DOCUMENT_KINDS, kind)) notFound();
  const db = prisma();
  const p = await visiblePlacement(db, user, placementId);
  assertCan(user, readPermission(p));
  const file = { select: { fileName: true, mediaType: true, bytes: true } } as const;
  const row = await db.internshipPlacement.findUniqueOrThrow({
    where: { id: placementId },
    select: { tripartiteDocument: file, consentDocument: file, insuranceDocument: file },
  });
  const doc = { tripartite: row.tripartiteDocument, consent: row.consentDocument, insurance: row.insuranceDocument }[kind as DocumentKind];
  if (!doc) notFound("该文件尚未上传");
  return doc;
}

/** What the form offers the user's school: its enrolled students, teachers, verified hosts with their posts, accepted internship applications. */
export async function placementFormOptions(user: SessionUser) {
  assertCan(user, { action: "placement.manage", schoolId: user.organisationId }, "只有学校招就办可以安排岗位实习");
  const db = prisma();
  const schoolId = user.organisationId;
  const [students, teachers, enterprises, applications] = await Promise.all([
    db.student.findMany({ where: { schoolId, status: "ENROLLED" }, orderBy: [{ cohortYear: "asc" }, { id: "asc" }], select: { id: true, name: true, cohortYear: true }, take: 2000 }),
    db.teacher.findMany({ where: { schoolId }, orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.enterprise.findMany({
      where: { standing: "VERIFIED", blockedBy: { none: { schoolId } } },
      orderBy: { organisationId: "asc" },
      select: { organisationId: true, organisation: { select: { name: true } }, posts: { select: { id: true, name: true, regularWage: true }, orderBy: { id: "asc" } } },
    }),
    db.application.findMany({
      where: { status: "ACCEPTED", student: { schoolId }, position: { kind: "INTERNSHIP" }, placement: null },
      select: { id: true, student: { select: { name: true } }, position: { select: { title: true, enterprise: { select: { organisation: { select: { name: true } } } } } } },
      take: 500,
    }),
  ]);
  return {
    students: students.map((s) => ({ value: s.id, label: `${s.name}（${s.cohortYear}级）` })),
    teachers: teachers.map((t) => ({ value: t.id, label: t.name })),
    enterprises: enterprises.map((e) => ({ value: e.organisationId, label: e.organisation.name })),
    posts: enterprises.flatMap((e) => e.posts.map((p) => ({ value: p.id, label: `${e.organisation.name} · ${p.name}${p.regularWage ? `（${p.regularWage} 元/月）` : ""}` }))),
    applications: applications.map((a) => ({ value: a.id, label: `${a.student.name} · ${a.position.enterprise.organisation.name} · ${a.position.title}` })),
  };
}

/** The stored values of a PLANNED placement as the edit form's defaults (404/403 as placement.manage says). */
export async function placementFormDefaults(user: SessionUser, placementId: number) {
  const db = prisma();
  const access = await visiblePlacement(db, user, placementId);
  assertCan(user, { action: "placement.manage", schoolId: access.schoolId }, "只有本校招就办可以修改岗位实习");
  const p = await db.internshipPlacement.findUniqueOrThrow({ where: { id: placementId } });
  const day = (d: Date | null) => isoDayOf(d) ?? undefined;
  const num = (n: number | null | { toString(): string }) => (n === null ? undefined : String(n));
  return {
    status: p.status,
    values: {
      studentId: String(p.studentId),
      applicationId: num(p.applicationId),
      enterpriseId: String(p.enterpriseId),
      supervisorTeacherId: num(p.supervisorTeacherId),
      mentorName: p.mentorName ?? undefined,
      mentorPhone: p.mentorPhone ?? undefined,
      startsOn: day(p.startsOn),
      endsOn: day(p.endsOn),
      extensionReason: p.extensionReason ?? undefined,
      enterprisePostId: num(p.enterprisePostId),
      post: p.post ?? undefined,
      postCategory: p.postCategory ?? undefined,
      dailyHours: num(p.dailyHours),
      weeklyHours: num(p.weeklyHours),
      monthlyPay: num(p.monthlyPay),
      regularWage: num(p.regularWage),
      insurancePolicyNo: p.insurancePolicyNo ?? undefined,
      insuranceFrom: day(p.insuranceFrom),
      insuranceTo: day(p.insuranceTo),
      insurancePayer: p.insurancePayer ?? undefined,
      tripartiteSignedOn: day(p.tripartiteSignedOn),
      guardianConsentOn: day(p.guardianConsentOn),
      nightShifts: p.nightShifts ? "on" : undefined,
      overtime: p.overtime ? "on" : undefined,
      holidayWork: p.holidayWork ? "on" : undefined,
      payInMoney: p.payInMoney ? "on" : undefined,
      payMonthly: p.payMonthly ? "on" : undefined,
      feesCharged: p.feesCharged ? "on" : undefined,
      viaIntermediary: p.viaIntermediary ? "on" : undefined,
      hazardousForMinors: p.hazardousForMinors ? "on" : undefined,
      hazardousForWomen: p.hazardousForWomen ? "on" : undefined,
    },
  };
}
