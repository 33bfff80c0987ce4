import { prisma } from "~/db/db.server";
import { isoDayOf } from "~/lib/dates";

// What waits for each role, first on its home page (issue 9, item 2). Every count links to the
// list that shows exactly those rows, through that list's own query parameters.

/** A to-do line: how many, what, and the filtered list they are in. */
export type Todo = {
  key: string;
  count: number;
  label: string;
  to: string;
  detail?: string;
};

/** The window for "this week" / "lately": the last 7 days up to `now`. */
export const RECENT_DAYS = 7;
const since = (now: Date) => new Date(now.getTime() - RECENT_DAYS * 24 * 3_600_000);

/**
 * The student's offers waiting for an answer (each with its 答复期限 if the enterprise set one,
 * soonest first), their interviews, and their unread notices.
 */
export async function studentTodo(userId: number, studentId: number) {
  const db = prisma();
  const [offers, interviews, unread] = await Promise.all([
    db.application.findMany({
      where: { studentId, status: "OFFER" },
      orderBy: [{ offerReplyBy: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: {
        id: true,
        offerReplyBy: true,
        position: {
          select: {
            title: true,
            enterprise: {
              select: { organisation: { select: { name: true } } },
            },
          },
        },
      },
    }),
    db.application.count({ where: { studentId, status: "INTERVIEW" } }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  return {
    offers: offers.map((o) => ({
      id: o.id,
      title: o.position.title,
      enterprise: o.position.enterprise.organisation.name,
      replyBy: isoDayOf(o.offerReplyBy),
    })),
    todos: [
      {
        key: "offers",
        count: offers.length,
        label: "份录用通知待你答复",
        to: "/applications?status=OFFER",
      },
      {
        key: "interviews",
        count: interviews,
        label: "个面试邀请",
        to: "/applications?status=INTERVIEW",
      },
      { key: "unread", count: unread, label: "条未读消息", to: "/inbox" },
    ] satisfies Todo[],
  };
}

/**
 * Per position of the enterprise: applicants not yet viewed (已投递), and answers to its offers
 * (accepted / declined) in the last 7 days. Positions with nothing waiting are left out.
 */
export async function enterpriseTodo(enterpriseId: number, now = new Date()) {
  const db = prisma();
  const [fresh, answers] = await Promise.all([
    db.application.groupBy({
      by: ["positionId"],
      where: { status: "SUBMITTED", position: { enterpriseId } },
      _count: { _all: true },
    }),
    db.applicationEvent.findMany({
      where: {
        toStatus: { in: ["ACCEPTED", "DECLINED"] },
        createdAt: { gte: since(now) },
        application: {
          position: { enterpriseId },
          status: { in: ["ACCEPTED", "DECLINED"] },
        },
      },
      select: { toStatus: true, application: { select: { positionId: true } } },
    }),
  ]);
  const ids = [...new Set([...fresh.map((g) => g.positionId), ...answers.map((a) => a.application.positionId)])];
  const titles = new Map(
    (
      await db.position.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true },
      })
    ).map((p) => [p.id, p.title])
  );
  const todos: Todo[] = [];
  for (const g of [...fresh].sort((a, b) => a.positionId - b.positionId)) {
    todos.push({
      key: `new-${g.positionId}`,
      count: g._count._all,
      label: `位新申请人未查看 · ${titles.get(g.positionId) ?? ""}`,
      to: `/enterprise/positions/${g.positionId}/applicants?status=SUBMITTED`,
    });
  }
  for (const status of ["ACCEPTED", "DECLINED"] as const) {
    const byPosition = new Map<number, number>();
    for (const a of answers) {
      if (a.toStatus === status) byPosition.set(a.application.positionId, (byPosition.get(a.application.positionId) ?? 0) + 1);
    }
    for (const [positionId, count] of [...byPosition].sort((a, b) => a[0] - b[0])) {
      todos.push({
        key: `${status}-${positionId}`,
        count,
        label: `${status === "ACCEPTED" ? "人近 7 天接受录用" : "人近 7 天婉拒录用"} · ${titles.get(positionId) ?? ""}`,
        to: `/enterprise/positions/${positionId}/applicants?status=${status}`,
      });
    }
  }
  return todos;
}

/** The school's students holding an offer (拟录用) or an interview invitation now. */
export async function schoolTodo(schoolId: number) {
  const db = prisma();
  const [offers, interviews] = await Promise.all(
    (["OFFER", "INTERVIEW"] as const).map((status) =>
      db.application.findMany({
        where: { status, student: { schoolId } },
        distinct: ["studentId"],
        select: { studentId: true },
      })
    )
  );
  return [
    {
      key: "offers",
      count: offers!.length,
      label: "名学生持有录用通知",
      to: "/school/applications?status=OFFER",
    },
    {
      key: "interviews",
      count: interviews!.length,
      label: "名学生受邀面试",
      to: "/school/applications?status=INTERVIEW",
    },
  ] satisfies Todo[];
}

/** What changed city-wide in the last 7 days: positions published, applications made, offers accepted. */
export async function bureauTodo(now = new Date()) {
  const db = prisma();
  const from = since(now);
  const [published, applications, accepted] = await Promise.all([
    db.position.count({ where: { publishedAt: { gte: from } } }),
    db.application.count({ where: { createdAt: { gte: from } } }),
    db.applicationEvent.count({
      where: { toStatus: "ACCEPTED", createdAt: { gte: from } },
    }),
  ]);
  return [
    {
      key: "published",
      count: published,
      label: "个岗位近 7 天发布",
      to: "/positions?sort=newest",
    },
    {
      key: "applications",
      count: applications,
      label: "份申请近 7 天提交",
      to: "/bureau/positions",
    },
    {
      key: "accepted",
      count: accepted,
      label: "人近 7 天接受录用",
      to: "/bureau/positions",
    },
  ] satisfies Todo[];
}
