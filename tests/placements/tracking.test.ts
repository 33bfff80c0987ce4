import { beforeAll, describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { useTrackingWorld } from "./tracking-world";

// A placement's evidence while it runs: who may record what (role × organisation; 404 for anyone the
// act is not theirs), each form's bad input (Chinese message, 400, nothing written), and the records
// written by the right side.

const w = useTrackingWorld();
const path = (id: number) => `/placements/${id}/tracking`;

/** Monday of the week `days` from today (Hohhot), typed here from the calendar. */
function mondayFromToday(days: number) {
  const d = new Date(`${dayFromToday(days)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
const thisMonth = () => dayFromToday(0).slice(0, 7);
/** YYYY-MM of `n` months before this one. */
const monthsAgo = (n: number) => {
  const d = new Date(`${thisMonth()}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};
const lastMonth = () => monthsAgo(1);
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function tables(placementId: number) {
  const db = w.db.prisma;
  return {
    pay: await db.placementPayRecord.findMany({ where: { placementId }, orderBy: { id: "asc" } }),
    reports: await db.placementWeeklyReport.findMany({ where: { placementId }, orderBy: { id: "asc" } }),
    attendance: await db.placementAttendance.findMany({ where: { placementId }, orderBy: { id: "asc" } }),
    placement: await db.internshipPlacement.findUniqueOrThrow({ where: { id: placementId } }),
    notices: await db.notification.count(),
  };
}

describe("who sees a placement's tracking page", () => {
  it("its office, supervisor, host, student and the bureau: 200; another school, host, student or teacher: 404", async () => {
    const { placement, studentClient } = await w.placement();
    for (const client of [w.clients.office, w.clients.teacher, w.clients.host, w.clients.bureau, studentClient])
      expect((await client.get(path(placement.id))).status).toBe(200);
    for (const client of [w.clients.otherOffice, w.clients.otherHost, w.clients.otherTeacher, w.otherStudentClient])
      expect((await client.get(path(placement.id))).status).toBe(404);
    expect((await w.visitor().get(path(placement.id))).status).toBe(302);
  });
});

describe("each act belongs to one side; everyone else gets 404 and nothing is written", () => {
  type Who = keyof ReturnType<typeof clientsOf>;
  const clientsOf = (studentClient: Awaited<ReturnType<typeof w.placement>>["studentClient"]) => ({
    office: w.clients.office,
    teacher: w.clients.teacher,
    otherTeacher: w.clients.otherTeacher,
    host: w.clients.host,
    student: studentClient,
    otherOffice: w.clients.otherOffice,
    otherHost: w.clients.otherHost,
    otherStudent: w.otherStudentClient,
    bureau: w.clients.bureau,
  });
  const cases: Array<{
    act: string;
    allowed: Who[];
    form: (ids: { reportId: number; recordId: number; positionId: number }) => Record<string, string>;
  }> = [
    {
      act: "pay",
      allowed: ["host"],
      form: () => ({ intent: "pay", month: lastMonth(), amount: "3200", paidOn: dayFromToday(0) }),
    },
    { act: "confirmPay", allowed: ["student"], form: (ids) => ({ intent: "confirmPay", recordId: String(ids.recordId) }) },
    {
      act: "report",
      allowed: ["student"],
      form: () => ({ intent: "report", weekStart: mondayFromToday(-7), body: "本周学习了收银系统和盘点流程。" }),
    },
    {
      act: "review",
      allowed: ["teacher", "office"],
      form: (ids) => ({ intent: "review", reportId: String(ids.reportId), note: "写得具体，继续保持" }),
    },
    {
      act: "attendance",
      allowed: ["host"],
      form: () => ({ intent: "attendance", weekStart: mondayFromToday(-7), daysPresent: "5" }),
    },
    { act: "evaluate", allowed: ["host"], form: () => ({ intent: "evaluate", evaluation: "踏实肯干，服从安排" }) },
    {
      act: "outcome",
      allowed: ["host"],
      form: (ids) => ({ intent: "outcome", retained: "yes", retainedPositionId: String(ids.positionId) }),
    },
    { act: "grade", allowed: ["office"], form: () => ({ intent: "grade", grade: "良好" }) },
  ];
  for (const c of cases) {
    it(`${c.act}: only ${c.allowed.join(", ")}`, async () => {
      const { placement, studentClient } = await w.placement();
      const report = await w.make.weeklyReport({ placementId: placement.id, weekStart: mondayFromToday(-14) });
      const record = await w.make.payRecord({
        placementId: placement.id,
        month: `${monthsAgo(2)}-01`,
        paidOn: dayFromToday(-20),
      });
      const position = await w.make.position({ enterpriseId: w.host.id, title: "收银主管" });
      const form = c.form({ reportId: report.id, recordId: record.id, positionId: position.id });
      const clients = clientsOf(studentClient);
      for (const [who, client] of Object.entries(clients) as Array<[Who, (typeof clients)[Who]]>) {
        if (c.allowed.includes(who)) continue;
        const before = await tables(placement.id);
        const response = await client.post(path(placement.id), form);
        expect(response.status, `${who} ${c.act}`).toBe(404);
        expect(await tables(placement.id), `${who} ${c.act}`).toEqual(before);
      }
      const before = await tables(placement.id);
      const response = await clients[c.allowed[0]!].post(path(placement.id), form);
      expect(response.status, await response.clone().text()).toBe(302);
      expect(await tables(placement.id)).not.toEqual(before);
    });
  }
});

describe("the records each side writes", () => {
  let p: Awaited<ReturnType<typeof w.placement>>;
  beforeAll(async () => {
    p = await w.placement();
  });

  it("the host records a month's pay; the student is told and confirms it once", async () => {
    expect(
      (
        await w.clients.host.post(path(p.placement.id), {
          intent: "pay",
          month: lastMonth(),
          amount: "3199",
          paidOn: dayFromToday(-1),
        })
      ).status
    ).toBe(302);
    const record = await w.db.prisma.placementPayRecord.findFirstOrThrow({ where: { placementId: p.placement.id } });
    expect(record).toMatchObject({ amount: 3199, confirmedAt: null });
    expect(await w.db.prisma.notification.count({ where: { userId: p.student.user.id } })).toBe(1);
    const page = await (await p.studentClient.get(path(p.placement.id))).text();
    expect(page).toContain("低于80%"); // 3,199 of 4,000 is one yuan under the floor of 3,200
    expect((await p.studentClient.post(path(p.placement.id), { intent: "confirmPay", recordId: String(record.id) })).status).toBe(
      302
    );
    expect((await w.db.prisma.placementPayRecord.findUniqueOrThrow({ where: { id: record.id } })).confirmedAt).not.toBeNull();
    const again = await p.studentClient.post(path(p.placement.id), { intent: "confirmPay", recordId: String(record.id) });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("已经确认过");
    const twice = await w.clients.host.post(path(p.placement.id), {
      intent: "pay",
      month: lastMonth(),
      amount: "3200",
      paidOn: dayFromToday(-1),
    });
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain("已经登记过");
  });

  it("the student files one report a week; the supervisor reviews it with a note, once", async () => {
    const week = mondayFromToday(0);
    expect(
      (
        await p.studentClient.post(path(p.placement.id), {
          intent: "report",
          weekStart: week,
          body: "本周跟师傅学习了冷菜摆盘。\n下周学习热菜。",
        })
      ).status
    ).toBe(302);
    const report = await w.db.prisma.placementWeeklyReport.findFirstOrThrow({ where: { placementId: p.placement.id } });
    expect(
      await w.db.prisma.notification.count({ where: { userId: w.users.teacher.id, title: { contains: "周报" } } })
    ).toBeGreaterThan(0);
    const again = await p.studentClient.post(path(p.placement.id), {
      intent: "report",
      weekStart: week,
      body: "重复提交的同一周周报内容。",
    });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("已经提交过");
    expect(
      (await w.clients.teacher.post(path(p.placement.id), { intent: "review", reportId: String(report.id), note: "很好" })).status
    ).toBe(302);
    expect(await w.db.prisma.placementWeeklyReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      reviewerId: w.users.teacher.id,
      reviewNote: "很好",
    });
    const twice = await w.clients.office.post(path(p.placement.id), { intent: "review", reportId: String(report.id) });
    expect(twice.status).toBe(400);
  });

  it("a report of another placement is not found through this one", async () => {
    const other = await w.placement();
    const report = await w.make.weeklyReport({ placementId: other.placement.id, weekStart: mondayFromToday(-7) });
    expect((await w.clients.teacher.post(path(p.placement.id), { intent: "review", reportId: String(report.id) })).status).toBe(
      404
    );
    expect((await w.db.prisma.placementWeeklyReport.findUniqueOrThrow({ where: { id: report.id } })).reviewedAt).toBeNull();
  });

  it("留用 names one of the host's own positions; 不留用 clears it", async () => {
    const own = await w.make.position({ enterpriseId: w.host.id, title: "储备店长" });
    const foreign = await w.make.position({ enterpriseId: w.otherHost.id, title: "别家岗位" });
    const refused = await w.clients.host.post(path(p.placement.id), {
      intent: "outcome",
      retained: "yes",
      retainedPositionId: String(foreign.id),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("本企业的岗位");
    const noPosition = await w.clients.host.post(path(p.placement.id), { intent: "outcome", retained: "yes" });
    expect(noPosition.status).toBe(400);
    expect(
      (
        await w.clients.host.post(path(p.placement.id), {
          intent: "outcome",
          retained: "yes",
          retainedPositionId: String(own.id),
        })
      ).status
    ).toBe(302);
    expect(await w.db.prisma.internshipPlacement.findUniqueOrThrow({ where: { id: p.placement.id } })).toMatchObject({
      retained: true,
      retainedPositionId: own.id,
    });
    expect((await w.clients.host.post(path(p.placement.id), { intent: "outcome", retained: "no" })).status).toBe(302);
    expect(await w.db.prisma.internshipPlacement.findUniqueOrThrow({ where: { id: p.placement.id } })).toMatchObject({
      retained: false,
      retainedPositionId: null,
    });
  });

  it("reports and attendance only while active", async () => {
    const planned = await w.placement({ status: "PLANNED" });
    const response = await planned.studentClient.post(path(planned.placement.id), {
      intent: "report",
      weekStart: mondayFromToday(0),
      body: "还没开始实习也想写周报。",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("实习中");
  });
});

describe("bad input: a Chinese message, 400, nothing written", () => {
  const control = "本周\u0000学习了很多东西和内容";
  const bad: Array<[string, "host" | "student" | "teacher" | "office", Record<string, string>, string]> = [
    ["pay without amount", "host", { intent: "pay", month: "2026-01", paidOn: "2026-02-01" }, "请填写实发金额"],
    [
      "pay amount not a number",
      "host",
      { intent: "pay", month: "2026-01", amount: "三千", paidOn: "2026-02-01" },
      "实发金额须为整数",
    ],
    ["pay amount huge", "host", { intent: "pay", month: "2026-01", amount: "99999999999", paidOn: "2026-02-01" }, "不能超过"],
    ["pay amount negative", "host", { intent: "pay", month: "2026-01", amount: "-5", paidOn: "2026-02-01" }, "不能为负数"],
    ["pay month malformed", "host", { intent: "pay", month: "2026-13", amount: "3000", paidOn: "2026-02-01" }, "有效的月份"],
    [
      "pay month with markup",
      "host",
      { intent: "pay", month: "<b>2026-01</b>", amount: "3000", paidOn: "2026-02-01" },
      "有效的月份",
    ],
    [
      "pay month before the placement",
      "host",
      { intent: "pay", month: "2020-01", amount: "3000", paidOn: "2020-02-01" },
      "不在实习期内",
    ],
    [
      "pay paid in the future",
      "host",
      { intent: "pay", month: "MONTH", amount: "3000", paidOn: dayFromToday(3) },
      "不能晚于今天",
    ],
    ["report without body", "student", { intent: "report", weekStart: "MONDAY" }, "请填写周报内容"],
    ["report too short", "student", { intent: "report", weekStart: "MONDAY", body: "很好" }, "至少 10 个字"],
    ["report huge", "student", { intent: "report", weekStart: "MONDAY", body: "字".repeat(2001) }, "不能超过 2000 个字符"],
    ["report with control characters", "student", { intent: "report", weekStart: "MONDAY", body: control }, "控制字符"],
    [
      "report with markup",
      "student",
      { intent: "report", weekStart: "MONDAY", body: "<script>alert(1)</script>本周内容很多很多" },
      "HTML 标签",
    ],
    ["report week not a Monday", "student", { intent: "report", weekStart: "TUESDAY", body: "本周学习了很多东西。" }, "周一"],
    [
      "report week in the future",
      "student",
      { intent: "report", weekStart: "NEXT_MONDAY", body: "本周学习了很多东西。" },
      "还没有到这一周",
    ],
    [
      "report week not a date",
      "student",
      { intent: "report", weekStart: "下周一", body: "本周学习了很多东西。" },
      "有效的周一日期",
    ],
    ["attendance 8 days", "host", { intent: "attendance", weekStart: "MONDAY", daysPresent: "8" }, "0 至 7"],
    ["attendance negative", "host", { intent: "attendance", weekStart: "MONDAY", daysPresent: "-1" }, "0 至 7"],
    ["attendance not a number", "host", { intent: "attendance", weekStart: "MONDAY", daysPresent: "五" }, "0 至 7"],
    ["review note with markup", "teacher", { intent: "review", reportId: "REPORT", note: "<img src=x>" }, "HTML 标签"],
    ["review without a report", "teacher", { intent: "review" }, "请选择周报"],
    ["grade not one of the four", "office", { intent: "grade", grade: "满分" }, "有效的学校成绩"],
    ["evaluation missing", "host", { intent: "evaluate" }, "请填写企业评价"],
    ["unknown intent", "host", { intent: "delete" }, "未知的操作"],
  ];
  it.each(bad)("%s", async (_name, who, form, message) => {
    const { placement, studentClient } = await w.placement();
    const report = await w.make.weeklyReport({ placementId: placement.id, weekStart: mondayFromToday(-14) });
    const fill = (v: string) =>
      v === "MONDAY"
        ? mondayFromToday(0)
        : v === "NEXT_MONDAY"
        ? mondayFromToday(7)
        : v === "TUESDAY"
        ? plusDays(mondayFromToday(0), 1)
        : v === "REPORT"
        ? String(report.id)
        : v === "MONTH"
        ? thisMonth()
        : v;
    const body = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, fill(v)]));
    const client = who === "student" ? studentClient : w.clients[who];
    const before = await tables(placement.id);
    const response = await client.post(path(placement.id), body);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await tables(placement.id)).toEqual(before);
  });
});
