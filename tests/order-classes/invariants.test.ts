import { beforeAll, describe, expect, it } from "vitest";
import { classPath, orderClassTables, useOrderClassWorld } from "./world";

// An order-class membership's moves, typed out from their meaning and not read from the code's table
// (app/features/order-classes/member-status.ts):
//   - the student asks to join (待审核), asks again after 未通过 or 已退出, and withdraws (已退出) while
//     waiting or enrolled; the student never approves or declines;
//   - the school office approves (已入班) or declines (未通过, with a reason) a request, and may enrol a
//     student who has no membership yet straight to 已入班; it never withdraws a student nor re-opens
//     未通过 / 已退出;
//   - nothing leaves 未通过 or 已退出 but the student's own new request.

const STATUSES = ["REQUESTED", "ENROLLED", "DECLINED", "WITHDRAWN"] as const;
type Status = (typeof STATUSES)[number];

const STUDENT_MAY: Record<Status, readonly Status[]> = {
  REQUESTED: ["WITHDRAWN"],
  ENROLLED: ["WITHDRAWN"],
  DECLINED: ["REQUESTED"],
  WITHDRAWN: ["REQUESTED"],
};
const SCHOOL_MAY: Record<Status, readonly Status[]> = {
  REQUESTED: ["ENROLLED", "DECLINED"],
  ENROLLED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

describe("the literal tables say what they mean", () => {
  it("only the student's new request leaves 未通过 / 已退出; the school never withdraws nor re-asks", () => {
    for (const from of ["DECLINED", "WITHDRAWN"] as const) {
      expect(SCHOOL_MAY[from]).toEqual([]);
      expect(STUDENT_MAY[from]).toEqual(["REQUESTED"]);
    }
    for (const from of STATUSES) {
      expect(SCHOOL_MAY[from]).not.toContain("WITHDRAWN");
      expect(SCHOOL_MAY[from]).not.toContain("REQUESTED");
      expect(STUDENT_MAY[from]).not.toContain("ENROLLED");
      expect(STUDENT_MAY[from]).not.toContain("DECLINED");
    }
  });
});

const o = useOrderClassWorld();
const { w } = o;
beforeAll(() => o.setup());

async function memberIn(status: Status) {
  const c = await o.orderClass();
  const who = await w.student();
  const member = await w.db.prisma.orderClassMember.create({ data: { orderClassId: c.id, studentId: who.student.id, status } });
  return { c, who, member };
}
const statusOf = async (id: number) => (await w.db.prisma.orderClassMember.findUniqueOrThrow({ where: { id } })).status;

const STUDENT_INTENT: Partial<Record<Status, string>> = { REQUESTED: "ask", WITHDRAWN: "withdraw" };
const SCHOOL_INTENT: Partial<Record<Status, string>> = { ENROLLED: "approve", DECLINED: "decline" };

const moves = (may: Record<Status, readonly Status[]>, targets: readonly Status[]) =>
  STATUSES.flatMap((from) => targets.map((to) => [from, to, may[from].includes(to)] as const));

describe("the student, over HTTP", () => {
  it.each(moves(STUDENT_MAY, ["REQUESTED", "WITHDRAWN"]))("%s → %s (allowed: %s)", async (from, to, allowed) => {
    const { c, who, member } = await memberIn(from);
    const before = await orderClassTables(w.db);
    const response = await who.client.post(classPath(c.id), { intent: STUDENT_INTENT[to]!, confirm: "yes" });
    if (allowed) {
      expect(response.status).toBe(302);
      expect(await statusOf(member.id)).toBe(to);
    } else {
      expect(response.status).toBe(400);
      expect(await orderClassTables(w.db)).toEqual(before);
    }
  });

  it("with no membership: asking makes one 待审核; withdrawing is refused", async () => {
    const c = await o.orderClass();
    const who = await w.student();
    expect((await who.client.post(classPath(c.id), { intent: "withdraw", confirm: "yes" })).status).toBe(400);
    expect((await who.client.post(classPath(c.id), { intent: "ask" })).status).toBe(302);
    const member = await w.db.prisma.orderClassMember.findFirstOrThrow({ where: { orderClassId: c.id, studentId: who.student.id } });
    expect(member.status).toBe("REQUESTED");
  });

  it.each(["approve", "decline", "enrol", "apprentice", "terms"])("may not %s (403), nothing written", async (intent) => {
    const { c, who, member } = await memberIn("REQUESTED");
    const before = await orderClassTables(w.db);
    const response = await who.client.post(classPath(c.id), {
      intent,
      memberId: String(member.id),
      studentId: String(who.student.id),
      reason: "不合适",
      confirm: "yes",
    });
    expect(response.status).toBe(403);
    expect(await orderClassTables(w.db)).toEqual(before);
  });
});

describe("the school office, over HTTP", () => {
  it.each(moves(SCHOOL_MAY, ["ENROLLED", "DECLINED"]))("%s → %s (allowed: %s)", async (from, to, allowed) => {
    const { c, member } = await memberIn(from);
    const before = await orderClassTables(w.db);
    const response = await o.extra.office.post(classPath(c.id), {
      intent: SCHOOL_INTENT[to]!,
      memberId: String(member.id),
      reason: "名额优先给面点方向的同学",
      confirm: "yes",
    });
    if (allowed) {
      expect(response.status).toBe(302);
      expect(await statusOf(member.id)).toBe(to);
      if (to === "DECLINED") {
        expect((await w.db.prisma.orderClassMember.findUniqueOrThrow({ where: { id: member.id } })).declineReason).toBe("名额优先给面点方向的同学");
      }
    } else {
      expect(response.status).toBe(400);
      expect(await orderClassTables(w.db)).toEqual(before);
    }
  });

  it.each(STATUSES)("enrolling a student whose membership is %s is refused (only a student with none is enrolled directly)", async (from) => {
    const { c, who } = await memberIn(from);
    const before = await orderClassTables(w.db);
    const response = await o.extra.office.post(classPath(c.id), { intent: "enrol", studentId: String(who.student.id) });
    expect(response.status).toBe(400);
    expect(await orderClassTables(w.db)).toEqual(before);
  });

  it("enrols a student with no membership straight to 已入班, and the student hears of it", async () => {
    const c = await o.orderClass();
    const who = await w.student();
    const response = await o.extra.office.post(classPath(c.id), { intent: "enrol", studentId: String(who.student.id) });
    expect(response.status).toBe(302);
    const member = await w.db.prisma.orderClassMember.findFirstOrThrow({ where: { orderClassId: c.id, studentId: who.student.id } });
    expect(member.status).toBe("ENROLLED");
    expect(await w.db.prisma.notification.count({ where: { userId: who.user.id, title: { contains: c.name } } })).toBe(1);
  });

  it.each(["ask", "withdraw"])("may not %s for a student (403)", async (intent) => {
    const { c } = await memberIn("REQUESTED");
    expect((await o.extra.office.post(classPath(c.id), { intent, confirm: "yes" })).status).toBe(403);
  });

  it("a teacher of the school, the enterprise and the bureau may not approve (403); nothing written", async () => {
    const { c, member } = await memberIn("REQUESTED");
    const bureau = await w.make.bureau();
    const bureauClient = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: bureau.id })).id);
    const before = await orderClassTables(w.db);
    for (const client of [o.extra.teacher, w.staff, bureauClient]) {
      expect((await client.post(classPath(c.id), { intent: "approve", memberId: String(member.id) })).status).toBe(403);
    }
    expect(await orderClassTables(w.db)).toEqual(before);
  });
});
