import { prisma } from "~/db/db.server";
import { assertCan } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice, type Notice } from "~/features/inbox/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { dayColumn, isoDayOf, todayInHohhot } from "~/lib/dates";
import { type CheckedUpload, saveDocument } from "~/lib/documents.server";
import { hostingProblem } from "~/lib/hosting.server";
import { factsSelect, overlappingInterns, placementFacts, visiblePlacement } from "./placement-record.server";
import { checkPlacement, QUOTA_RULES, refusal, STUDENT_OVERLAP_RULE, withinHostQuota, withinPostQuota, type RuleOutcome } from "./placement-rules";
import type { PlacementFields } from "./placement-schema";
import { isMove, PLACEMENT_STATUS_LABEL, REQUEST_KIND_LABEL, refusedMoveMessage, type PlacementStatus } from "./placement-status";

// Every move of a placement is one transaction: the new state, its PlacementEvent (who, when, why)
// and the notices to the student and the host commit together or not at all. 启用 takes the host's
// Enterprise row lock first (SELECT … FOR UPDATE) and counts every school's ACTIVE placements under
// it, so two schools activating the last allowed intern at once are decided one after the other
// and the 10% / 20% limits of 第十一条 hold exactly.

type Tx = Prisma.TransactionClient;
export type FieldErrors = Record<string, string[]>;
export type Outcome = { ok: true; id: number } | { ok: false; fieldErrors: FieldErrors; formErrors?: string[] };

const refuse = (fieldErrors: FieldErrors, formErrors: string[] = []): Outcome => ({ ok: false, fieldErrors, formErrors });
const fail = (field: string, message: string) => refuse({ [field]: [message] });

export type Uploads = { tripartiteFile: CheckedUpload | null; consentFile: CheckedUpload | null; insuranceFile: CheckedUpload | null };

/** Creates (placementId undefined) or edits a PLANNED placement of the user's school; the facts are checked for belonging, not for the rules. */
export async function savePlacement(user: SessionUser, fields: PlacementFields, uploads: Uploads, placementId?: number): Promise<Outcome> {
  assertCan(user, { action: "placement.manage", schoolId: user.organisationId }, "只有学校招就办可以安排岗位实习");
  const schoolId = user.organisationId;
  return prisma().$transaction(async (tx) => {
    if (placementId !== undefined) {
      const current = await visiblePlacement(tx, user, placementId);
      assertCan(user, { action: "placement.manage", schoolId: current.schoolId });
      await tx.$queryRaw`SELECT 1 FROM "InternshipPlacement" WHERE "id" = ${placementId} FOR UPDATE`;
      const { status } = await tx.internshipPlacement.findUniqueOrThrow({ where: { id: placementId }, select: { status: true } });
      if (status !== "PLANNED") return refuse({}, [`该实习当前为「${PLACEMENT_STATUS_LABEL[status]}」，不能再修改`]);
    }
    const student = await tx.student.findFirst({ where: { id: fields.studentId, schoolId }, select: { id: true, status: true } });
    if (!student) return fail("studentId", "所选学生不是本校学生");
    if (student.status !== "ENROLLED") return fail("studentId", "该学生不在校，不能安排岗位实习");
    const hosting = await hostingProblem(tx, { schoolId, enterpriseId: fields.enterpriseId });
    if (hosting) return fail("enterpriseId", hosting);
    if (fields.supervisorTeacherId !== undefined) {
      const teacher = await tx.teacher.findFirst({ where: { id: fields.supervisorTeacherId, schoolId }, select: { id: true } });
      if (!teacher) return fail("supervisorTeacherId", "学校指导教师须为本校教师");
    }
    const posts = await tx.enterprisePost.findMany({ where: { enterpriseId: fields.enterpriseId }, select: { id: true, name: true, regularWage: true } });
    const chosen = fields.enterprisePostId === undefined ? undefined : posts.find((p) => p.id === fields.enterprisePostId);
    if (fields.enterprisePostId !== undefined && !chosen) return fail("enterprisePostId", "所选岗位不属于该实习单位");
    if (!chosen && posts.length > 0) return fail("enterprisePostId", "该实习单位登记了岗位，请从中选择实习岗位");
    // The same post's wage is the host's figure (第十八条's 80% is of it): a lower one typed here would let a low pay pass.
    if (chosen?.regularWage != null && fields.regularWage !== undefined && fields.regularWage < chosen.regularWage) {
      return fail("regularWage", `相同岗位工资以实习单位登记的为准，不得低于 ${chosen.regularWage} 元/月`);
    }
    let positionId: number | null = null;
    if (fields.applicationId !== undefined) {
      const application = await tx.application.findUnique({
        where: { id: fields.applicationId },
        select: { studentId: true, status: true, positionId: true, position: { select: { kind: true, enterpriseId: true } }, placement: { select: { id: true } } },
      });
      if (!application || application.studentId !== student.id) return fail("applicationId", "所选申请不是该学生的申请");
      if (application.status !== "ACCEPTED" || application.position.kind !== "INTERNSHIP") return fail("applicationId", "只能从已录用的实习岗位申请安排岗位实习");
      if (application.position.enterpriseId !== fields.enterpriseId) return fail("enterpriseId", "实习单位须为该申请的岗位所属企业");
      if (application.placement && application.placement.id !== placementId) return fail("applicationId", "该申请已安排过岗位实习");
      positionId = application.positionId;
    }
    const doc = async (upload: CheckedUpload | null) => (upload ? saveDocument(tx, user, upload) : undefined);
    const [tripartiteDocumentId, consentDocumentId, insuranceDocumentId] = [
      await doc(uploads.tripartiteFile),
      await doc(uploads.consentFile),
      await doc(uploads.insuranceFile),
    ];
    const day = (v: string | undefined) => (v === undefined ? null : dayColumn(v));
    const data = {
      studentId: student.id,
      enterpriseId: fields.enterpriseId,
      applicationId: fields.applicationId ?? null,
      positionId,
      supervisorTeacherId: fields.supervisorTeacherId ?? null,
      mentorName: fields.mentorName || null,
      mentorPhone: fields.mentorPhone || null,
      startsOn: dayColumn(fields.startsOn),
      endsOn: dayColumn(fields.endsOn),
      extensionReason: fields.extensionReason || null,
      enterprisePostId: chosen?.id ?? null,
      post: chosen?.name ?? fields.post ?? null,
      postCategory: fields.postCategory ?? null,
      dailyHours: fields.dailyHours ?? null,
      weeklyHours: fields.weeklyHours ?? null,
      nightShifts: fields.nightShifts ?? false,
      overtime: fields.overtime ?? false,
      holidayWork: fields.holidayWork ?? false,
      monthlyPay: fields.monthlyPay ?? null,
      regularWage: fields.regularWage ?? chosen?.regularWage ?? null,
      payInMoney: fields.payInMoney ?? false,
      payMonthly: fields.payMonthly ?? false,
      feesCharged: fields.feesCharged ?? false,
      viaIntermediary: fields.viaIntermediary ?? false,
      hazardousForMinors: fields.hazardousForMinors ?? false,
      hazardousForWomen: fields.hazardousForWomen ?? false,
      insurancePolicyNo: fields.insurancePolicyNo || null,
      insuranceFrom: day(fields.insuranceFrom),
      insuranceTo: day(fields.insuranceTo),
      insurancePayer: fields.insurancePayer ?? null,
      tripartiteSignedOn: day(fields.tripartiteSignedOn),
      guardianConsentOn: day(fields.guardianConsentOn),
      // A document kept unless a new one is uploaded.
      ...(tripartiteDocumentId ? { tripartiteDocumentId } : {}),
      ...(consentDocumentId ? { consentDocumentId } : {}),
      ...(insuranceDocumentId ? { insuranceDocumentId } : {}),
    };
    if (placementId !== undefined) {
      await tx.internshipPlacement.update({ where: { id: placementId }, data });
      return { ok: true as const, id: placementId };
    }
    const created = await tx.internshipPlacement.create({ data: { ...data, schoolId, status: "PLANNED" }, select: { id: true } });
    await tx.placementEvent.create({ data: { placementId: created.id, fromStatus: null, toStatus: "PLANNED", reason: null, actorId: user.id } });
    await notifyParties(tx, created.id, (p) => ({
      title: "新的岗位实习安排",
      body: `${p.school}安排 ${p.student} 到 ${p.enterprise} 岗位实习（${p.startsOn} 至 ${p.endsOn}），待启用。`,
    }));
    return { ok: true as const, id: created.id };
  });
}

/**
 * Every rule with whether it holds, the count rules of 第十一条 and the host's standing included,
 * as of now (no lock: the page's check list; activatePlacement asks again under the lock).
 */
export async function ruleCheck(tx: Tx, placementId: number): Promise<RuleOutcome[]> {
  const row = await tx.internshipPlacement.findUniqueOrThrow({ where: { id: placementId }, select: { ...factsSelect, id: true, schoolId: true, studentId: true } });
  const outcomes = checkPlacement(placementFacts(row));
  const hosting = await hostingProblem(tx, { schoolId: row.schoolId, enterpriseId: row.enterpriseId });
  const host = await tx.enterprise.findUniqueOrThrow({
    where: { organisationId: row.enterpriseId },
    select: { staffCount: true, _count: { select: { posts: true } } },
  });
  const span = { enterpriseId: row.enterpriseId, startsOn: row.startsOn, endsOn: row.endsOn, exceptId: row.id };
  // One student, one 岗位实习 at a time: a second overlapping one would be counted twice against the quotas.
  const studentBusy = await tx.internshipPlacement.count({
    where: { studentId: row.studentId, status: "ACTIVE", id: { not: row.id }, startsOn: { lte: row.endsOn }, endsOn: { gte: row.startsOn } },
  });
  const hostInterns = (await overlappingInterns(tx, span)) + 1;
  let postHolds = host._count.posts === 0; // a host without registered posts: the post's 20% cannot be counted
  if (row.enterprisePostId !== null) {
    const post = await tx.enterprisePost.findUniqueOrThrow({ where: { id: row.enterprisePostId }, select: { staffCount: true } });
    postHolds = withinPostQuota((await overlappingInterns(tx, { ...span, postId: row.enterprisePostId })) + 1, post.staffCount);
  }
  return [
    { id: "hosting", article: "第七条", field: "enterpriseId", message: hosting ?? "实习单位须经市教育局核验且未被本校列入不合作名单", holds: hosting === null },
    ...outcomes,
    { ...STUDENT_OVERLAP_RULE, holds: studentBusy === 0 },
    { ...QUOTA_RULES.hostQuota, holds: withinHostQuota(hostInterns, host.staffCount) },
    { ...QUOTA_RULES.postQuota, holds: postHolds },
  ];
}

/** 启用: PLANNED → ACTIVE when every rule holds, decided under the host's row lock. Refusals name the rule and the field. */
export async function activatePlacement(user: SessionUser, placementId: number): Promise<Outcome> {
  return prisma().$transaction(async (tx) => {
    const access = await visiblePlacement(tx, user, placementId);
    assertCan(user, { action: "placement.manage", schoolId: access.schoolId }, "只有本校招就办可以启用岗位实习");
    // The host's lock first: every activation at this enterprise, from any school, waits here.
    await tx.$queryRaw`SELECT 1 FROM "Enterprise" WHERE "organisationId" = ${access.enterpriseId} FOR UPDATE`;
    await tx.$queryRaw`SELECT 1 FROM "InternshipPlacement" WHERE "id" = ${placementId} FOR UPDATE`;
    // Then the student's row: two placements of one student at two hosts, activated at once, are decided one after the other.
    await tx.$queryRaw`SELECT 1 FROM "Student" WHERE "id" = (SELECT "studentId" FROM "InternshipPlacement" WHERE "id" = ${placementId}) FOR UPDATE`;
    const { status } = await tx.internshipPlacement.findUniqueOrThrow({ where: { id: placementId }, select: { status: true } });
    if (!isMove(status, "ACTIVE")) return refuse({}, [refusedMoveMessage(status, "ACTIVE")]);
    const failed = (await ruleCheck(tx, placementId)).filter((r) => !r.holds);
    if (failed.length > 0) {
      const fieldErrors: FieldErrors = {};
      for (const r of failed) (fieldErrors[r.field] ??= []).push(refusal(r));
      return refuse(fieldErrors, failed.map(refusal));
    }
    await move(tx, user, placementId, status, "ACTIVE", null, { activatedAt: new Date() });
    await notifyParties(tx, placementId, (p) => ({
      title: "岗位实习已启用",
      body: `${p.student} 在 ${p.enterprise} 的岗位实习（${p.startsOn} 至 ${p.endsOn}）已通过全部规定检查并启用。`,
    }));
    return { ok: true as const, id: placementId };
  });
}

/** 结束 (ACTIVE → COMPLETED; before the end date only with a reason) or 终止/取消 (→ TERMINATED, with a reason). */
export async function endPlacement(
  user: SessionUser,
  placementId: number,
  to: "COMPLETED" | "TERMINATED",
  reason: string | undefined,
  today = todayInHohhot(),
): Promise<Outcome> {
  return prisma().$transaction(async (tx) => {
    const access = await visiblePlacement(tx, user, placementId);
    assertCan(user, { action: "placement.manage", schoolId: access.schoolId }, "只有本校招就办可以结束或终止岗位实习");
    return endLocked(tx, user, placementId, to, reason, today);
  });
}

async function endLocked(tx: Tx, user: SessionUser, placementId: number, to: "COMPLETED" | "TERMINATED", reason: string | undefined, today: string): Promise<Outcome> {
  await tx.$queryRaw`SELECT 1 FROM "InternshipPlacement" WHERE "id" = ${placementId} FOR UPDATE`;
  const current = await tx.internshipPlacement.findUniqueOrThrow({ where: { id: placementId }, select: { status: true, endsOn: true } });
  if (!isMove(current.status, to)) return refuse({}, [refusedMoveMessage(current.status, to)]);
  const why = reason?.trim() || null;
  if (to === "TERMINATED" && !why) return fail("reason", "终止实习须填写理由");
  if (to === "COMPLETED" && today < isoDayOf(current.endsOn) && !why) return fail("reason", "实习结束日期未到，提前结束须填写理由");
  await move(tx, user, placementId, current.status, to, why, { endedAt: new Date(), endReason: why });
  const verb = to === "COMPLETED" ? "已结束" : current.status === "PLANNED" ? "已取消" : "已终止";
  await notifyParties(tx, placementId, (p) => ({
    title: `岗位实习${verb}`,
    body: `${p.student} 在 ${p.enterprise} 的岗位实习${verb}${why ? `：${why}` : "。"}`,
  }));
  return { ok: true, id: placementId };
}

/** A student asks to end or transfer their PLANNED or ACTIVE placement, with a reason; one open request at a time. */
export async function requestChange(user: SessionUser, placementId: number, kind: "END" | "TRANSFER", reason: string): Promise<Outcome> {
  return prisma().$transaction(async (tx) => {
    const access = await visiblePlacement(tx, user, placementId);
    assertCan(user, { action: "placement.studentAct", studentUserId: access.student.userId }, "只有实习学生本人可以提出申请");
    await tx.$queryRaw`SELECT 1 FROM "InternshipPlacement" WHERE "id" = ${placementId} FOR UPDATE`;
    if (access.status !== "PLANNED" && access.status !== "ACTIVE") return refuse({}, ["该实习已结束，不能再提出申请"]);
    const open = await tx.placementRequest.count({ where: { placementId, decision: "PENDING" } });
    if (open > 0) return refuse({}, ["你已有一份待学校处理的申请"]);
    await tx.placementRequest.create({ data: { placementId, kind, reason } });
    const staff = await tx.user.findMany({ where: { organisationId: access.schoolId, role: "SCHOOL_STAFF", disabledAt: null }, select: { id: true } });
    await sendNotice(tx, staff.map((u) => u.id), {
      title: `学生${REQUEST_KIND_LABEL[kind]}`,
      body: `理由：${reason}`,
      link: `/placements/${placementId}`,
    });
    return { ok: true as const, id: placementId };
  });
}

/** The school decides a request: APPROVED ends the placement as TERMINATED (a transfer then gets a new placement); DECLINED needs a note. */
export async function decideRequest(
  user: SessionUser,
  placementId: number,
  requestId: number,
  decision: "APPROVED" | "DECLINED",
  note: string | undefined,
): Promise<Outcome> {
  return prisma().$transaction(async (tx) => {
    const access = await visiblePlacement(tx, user, placementId);
    assertCan(user, { action: "placement.manage", schoolId: access.schoolId }, "只有本校招就办可以处理学生的申请");
    await tx.$queryRaw`SELECT 1 FROM "InternshipPlacement" WHERE "id" = ${placementId} FOR UPDATE`;
    const request = await tx.placementRequest.findFirst({ where: { id: requestId, placementId }, select: { kind: true, reason: true, decision: true } });
    if (!request) return fail("requestId", "找不到该申请");
    if (request.decision !== "PENDING") return refuse({}, ["该申请已处理"]);
    const why = note?.trim() || null;
    if (decision === "DECLINED" && !why) return fail("note", "不同意学生的申请须填写说明");
    if (decision === "APPROVED") {
      const ended = await endLocked(tx, user, placementId, "TERMINATED", `${REQUEST_KIND_LABEL[request.kind]}（学校同意）：${request.reason}`, todayInHohhot());
      if (!ended.ok) return ended;
    }
    await tx.placementRequest.update({ where: { id: requestId }, data: { decision, decisionNote: why, decidedById: user.id, decidedAt: new Date() } });
    if (access.student.userId !== null) {
      await sendNotice(tx, [access.student.userId], {
        title: decision === "APPROVED" ? `学校已同意你的${REQUEST_KIND_LABEL[request.kind]}` : `学校未同意你的${REQUEST_KIND_LABEL[request.kind]}`,
        body: why ?? (request.kind === "TRANSFER" ? "学校将为你另行安排岗位实习。" : "原实习已终止。"),
        link: `/placements/${placementId}`,
      });
    }
    return { ok: true as const, id: placementId };
  });
}

async function move(
  tx: Tx,
  user: SessionUser,
  placementId: number,
  from: PlacementStatus,
  to: PlacementStatus,
  reason: string | null,
  extra: Prisma.InternshipPlacementUpdateInput,
) {
  await tx.internshipPlacement.update({ where: { id: placementId }, data: { status: to, ...extra } });
  await tx.placementEvent.create({ data: { placementId, fromStatus: from, toStatus: to, reason, actorId: user.id } });
}

type Parties = { student: string; school: string; enterprise: string; startsOn: string; endsOn: string };

/** Tells the student and the host's staff, inside the move's transaction. */
async function notifyParties(tx: Tx, placementId: number, notice: (p: Parties) => Omit<Notice, "link">) {
  const p = await tx.internshipPlacement.findUniqueOrThrow({
    where: { id: placementId },
    select: {
      enterpriseId: true,
      startsOn: true,
      endsOn: true,
      student: { select: { name: true, userId: true } },
      school: { select: { organisation: { select: { name: true } } } },
      enterprise: { select: { organisation: { select: { name: true } } } },
    },
  });
  const staff = await tx.user.findMany({ where: { organisationId: p.enterpriseId, role: "ENTERPRISE_STAFF", disabledAt: null }, select: { id: true } });
  const recipients = [...(p.student.userId === null ? [] : [p.student.userId]), ...staff.map((u) => u.id)];
  const text = notice({
    student: p.student.name,
    school: p.school.organisation.name,
    enterprise: p.enterprise.organisation.name,
    startsOn: isoDayOf(p.startsOn),
    endsOn: isoDayOf(p.endsOn),
  });
  await sendNotice(tx, recipients, { ...text, link: `/placements/${placementId}` });
}
