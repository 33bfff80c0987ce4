import { prisma } from "~/db/db.server";
import { assertVisible, can } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice } from "~/features/inbox/index.server";
import { notFound } from "~/lib/errors.server";
import { dayColumn, isoDayOf, moment, todayInHohhot } from "~/lib/dates";
import { placementAccessSelect, readPermission } from "./access.server";
import type { TrackingInput } from "./tracking-schema";
import {
  isMonday,
  mondayOf,
  monthOf,
  monthsDue,
  payBelowFloor,
  payDueOn,
  placementMonths,
  reviewOverdue,
} from "./tracking-rules";
import { isUniqueViolation } from "~/lib/db-errors";

// A placement's evidence while it runs (issue 11 item 5): the host records each month's pay and the
// student confirms receiving it; the student files one report a week and the school supervisor
// reviews it; the mentor confirms each week's attendance (days present, not GPS); at the end the host
// evaluates and says whether it keeps the student on (留用), and the school grades. Everyone who may
// read the placement sees all of it; each act belongs to one side, and a placement the user may not
// know exists is 404 whatever the act.

/** A refusal of an act on its merits (wrong state, a week outside the placement …): 400 with this message. */
export class TrackingRefusal extends Error {}
const refuse = (message: string): never => {
  throw new TrackingRefusal(message);
};

const trackingSelect = {
  ...placementAccessSelect,
  id: true,
  status: true,
  startsOn: true,
  endsOn: true,
  post: true,
  monthlyPay: true,
  regularWage: true,
  mentorName: true,
  mentorEvaluation: true,
  schoolGrade: true,
  retained: true,
  retainedPositionId: true,
  retainedPosition: { select: { title: true } },
  student: { select: { userId: true, name: true } },
  supervisor: { select: { userId: true, name: true } },
  enterprise: { select: { organisation: { select: { name: true } } } },
  enterprisePost: { select: { regularWage: true } },
} as const;

async function visiblePlacement(user: SessionUser, placementId: number) {
  const placement = await prisma().internshipPlacement.findUnique({ where: { id: placementId }, select: trackingSelect });
  if (!placement) return refuseMissing();
  assertVisible(user, readPermission(placement));
  return placement;
}
const refuseMissing = (): never => notFound("找不到该实习记录");

/** The wage the 80% floor is taken of: the placement's own record of it, else its post's. */
const wageOf = (p: { regularWage: number | null; enterprisePost: { regularWage: number | null } | null }) =>
  p.regularWage ?? p.enterprisePost?.regularWage ?? null;

/** What /placements/:placementId/tracking shows `user`, as of `today` (YYYY-MM-DD in Hohhot). */
export async function trackingOf(user: SessionUser, placementId: number, today = todayInHohhot()) {
  const p = await visiblePlacement(user, placementId);
  const db = prisma();
  const [pay, reports, attendance] = await Promise.all([
    db.placementPayRecord.findMany({ where: { placementId }, orderBy: { month: "asc" } }),
    db.placementWeeklyReport.findMany({ where: { placementId }, orderBy: { weekStart: "desc" } }),
    db.placementAttendance.findMany({ where: { placementId }, orderBy: { weekStart: "desc" } }),
  ]);
  const startsOn = isoDayOf(p.startsOn);
  const endsOn = isoDayOf(p.endsOn);
  const wage = wageOf(p);
  const recorded = new Set(pay.map((r) => isoDayOf(r.month)));
  const acts = {
    host: can(user, { action: "placement.hostAct", enterpriseId: p.enterpriseId }),
    student: can(user, { action: "placement.studentAct", studentUserId: p.student.userId }),
    review: can(user, { action: "placement.review", schoolId: p.schoolId, supervisorUserId: p.supervisor?.userId ?? null }),
    manage: can(user, { action: "placement.manage", schoolId: p.schoolId }),
  };
  const hostPositions = acts.host
    ? await db.position.findMany({
        where: { enterpriseId: p.enterpriseId },
        orderBy: { id: "desc" },
        take: 100,
        select: { id: true, title: true },
      })
    : [];
  return {
    placement: {
      id: p.id,
      status: p.status,
      startsOn,
      endsOn,
      student: p.student.name,
      host: p.enterprise.organisation.name,
      post: p.post,
      supervisor: p.supervisor?.name ?? null,
      mentor: p.mentorName,
      monthlyPay: p.monthlyPay,
      regularWage: wage,
      mentorEvaluation: p.mentorEvaluation,
      schoolGrade: p.schoolGrade,
      retained: p.retained,
      retainedPosition: p.retainedPosition?.title ?? null,
    },
    acts,
    today,
    thisWeek: mondayOf(today),
    pay: pay.map((r) => ({
      id: r.id,
      month: isoDayOf(r.month).slice(0, 7),
      amount: r.amount,
      paidOn: isoDayOf(r.paidOn),
      confirmedAt: r.confirmedAt ? moment(r.confirmedAt) : null,
      belowFloor: payBelowFloor(r.amount, wage),
    })),
    missingPay:
      p.status === "ACTIVE"
        ? monthsDue(startsOn, endsOn, today)
            .filter((m) => !recorded.has(m))
            .map((m) => ({ month: m.slice(0, 7), dueOn: payDueOn(m) }))
        : [],
    reports: reports.map((r) => {
      const filedOn = todayInHohhot(r.submittedAt);
      return {
        id: r.id,
        weekStart: isoDayOf(r.weekStart),
        body: r.body,
        filedAt: moment(r.submittedAt),
        reviewedAt: r.reviewedAt ? moment(r.reviewedAt) : null,
        reviewNote: r.reviewNote,
        overdue: !r.reviewedAt && reviewOverdue(filedOn, today),
      };
    }),
    attendance: attendance.map((a) => ({ id: a.id, weekStart: isoDayOf(a.weekStart), daysPresent: a.daysPresent })),
    hostPositions,
  };
}

type Placement = Awaited<ReturnType<typeof visiblePlacement>>;

function mustBe(p: Placement, states: ReadonlyArray<Placement["status"]>, what: string) {
  if (!states.includes(p.status)) refuse(`${what}只能在${states.map((s) => STATE_WORD[s]).join("或")}的实习中进行`);
}
const STATE_WORD: Record<Placement["status"], string> = {
  PLANNED: "待开始",
  ACTIVE: "实习中",
  COMPLETED: "已结束",
  TERMINATED: "已终止",
};

/** A week (its Monday) the placement works in, and not in the future. */
function checkWeek(p: Placement, weekStart: string, today: string) {
  if (!isMonday(weekStart)) refuse("请选择一周的周一日期");
  if (weekStart < mondayOf(isoDayOf(p.startsOn)) || weekStart > isoDayOf(p.endsOn)) refuse("这一周不在实习期内");
  if (weekStart > mondayOf(today)) refuse("还没有到这一周");
}

/**
 * Does `input` as `user` on placement `placementId`. Not the user's placement to know: 404; known but
 * not their side's act: 404 as well (a student of another placement, another host, another school's
 * supervisor never learn one exists; the placement's own people see the page, and a form that is not
 * theirs is not on it). A refusal on the merits throws TrackingRefusal.
 */
export async function actOnPlacement(user: SessionUser, placementId: number, input: TrackingInput, today = todayInHohhot()) {
  const p = await visiblePlacement(user, placementId);
  const db = prisma();
  const studentUserIds = p.student.userId ? [p.student.userId] : [];
  const link = `/placements/${p.id}/tracking`;
  switch (input.intent) {
    case "pay": {
      assertVisible(user, { action: "placement.hostAct", enterpriseId: p.enterpriseId });
      mustBe(p, ["ACTIVE", "COMPLETED"], "登记实习报酬");
      const month = `${input.month}-01`;
      if (!placementMonths(isoDayOf(p.startsOn), isoDayOf(p.endsOn)).includes(month)) refuse("这个月份不在实习期内");
      if (month > monthOf(today)) refuse("还没有到这个月份");
      if (input.paidOn < month) refuse("发放日期不能早于所属月份");
      if (input.paidOn > today) refuse("发放日期不能晚于今天");
      try {
        await db.$transaction(async (tx) => {
          await tx.placementPayRecord.create({
            data: { placementId, month: dayColumn(month), amount: input.amount, paidOn: dayColumn(input.paidOn) },
          });
          await sendNotice(tx, studentUserIds, {
            title: `请确认 ${input.month} 实习报酬`,
            body: `企业登记已发放 ${input.amount} 元，收到后请确认。`,
            link,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) refuse("这个月份已经登记过实习报酬");
        throw error;
      }
      return;
    }
    case "confirmPay": {
      assertVisible(user, { action: "placement.studentAct", studentUserId: p.student.userId });
      const done = await db.placementPayRecord.updateMany({
        where: { id: input.recordId, placementId, confirmedAt: null },
        data: { confirmedAt: new Date() },
      });
      if (done.count === 0) {
        const exists = await db.placementPayRecord.count({ where: { id: input.recordId, placementId } });
        if (!exists) refuseMissing();
        refuse("这条报酬记录已经确认过");
      }
      return;
    }
    case "report": {
      assertVisible(user, { action: "placement.studentAct", studentUserId: p.student.userId });
      mustBe(p, ["ACTIVE"], "提交周报");
      checkWeek(p, input.weekStart, today);
      try {
        await db.$transaction(async (tx) => {
          await tx.placementWeeklyReport.create({
            data: { placementId, weekStart: dayColumn(input.weekStart), body: input.body },
          });
          if (p.supervisor?.userId)
            await sendNotice(tx, [p.supervisor.userId], {
              title: `${p.student.name} 提交了实习周报`,
              body: `第 ${input.weekStart} 周，请批阅。`,
              link,
            });
        });
      } catch (error) {
        if (isUniqueViolation(error)) refuse("这一周已经提交过周报");
        throw error;
      }
      return;
    }
    case "review": {
      assertVisible(user, { action: "placement.review", schoolId: p.schoolId, supervisorUserId: p.supervisor?.userId ?? null });
      await db.$transaction(async (tx) => {
        const done = await tx.placementWeeklyReport.updateMany({
          where: { id: input.reportId, placementId, reviewedAt: null },
          data: { reviewedAt: new Date(), reviewerId: user.id, reviewNote: input.note || null },
        });
        if (done.count === 0) {
          if (!(await tx.placementWeeklyReport.count({ where: { id: input.reportId, placementId } }))) refuseMissing();
          refuse("这份周报已经批阅过");
        }
        await sendNotice(tx, studentUserIds, { title: "实习周报已批阅", body: input.note || "指导教师已批阅你的周报。", link });
      });
      return;
    }
    case "attendance": {
      assertVisible(user, { action: "placement.hostAct", enterpriseId: p.enterpriseId });
      mustBe(p, ["ACTIVE"], "确认出勤");
      checkWeek(p, input.weekStart, today);
      try {
        await db.placementAttendance.create({
          data: { placementId, weekStart: dayColumn(input.weekStart), daysPresent: input.daysPresent, confirmedById: user.id },
        });
      } catch (error) {
        if (isUniqueViolation(error)) refuse("这一周的出勤已经确认过");
        throw error;
      }
      return;
    }
    case "evaluate": {
      assertVisible(user, { action: "placement.hostAct", enterpriseId: p.enterpriseId });
      mustBe(p, ["ACTIVE", "COMPLETED"], "企业评价");
      await db.internshipPlacement.update({ where: { id: placementId }, data: { mentorEvaluation: input.evaluation } });
      return;
    }
    case "outcome": {
      assertVisible(user, { action: "placement.hostAct", enterpriseId: p.enterpriseId });
      mustBe(p, ["ACTIVE", "COMPLETED"], "登记留用结果");
      const retained = input.retained === "yes";
      if (retained && !input.retainedPositionId) refuse("留用时请选择提供的岗位");
      if (retained) {
        const own = await db.position.count({ where: { id: input.retainedPositionId, enterpriseId: p.enterpriseId } });
        if (!own) refuse("留用岗位须是本企业的岗位");
      }
      await db.internshipPlacement.update({
        where: { id: placementId },
        data: { retained, retainedPositionId: retained ? input.retainedPositionId! : null },
      });
      return;
    }
    case "grade": {
      assertVisible(user, { action: "placement.manage", schoolId: p.schoolId });
      mustBe(p, ["ACTIVE", "COMPLETED"], "评定学校成绩");
      await db.internshipPlacement.update({ where: { id: placementId }, data: { schoolGrade: input.grade } });
      return;
    }
  }
}
