import { describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { practicePath, usePracticeWorld } from "./world";

// The practice's rules through the pages, each on both sides of its edge. Today is Hohhot's today.

const w = usePracticeWorld();
const TODAY = dayFromToday(0);
const status = async (id: number) => (await w.db.prisma.teacherPlacement.findUniqueOrThrow({ where: { id } })).status;
const idFrom = (r: Response) => Number(r.headers.get("location")!.split("/").pop());

/** Proposes a fresh teacher of the school unless `teacherId` is given: a teacher has one open practice at a time (break13). */
async function propose(fields: Record<string, string>) {
  return w.clients.office!.post("/teacher-practice/new", {
    teacherId: String((await w.make.teacher({ schoolId: w.school.id, specialist: true })).id),
    form: "TRAINING",
    startsOn: TODAY,
    endsOn: dayFromToday(30),
    ...fields,
  });
}
/** An accepted practice of the world's teacher at the world's host, made directly (its period may lie in the past). */
const accepted = (startsOn: string, endsOn: string) =>
  w.make.teacherPlacement({ teacherId: w.teacher.id, trainingBaseId: null, hostEnterpriseId: w.host.id, status: "ACCEPTED", startsOn, endsOn });

describe("proposing", () => {
  it("the office proposes its teacher at a base; the base's staff are told", async () => {
    const r = await propose({ trainingBaseId: String(w.base.id) });
    expect(r.status).toBe(302);
    const p = await w.db.prisma.teacherPlacement.findUniqueOrThrow({ where: { id: idFrom(r) } });
    expect(p).toMatchObject({ status: "PROPOSED", hostEnterpriseId: w.base.enterpriseId, trainingBaseId: w.base.id, form: "TRAINING" });
    const staff = await w.db.prisma.user.findMany({ where: { organisationId: w.base.enterpriseId } });
    expect(await w.db.prisma.notification.count({ where: { userId: { in: staff.map((s) => s.id) }, link: practicePath(p.id) } })).toBe(1);
  });
  it("starts today but not yesterday", async () => {
    expect((await propose({ hostEnterpriseId: String(w.host.id), startsOn: TODAY })).status).toBe(302);
    const r = await propose({ hostEnterpriseId: String(w.host.id), startsOn: dayFromToday(-1) });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("开始日期不能早于今天");
  });
  it("ends on its start day but not the day before", async () => {
    expect((await propose({ hostEnterpriseId: String(w.host.id), startsOn: dayFromToday(5), endsOn: dayFromToday(5) })).status).toBe(302);
    const r = await propose({ hostEnterpriseId: String(w.host.id), startsOn: dayFromToday(5), endsOn: dayFromToday(4) });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("结束日期不能早于开始日期");
  });
  it("refuses another school's teacher, as if missing", async () => {
    const stranger = await w.make.teacher({ schoolId: w.otherSchool.id });
    const r = await propose({ hostEnterpriseId: String(w.host.id), teacherId: String(stranger.id) });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("请选择本校的教师");
  });
  it("refuses an unverified, a suspended and a blocked host; takes a verified one", async () => {
    for (const [standing, message] of [["UNVERIFIED", "尚未通过市教育局核验"], ["SUSPENDED", "已被市教育局暂停"]] as const) {
      const e = await w.make.enterprise({ standing });
      const r = await propose({ hostEnterpriseId: String(e.id) });
      expect(r.status).toBe(400);
      expect(await r.text()).toContain(message);
    }
    const blocked = await w.make.enterprise();
    const actor = await w.db.prisma.user.findFirstOrThrow({ where: { organisationId: w.school.id, role: "SCHOOL_STAFF" } });
    await w.db.prisma.schoolEnterpriseBlock.create({ data: { schoolId: w.school.id, enterpriseId: blocked.id, actorId: actor.id } });
    expect((await propose({ hostEnterpriseId: String(blocked.id) })).status).toBe(400);
    expect((await propose({ hostEnterpriseId: String((await w.make.enterprise()).id) })).status).toBe(302);
  });
  it("refuses an inactive base", async () => {
    const base = await w.make.trainingBase({ active: false });
    const r = await propose({ trainingBaseId: String(base.id) });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("该培训基地已停用");
  });
});

describe("a base's places", () => {
  it("accepts up to its places over overlapping periods, and again once a period does not overlap", async () => {
    const base = await w.make.trainingBase({ capacity: 2 });
    const staff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: base.enterpriseId })).id);
    const at = (startsOn: string, endsOn: string, s: "PROPOSED" | "ACCEPTED" | "COMPLETED" = "PROPOSED") =>
      w.make.teacherPlacement({ trainingBaseId: base.id, startsOn, endsOn, status: s });
    await at("2031-03-01", "2031-03-31", "ACCEPTED");
    await at("2031-03-31", "2031-04-30", "COMPLETED"); // holds a place too
    const overlapOneDay = await at("2031-03-31", "2031-05-31");
    const r = await staff.post(practicePath(overlapOneDay.id), { intent: "accept" });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("个名额已满");
    expect(await status(overlapOneDay.id)).toBe("PROPOSED");
    const dayAfter = await at("2031-04-01", "2031-05-31"); // overlaps only the completed one
    expect((await staff.post(practicePath(dayAfter.id), { intent: "accept" })).status).toBe(302);
    expect(await status(dayAfter.id)).toBe("ACCEPTED");
  });
  it("a declined or cancelled practice holds no place", async () => {
    const base = await w.make.trainingBase({ capacity: 1 });
    const staff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: base.enterpriseId })).id);
    await w.make.teacherPlacement({ trainingBaseId: base.id, startsOn: "2031-03-01", endsOn: "2031-03-31", status: "DECLINED" });
    await w.make.teacherPlacement({ trainingBaseId: base.id, startsOn: "2031-03-01", endsOn: "2031-03-31", status: "CANCELLED" });
    const p = await w.make.teacherPlacement({ trainingBaseId: base.id, startsOn: "2031-03-01", endsOn: "2031-03-31" });
    expect((await staff.post(practicePath(p.id), { intent: "accept" })).status).toBe(302);
  });
});

describe("logging days", () => {
  it("only within the period, not after today, once per day, and only once accepted", async () => {
    const p = await accepted(dayFromToday(-3), dayFromToday(3));
    const log = (d: string) => w.clients.teacher!.post(practicePath(p.id), { intent: "log", day: d });
    expect((await log(dayFromToday(-4))).status).toBe(400);
    expect((await log(dayFromToday(-3))).status).toBe(302);
    expect((await log(TODAY)).status).toBe(302);
    const tomorrow = await log(dayFromToday(1));
    expect(tomorrow.status).toBe(400);
    expect(await tomorrow.text()).toContain("不能登记今天以后的实践日");
    const again = await log(TODAY);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("已经登记过");
    expect(await w.db.prisma.teacherPracticeDay.count({ where: { placementId: p.id } })).toBe(2);
    const ended = await accepted(dayFromToday(-10), dayFromToday(-5));
    expect((await w.clients.office!.post(practicePath(ended.id), { intent: "log", day: dayFromToday(-5) })).status).toBe(302);
    expect((await w.clients.office!.post(practicePath(ended.id), { intent: "log", day: dayFromToday(-4) })).status).toBe(400);
    const proposed = await w.make.teacherPlacement({ teacherId: w.teacher.id, trainingBaseId: null, hostEnterpriseId: w.host.id, startsOn: dayFromToday(-3), endsOn: TODAY });
    const r = await w.clients.teacher!.post(practicePath(proposed.id), { intent: "log", day: TODAY });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("只有已接收的实践可以登记实践日");
  });
  it("a colleague may not log the teacher's days; the host may not either", async () => {
    const p = await accepted(dayFromToday(-3), dayFromToday(3));
    expect((await w.clients.colleague!.post(practicePath(p.id), { intent: "log", day: TODAY })).status).toBe(403);
    expect((await w.clients.hostStaff!.post(practicePath(p.id), { intent: "log", day: TODAY })).status).toBe(403);
  });
  it("the host confirms, the school and the teacher may not", async () => {
    const p = await accepted(dayFromToday(-3), dayFromToday(3));
    const d = await w.make.practiceDay({ placementId: p.id, day: TODAY });
    for (const c of ["teacher", "office"]) {
      expect((await w.clients[c]!.post(practicePath(p.id), { intent: "confirmDay", dayId: String(d.id) })).status).toBe(403);
    }
    expect((await w.clients.hostStaff!.post(practicePath(p.id), { intent: "confirmDay", dayId: String(d.id) })).status).toBe(302);
    expect((await w.db.prisma.teacherPracticeDay.findUniqueOrThrow({ where: { id: d.id } })).confirmedAt).not.toBeNull();
  });
});

describe("cancelling and completing at the period's edges", () => {
  it("the school cancels the day before the start, not on it", async () => {
    const before = await w.make.teacherPlacement({ teacherId: w.teacher.id, trainingBaseId: null, hostEnterpriseId: w.host.id, status: "ACCEPTED", startsOn: dayFromToday(1), endsOn: dayFromToday(9) });
    const onStart = await w.make.teacherPlacement({ teacherId: w.teacher.id, trainingBaseId: null, hostEnterpriseId: w.host.id, status: "ACCEPTED", startsOn: TODAY, endsOn: dayFromToday(9) });
    expect((await w.clients.office!.post(practicePath(before.id), { intent: "cancel", confirm: "yes" })).status).toBe(302);
    expect(await status(before.id)).toBe("CANCELLED");
    const r = await w.clients.office!.post(practicePath(onStart.id), { intent: "cancel", confirm: "yes" });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("实践已经开始");
  });
  it("the host completes on the end day, not the day before", async () => {
    const ends = await accepted(dayFromToday(-5), TODAY);
    const notYet = await accepted(dayFromToday(-5), dayFromToday(1));
    const post = (id: number) => w.clients.hostStaff!.post(practicePath(id), { intent: "complete", assessment: "表现认真", grade: "优秀", confirm: "yes" });
    expect((await post(ends.id)).status).toBe(302);
    expect(await w.db.prisma.teacherPlacement.findUniqueOrThrow({ where: { id: ends.id } })).toMatchObject({ status: "COMPLETED", hostGrade: "优秀", hostAssessment: "表现认真" });
    const r = await post(notYet.id);
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("实践期结束当天起");
  });
  it("an unconfirmed decline, cancel or completion is asked again and changes nothing", async () => {
    const p = await w.make.teacherPlacement({ teacherId: w.teacher.id, trainingBaseId: null, hostEnterpriseId: w.host.id, startsOn: dayFromToday(2), endsOn: dayFromToday(9) });
    expect((await w.clients.hostStaff!.post(practicePath(p.id), { intent: "decline", reason: "名额已满" })).status).toBe(400);
    expect((await w.clients.office!.post(practicePath(p.id), { intent: "cancel" })).status).toBe(400);
    expect(await status(p.id)).toBe("PROPOSED");
  });
});

describe("the ledger counts confirmed days only", () => {
  it("a confirmed day counts, a logged one does not", async () => {
    const t = await w.make.teacher({ schoolId: w.school.id, specialist: true });
    const p = await w.make.teacherPlacement({ teacherId: t.id, trainingBaseId: null, hostEnterpriseId: w.host.id, status: "ACCEPTED", startsOn: "2025-03-01", endsOn: "2025-03-31" });
    await w.make.practiceDay({ placementId: p.id, day: "2025-03-03", confirmed: true });
    await w.make.practiceDay({ placementId: p.id, day: "2025-03-04" });
    const page = await (await w.clients.office!.get(`/teachers/${t.id}/ledger`)).text();
    expect(page).toMatch(/data-testid="ledger-days">1</);
  });
});
