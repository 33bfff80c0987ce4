import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import { sendNotice } from "~/features/inbox/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { agreementInForce } from "~/lib/agreements";
import { todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { hostingProblem } from "~/lib/hosting.server";
import { openToStudent, viewerStudent } from "./access.server";
import { mayMoveMember, MEMBER_STATUS_LABEL, refusedMemberMessage, SEATS_FULL_MESSAGE, type MemberStatus } from "./member-status";
import type { ClassAction } from "./order-class-schema";

// Every change to a class's membership is one transaction that first takes the class's row lock
// (SELECT … FOR UPDATE on "OrderClass"): changes to one class are decided one after the other, so the
// count of 已入班 read under the lock is the count at commit, and seats are never exceeded, also with
// many approvals at once on several connections or app instances (tests/order-classes/concurrency.test.ts,
// tests/scaling/two-instances.test.ts). A status is re-read under the lock before it moves.

type Tx = Prisma.TransactionClient;

// Changes to one class wait for each other on its row lock, each holding a pooled connection meanwhile:
// at a burst (a class opening, 50 approvals at once) the last in line waits for all before it. Prisma's
// defaults (2 s to get a connection, 5 s to finish) would answer it with a 500; these give the queue time.
const TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;
export type ActOutcome = { done: true; message: string } | { done: false; message: string };

const refuse = (message: string): ActOutcome => ({ done: false, message });

type ClassRow = {
  id: number;
  name: string;
  kind: "ORDER_CLASS" | "MODERN_APPRENTICESHIP";
  capacity: number;
  schoolId: number;
  enterpriseId: number;
  schoolProgramId: number | null;
  cohortYear: number;
  mentors: string[];
  agreementId: number | null;
};

async function lockedClass(tx: Tx, orderClassId: number): Promise<ClassRow | null> {
  await tx.$queryRaw`SELECT 1 FROM "OrderClass" WHERE "id" = ${orderClassId} FOR UPDATE`;
  return tx.orderClass.findUnique({
    where: { id: orderClassId },
    select: {
      id: true,
      name: true,
      kind: true,
      capacity: true,
      schoolId: true,
      enterpriseId: true,
      schoolProgramId: true,
      cohortYear: true,
      mentors: true,
      agreementId: true,
    },
  });
}

/** Whether a seat is free: the class's 已入班 counted under its row lock (the caller holds it). */
async function seatFree(tx: Tx, c: ClassRow): Promise<boolean> {
  const enrolled = await tx.orderClassMember.count({ where: { orderClassId: c.id, status: "ENROLLED" } });
  return enrolled < c.capacity;
}

/**
 * Why the class takes no new members now, or null: its agreement not in force (an expired or ended one
 * opens no seat; `ended` is the message for that), or its enterprise may no longer host the school's
 * students (hostingProblem: suspended by the bureau, blocked by the school) though the agreement runs on.
 */
async function closedToMembers(tx: Tx, c: ClassRow, ended: string): Promise<string | null> {
  if (c.agreementId === null) return ended;
  const found = await tx.partnershipAgreement.count({ where: { AND: [{ id: c.agreementId }, agreementInForce(todayInHohhot())] } });
  if (found === 0) return ended;
  return hostingProblem(tx, { schoolId: c.schoolId, enterpriseId: c.enterpriseId });
}

async function schoolStaffIds(tx: Tx, schoolId: number): Promise<number[]> {
  const staff = await tx.user.findMany({ where: { organisationId: schoolId, role: "SCHOOL_STAFF", disabledAt: null }, select: { id: true } });
  return staff.map((u) => u.id);
}

/**
 * Does one of the detail page's acts on class `orderClassId` for `user`. A class the user may not know
 * is 404; an act of another side is 403; a move the rules refuse comes back as { done: false, message }.
 */
export async function actOnClass(user: SessionUser, orderClassId: number, action: ClassAction): Promise<ActOutcome> {
  const student = await viewerStudent(user);
  return prisma().$transaction(async (tx) => {
    const c = await lockedClass(tx, orderClassId);
    if (!c) notFound("找不到该班级");
    const mine = student
      ? await tx.orderClassMember.findUnique({
          where: { orderClassId_studentId: { orderClassId, studentId: student.id } },
          select: { id: true, status: true },
        })
      : null;
    const open = openToStudent(c, student, mine !== null);
    assertVisible(user, { action: "orderClass.read", schoolId: c.schoolId, enterpriseId: c.enterpriseId, openToStudent: open }, "找不到该班级");
    const link = `/order-classes/${c.id}`;

    switch (action.intent) {
      case "ask": {
        assertCan(user, { action: "orderClass.join", schoolId: c.schoolId, openToStudent: open }, "只有本班对应专业和年级的学生可以报名");
        // A member may ask again after 未通过 / 已退出, but only while the class is still for them.
        if (!student || student.status !== "ENROLLED") return refuse("只有在读学生可以报名");
        if (c.schoolProgramId !== student.schoolProgramId || c.cohortYear !== student.cohortYear) {
          return refuse("该班只招收对应专业和年级的学生");
        }
        const from = (mine?.status ?? null) as MemberStatus | null;
        if (!mayMoveMember("student", from, "REQUESTED")) return refuse(refusedMemberMessage(from, "REQUESTED"));
        const closedAsk = await closedToMembers(tx, c, "合作协议已不在有效期内，暂不能报名");
        if (closedAsk) return refuse(closedAsk);
        if (mine) {
          await tx.orderClassMember.update({
            where: { id: mine.id },
            data: { status: "REQUESTED", declineReason: null, decidedAt: null, joinedAt: new Date() },
          });
        } else {
          await tx.orderClassMember.create({ data: { orderClassId: c.id, studentId: student.id, status: "REQUESTED" } });
        }
        await sendNotice(tx, await schoolStaffIds(tx, c.schoolId), {
          title: `${student.name} 申请加入「${c.name}」`,
          body: "请在班级页面审核。",
          link,
        });
        return { done: true, message: "已提交报名，等待学校审核" };
      }
      case "withdraw": {
        assertCan(user, { action: "orderClass.join", schoolId: c.schoolId, openToStudent: open }, "只有学生本人可以退出");
        const from = (mine?.status ?? null) as MemberStatus | null;
        if (!mine || !mayMoveMember("student", from, "WITHDRAWN")) return refuse(refusedMemberMessage(from, "WITHDRAWN"));
        await tx.orderClassMember.update({ where: { id: mine.id }, data: { status: "WITHDRAWN", decidedAt: new Date() } });
        await sendNotice(tx, await schoolStaffIds(tx, c.schoolId), {
          title: `${student!.name} 退出了「${c.name}」`,
          body: from === "ENROLLED" ? "空出一个名额。" : "报名已撤回。",
          link,
        });
        return { done: true, message: "已退出" };
      }
      case "enrol": {
        assertCan(user, { action: "orderClass.decide", schoolId: c.schoolId }, "只有学校管理人员可以安排入班");
        const target = await tx.student.findFirst({
          where: { id: action.studentId, schoolId: c.schoolId },
          select: { id: true, userId: true, schoolProgramId: true, cohortYear: true, status: true },
        });
        if (!target) return refuse("找不到该学生");
        if (target.status !== "ENROLLED" || target.schoolProgramId !== c.schoolProgramId || target.cohortYear !== c.cohortYear) {
          return refuse("该班只招收对应专业和年级的在读学生");
        }
        const existing = await tx.orderClassMember.findUnique({
          where: { orderClassId_studentId: { orderClassId: c.id, studentId: target.id } },
          select: { status: true },
        });
        // Only a student with no membership is enrolled directly; a request is approved, not enrolled over.
        if (existing) {
          return refuse(existing.status === "REQUESTED" ? "该学生已报名，请在待审核名单中通过" : `该学生在本班的状态为「${MEMBER_STATUS_LABEL[existing.status]}」，不能直接入班`);
        }
        if (!mayMoveMember("school", null, "ENROLLED")) return refuse(refusedMemberMessage(null, "ENROLLED"));
        const closedEnrol = await closedToMembers(tx, c, "合作协议已不在有效期内，不能入班");
        if (closedEnrol) return refuse(closedEnrol);
        if (!(await seatFree(tx, c))) return refuse(SEATS_FULL_MESSAGE);
        await tx.orderClassMember.create({ data: { orderClassId: c.id, studentId: target.id, status: "ENROLLED", decidedAt: new Date() } });
        if (target.userId) await sendNotice(tx, [target.userId], { title: `你已加入「${c.name}」`, body: "学校已为你安排入班。", link });
        return { done: true, message: "已入班" };
      }
      case "approve":
      case "decline": {
        assertCan(user, { action: "orderClass.decide", schoolId: c.schoolId }, "只有学校管理人员可以审核报名");
        const member = await tx.orderClassMember.findFirst({
          where: { id: action.memberId, orderClassId: c.id },
          select: { id: true, status: true, student: { select: { userId: true } } },
        });
        if (!member) return refuse("找不到该报名");
        const to: MemberStatus = action.intent === "approve" ? "ENROLLED" : "DECLINED";
        if (!mayMoveMember("school", member.status, to)) return refuse(refusedMemberMessage(member.status, to));
        if (to === "ENROLLED") {
          const closedApprove = await closedToMembers(tx, c, "合作协议已不在有效期内，不能入班");
          if (closedApprove) return refuse(closedApprove);
          if (!(await seatFree(tx, c))) return refuse(SEATS_FULL_MESSAGE);
        }
        const reason = action.intent === "decline" ? action.reason : null;
        await tx.orderClassMember.update({ where: { id: member.id }, data: { status: to, declineReason: reason, decidedAt: new Date() } });
        if (member.student.userId) {
          await sendNotice(
            tx,
            [member.student.userId],
            to === "ENROLLED"
              ? { title: `你已加入「${c.name}」`, body: "学校通过了你的报名。", link }
              : { title: `「${c.name}」的报名未通过`, body: `原因：${reason}`, link },
          );
        }
        return { done: true, message: to === "ENROLLED" ? "已通过，学生入班" : "已标记为未通过" };
      }
      case "apprentice": {
        assertCan(user, { action: "orderClass.decide", schoolId: c.schoolId }, "只有学校管理人员可以登记学徒信息");
        if (c.kind !== "MODERN_APPRENTICESHIP") return refuse("只有现代学徒制班登记师傅和学徒协议");
        const member = await tx.orderClassMember.findFirst({ where: { id: action.memberId, orderClassId: c.id }, select: { id: true, status: true } });
        if (!member || member.status !== "ENROLLED") return refuse("只能为已入班的学徒登记");
        // 企业师傅 is one of the class's mentors, named by the enterprise.
        if (action.mentorName && !c.mentors.includes(action.mentorName)) return refuse("请从本班企业师傅中选择");
        await tx.orderClassMember.update({
          where: { id: member.id },
          data: { mentorName: action.mentorName ?? null, apprenticeContract: action.apprenticeContract === "on" },
        });
        return { done: true, message: "已保存学徒信息" };
      }
      case "terms": {
        assertCan(user, { action: "orderClass.enterpriseTerms", enterpriseId: c.enterpriseId }, "只有合作企业可以修改企业师傅和录用承诺");
        await tx.orderClass.update({
          where: { id: c.id },
          data: { mentors: action.mentors, hiringCommitment: action.hiringCommitment ?? null },
        });
        return { done: true, message: "已保存" };
      }
    }
  }, TRANSACTION);
}
