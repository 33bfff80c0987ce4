import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice } from "~/features/inbox/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { dayColumn, isoDayOf, todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { hostingProblem } from "~/lib/hosting.server";
import { placesTaken, staffOf } from "./practice.server";
import type { PracticeAction } from "./schemas";
import { confirmDayProblem, logDayProblem, moveProblem, type PracticeStatusName } from "./transitions";

// The moves on one practice (transitions.ts), each in a transaction that first takes the practice's row
// lock (SELECT … FOR UPDATE), so two moves on it are decided one after the other against what the first
// wrote. Accepting at a training base also locks the base's row: the places it holds over the period are
// counted there, so two hosts' staff accepting the last place at once give one acceptance.

type Tx = Prisma.TransactionClient;
const TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;
export type MoveOutcome = { done: true; message: string } | { done: false; message: string };
const refuse = (message: string): MoveOutcome => ({ done: false, message });

type Row = {
  id: number;
  status: PracticeStatusName;
  startsOn: Date;
  endsOn: Date;
  schoolId: number;
  hostEnterpriseId: number;
  trainingBaseId: number | null;
  teacher: { name: string; userId: number | null };
};

async function locked(tx: Tx, practiceId: number): Promise<Row | null> {
  await tx.$queryRaw`SELECT 1 FROM "TeacherPlacement" WHERE "id" = ${practiceId} FOR UPDATE`;
  return tx.teacherPlacement.findUnique({
    where: { id: practiceId },
    select: {
      id: true,
      status: true,
      startsOn: true,
      endsOn: true,
      schoolId: true,
      hostEnterpriseId: true,
      trainingBaseId: true,
      teacher: { select: { name: true, userId: true } },
    },
  }) as Promise<Row | null>;
}

const factsOf = (p: Row) => ({ status: p.status, startsOn: isoDayOf(p.startsOn), endsOn: isoDayOf(p.endsOn) });

/** Makes `action` on practice `practiceId` as `user` on `today` (Asia/Shanghai); 404 outside its school, host and the bureau, 403 to the wrong party. */
export async function actOnPractice(user: SessionUser, practiceId: number, action: PracticeAction, today = todayInHohhot()): Promise<MoveOutcome> {
  return prisma().$transaction(async (tx) => {
    const p = await locked(tx, practiceId);
    if (!p) notFound("找不到该实践记录");
    assertVisible(user, { action: "teacherPractice.read", schoolId: p.schoolId, hostEnterpriseId: p.hostEnterpriseId }, "找不到该实践记录");
    const facts = factsOf(p);
    const link = `/teacher-practice/${p.id}`;
    switch (action.intent) {
      case "accept": {
        assertCan(user, { action: "teacherPractice.host", hostEnterpriseId: p.hostEnterpriseId }, "只有接收企业可以接收实践");
        const problem = moveProblem(facts, "accept", today);
        if (problem) return refuse(problem);
        // Asked again, as order-classes do: a host suspended by the bureau or blocked by the school since the proposal takes no teacher.
        const hosting = await hostingProblem(tx, { schoolId: p.schoolId, enterpriseId: p.hostEnterpriseId });
        if (hosting) return refuse(hosting.replace("接收学生", "接收教师实践"));
        if (p.trainingBaseId !== null) {
          await tx.$queryRaw`SELECT 1 FROM "TrainingBase" WHERE "id" = ${p.trainingBaseId} FOR UPDATE`;
          const base = await tx.trainingBase.findUniqueOrThrow({ where: { id: p.trainingBaseId }, select: { capacity: true, active: true } });
          if (!base.active) return refuse("该培训基地已停用，不能接收");
          const taken = await placesTaken(tx, p.trainingBaseId, p.startsOn, p.endsOn, p.id);
          if (taken >= base.capacity) return refuse(`该培训基地在这段时间的 ${base.capacity} 个名额已满`);
        }
        await tx.teacherPlacement.update({ where: { id: p.id }, data: { status: "ACCEPTED", decidedById: user.id, decidedAt: new Date() } });
        await sendNotice(tx, await staffOf(tx, p.schoolId, "SCHOOL_STAFF"), {
          title: "教师企业实践已被接收",
          body: `${user.organisation.name}已接收${p.teacher.name}${facts.startsOn}至${facts.endsOn}的企业实践。`,
          link,
        });
        return { done: true, message: "已接收" };
      }
      case "decline": {
        assertCan(user, { action: "teacherPractice.host", hostEnterpriseId: p.hostEnterpriseId }, "只有接收企业可以答复实践申请");
        const problem = moveProblem(facts, "decline", today);
        if (problem) return refuse(problem);
        await tx.teacherPlacement.update({
          where: { id: p.id },
          data: { status: "DECLINED", declineReason: action.reason, decidedById: user.id, decidedAt: new Date() },
        });
        await sendNotice(tx, await staffOf(tx, p.schoolId, "SCHOOL_STAFF"), {
          title: "教师企业实践未被接收",
          body: `${user.organisation.name}未接收${p.teacher.name}的企业实践：${action.reason}`,
          link,
        });
        return { done: true, message: "已答复未接收" };
      }
      case "cancel": {
        assertCan(user, { action: "teacherPractice.propose", schoolId: p.schoolId }, "只有学校管理人员可以取消实践");
        const problem = moveProblem(facts, "cancel", today);
        if (problem) return refuse(problem);
        await tx.teacherPlacement.update({ where: { id: p.id }, data: { status: "CANCELLED" } });
        await sendNotice(tx, await staffOf(tx, p.hostEnterpriseId, "ENTERPRISE_STAFF"), {
          title: "教师企业实践已取消",
          body: `${p.teacher.name}${facts.startsOn}至${facts.endsOn}的企业实践已由学校取消。`,
          link,
        });
        return { done: true, message: "已取消" };
      }
      case "complete": {
        assertCan(user, { action: "teacherPractice.host", hostEnterpriseId: p.hostEnterpriseId }, "只有接收企业可以填写考核意见");
        const problem = moveProblem(facts, "complete", today);
        if (problem) return refuse(problem);
        await tx.teacherPlacement.update({
          where: { id: p.id },
          data: { status: "COMPLETED", hostAssessment: action.assessment, hostGrade: action.grade, completedAt: new Date() },
        });
        const recipients = await staffOf(tx, p.schoolId, "SCHOOL_STAFF");
        await sendNotice(tx, p.teacher.userId ? [...recipients, p.teacher.userId] : recipients, {
          title: "教师企业实践已完成考核",
          body: `${user.organisation.name}对${p.teacher.name}的企业实践考核为「${action.grade}」。`,
          link,
        });
        return { done: true, message: "已完成考核" };
      }
      case "log": {
        assertCan(user, { action: "teacherPractice.logDay", schoolId: p.schoolId, teacherUserId: p.teacher.userId }, "只有教师本人或学校管理人员可以登记实践日");
        const problem = logDayProblem(facts, action.day, today);
        if (problem) return refuse(problem);
        const created = await tx.teacherPracticeDay.createMany({
          data: [{ placementId: p.id, day: dayColumn(action.day), note: action.note || null, loggedById: user.id }],
          skipDuplicates: true,
        });
        if (created.count === 0) return refuse(`${action.day} 已经登记过`);
        return { done: true, message: `已登记 ${action.day}` };
      }
      case "confirmDay":
      case "confirmAll": {
        assertCan(user, { action: "teacherPractice.host", hostEnterpriseId: p.hostEnterpriseId }, "只有接收企业可以确认实践日");
        const problem = confirmDayProblem(facts);
        if (problem) return refuse(problem);
        const confirmed = await tx.teacherPracticeDay.updateMany({
          where: { placementId: p.id, confirmedAt: null, id: action.intent === "confirmDay" ? action.dayId : undefined },
          data: { confirmedAt: new Date(), confirmedById: user.id },
        });
        if (confirmed.count === 0) return refuse("没有待确认的实践日");
        return { done: true, message: `已确认 ${confirmed.count} 天` };
      }
    }
  }, TRANSACTION);
}
