import { describe, expect, it } from "vitest";
import { cancelRegistration, registerForFair } from "~/features/fair-registration/registration.server";
import { fairTables, registrationPath, useFairWorld } from "./world";

// Registering for a fair and cancelling (issue 12 item 3): the state, the student window's two edges
// (opensAt inclusive, closesAt exclusive), each eligibility reason and its other side, one row per
// student and fair, cancelling until the fair starts and registering again.

const f = useFairWorld();
const { w } = f;
const MINUTE = 60_000;

const rows = (fairId: number) => w.db.prisma.fairRegistration.findMany({ where: { fairId } });

describe("over HTTP", () => {
  it("a student registers: 302 back to the fair's page, one live registration of their own record", async () => {
    const fair = await f.fair();
    const s = await w.student();
    const response = await s.client.post(registrationPath(fair.id), { intent: "register" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/fairs/${fair.id}?registration=registered#registration`);
    const [row, ...more] = await rows(fair.id);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({ studentId: s.student.id, cancelledAt: null, checkedInAt: null });
  });

  it("a second post is the first registration again, not a second row", async () => {
    const fair = await f.fair();
    const s = await w.student();
    await s.client.post(registrationPath(fair.id), { intent: "register" });
    const again = await s.client.post(registrationPath(fair.id), { intent: "register" });
    expect(again.status).toBe(302);
    expect(await rows(fair.id)).toHaveLength(1);
  });

  it("GET of the registration URL goes to the fair's page", async () => {
    const fair = await f.fair();
    const s = await w.student();
    const response = await s.client.get(registrationPath(fair.id));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/fairs/${fair.id}`);
  });

  it("a draft fair does not exist for a student (404), a closed or cancelled one refuses with its state", async () => {
    const s = await w.student();
    const draft = await f.fair({ status: "DRAFT" });
    expect((await s.client.post(registrationPath(draft.id), { intent: "register" })).status).toBe(404);
    for (const [status, label] of [["CLOSED", "已结束"], ["CANCELLED", "已取消"]] as const) {
      const fair = await f.fair({ status });
      const response = await s.client.post(registrationPath(fair.id), { intent: "register" });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(`本场招聘会${label}，不能报名`);
      expect(await rows(fair.id)).toHaveLength(0);
    }
  });

  it("a RUNNING fair whose window is still open takes registrations", async () => {
    const now = Date.now();
    const fair = await f.fair({
      status: "RUNNING",
      startsAt: new Date(now - 60 * MINUTE),
      endsAt: new Date(now + 60 * MINUTE),
      studentRegistrationClosesAt: new Date(now + 30 * MINUTE),
    });
    const s = await w.student();
    expect((await s.client.post(registrationPath(fair.id), { intent: "register" })).status).toBe(302);
  });

  it("staff of the school, an enterprise and the bureau cannot register (403); a visitor is sent to sign in", async () => {
    const fair = await f.fair();
    const office = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id);
    const bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: (await w.make.bureau()).id })).id);
    for (const client of [office, w.staff, bureau]) {
      const response = await client.post(registrationPath(fair.id), { intent: "register" });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("只有学生可以报名招聘会");
    }
    const visitor = await w.visitor().post(registrationPath(fair.id), { intent: "register" });
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toMatch(/^\/login/);
    expect(await rows(fair.id)).toHaveLength(0);
  });
});

describe("the student window's edges (opensAt inclusive, closesAt exclusive)", () => {
  const opensAt = new Date("2026-12-01T00:00:00Z");
  const closesAt = new Date("2026-12-05T10:00:00Z");
  const windowed = () => f.fair({ studentRegistrationOpensAt: opensAt, studentRegistrationClosesAt: closesAt, startsAt: new Date("2026-12-06T01:00:00Z") });
  const attempt = async (now: Date) => {
    const fair = await windowed();
    const s = await w.student();
    const outcome = await registerForFair(await f.sessionUser(s.user.id), fair.id, now);
    return { outcome, written: (await rows(fair.id)).length };
  };

  it("the first moment registers, the one before it does not", async () => {
    expect(await attempt(opensAt)).toMatchObject({ outcome: { done: true }, written: 1 });
    expect(await attempt(new Date(opensAt.getTime() - 1))).toEqual({ outcome: { done: false, message: "学生报名将于 2026-12-01 08:00 开始" }, written: 0 });
  });

  it("the last moment before closing registers, the closing moment does not", async () => {
    expect(await attempt(new Date(closesAt.getTime() - 1))).toMatchObject({ outcome: { done: true }, written: 1 });
    expect(await attempt(closesAt)).toEqual({ outcome: { done: false, message: "学生报名已于 2026-12-05 18:00 截止" }, written: 0 });
  });
});

describe("eligibility: each reason refused with its words, its other side registered", () => {
  async function post(fairId: number, student: Awaited<ReturnType<typeof w.student>>) {
    const before = await fairTables(w.db);
    const response = await student.client.post(registrationPath(fairId), { intent: "register" });
    return { status: response.status, text: await response.text(), unchanged: JSON.stringify(await fairTables(w.db)) === JSON.stringify(before) };
  }

  it("school: another school's student is refused at a school's fair, admitted when the fair lists that school or is a bureau fair", async () => {
    const other = await w.make.school();
    const outsider = await w.student({ schoolId: other.id });
    const own = await f.fair();
    expect(await post(own.id, outsider)).toMatchObject({ status: 400, unchanged: true, text: expect.stringContaining("你所在的学校不在本场招聘会的参会学校之列") });
    const listing = await f.fair({ schoolIds: [w.school.id, other.id] });
    expect((await post(listing.id, outsider)).status).toBe(302);
    const bureauFair = await w.make.jobFair({ organiserId: (await w.make.bureau()).id });
    expect((await post(bureauFair.id, outsider)).status).toBe(302);
  });

  it("program: a fair for other programs refuses, one listing the student's program (the school's offering's catalogue program) admits", async () => {
    const elsewhere = await w.make.program();
    const s = await w.student();
    const narrow = await f.fair({ programIds: [elsewhere.id] });
    expect(await post(narrow.id, s)).toMatchObject({ status: 400, unchanged: true, text: expect.stringContaining("你的专业不在本场招聘会的面向专业之列") });
    const listing = await f.fair({ programIds: [elsewhere.id, w.program.id] });
    expect((await post(listing.id, s)).status).toBe(302);
  });

  it("cohort: a fair for other cohorts refuses naming them, one listing the student's cohort admits", async () => {
    const s = await w.student({ cohortYear: 2024 });
    const narrow = await f.fair({ cohortYears: [2023, 2025] });
    expect(await post(narrow.id, s)).toMatchObject({ status: 400, unchanged: true, text: expect.stringContaining("本场招聘会只面向2023级、2025级学生") });
    const listing = await f.fair({ cohortYears: [2024] });
    expect((await post(listing.id, s)).status).toBe(302);
  });

  it("graduated or withdrawn is refused; enrolled is admitted", async () => {
    const fair = await f.fair();
    for (const status of ["GRADUATED", "WITHDRAWN"] as const) {
      const s = await w.student();
      await w.db.prisma.student.update({ where: { id: s.student.id }, data: { status } });
      expect(await post(fair.id, s)).toMatchObject({ status: 400, unchanged: true, text: expect.stringContaining("只有在校学生可以报名招聘会") });
    }
    expect((await post(fair.id, await w.student())).status).toBe(302);
  });
});

describe("cancelling and registering again", () => {
  it("cancelling is asked twice, then keeps the row with cancelledAt; registering again clears it on the same row", async () => {
    const fair = await f.fair();
    const s = await w.student();
    await s.client.post(registrationPath(fair.id), { intent: "register" });
    const unconfirmed = await s.client.post(registrationPath(fair.id), { intent: "cancel" });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("这一步不能撤销，请确认后再提交");
    expect((await rows(fair.id))[0]!.cancelledAt).toBeNull();
    const cancelled = await s.client.post(registrationPath(fair.id), { intent: "cancel", confirm: "yes" });
    expect(cancelled.status).toBe(302);
    expect(cancelled.headers.get("location")).toBe(`/fairs/${fair.id}?registration=cancelled#registration`);
    const [row] = await rows(fair.id);
    expect(row!.cancelledAt).toBeInstanceOf(Date);
    expect((await s.client.post(registrationPath(fair.id), { intent: "register" })).status).toBe(302);
    const [again, ...more] = await rows(fair.id);
    expect(more).toHaveLength(0);
    expect(again).toMatchObject({ id: row!.id, cancelledAt: null });
  });

  it("cancelling without a registration, or twice, is refused", async () => {
    const fair = await f.fair();
    const s = await w.student();
    const none = await s.client.post(registrationPath(fair.id), { intent: "cancel", confirm: "yes" });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("你没有报名本场招聘会");
    await s.client.post(registrationPath(fair.id), { intent: "register" });
    await s.client.post(registrationPath(fair.id), { intent: "cancel", confirm: "yes" });
    const twice = await s.client.post(registrationPath(fair.id), { intent: "cancel", confirm: "yes" });
    expect(twice.status).toBe(400);
  });

  it("cancelling is allowed up to the moment the fair starts, not at it; never after check-in", async () => {
    const startsAt = new Date("2026-12-20T01:00:00Z");
    const fair = await f.fair({ startsAt, endsAt: new Date("2026-12-20T09:00:00Z"), studentRegistrationClosesAt: startsAt });
    const before = await w.student();
    const at = await w.student();
    for (const s of [before, at]) await w.make.fairRegistration({ fairId: fair.id, studentId: s.student.id });
    expect(await cancelRegistration(await f.sessionUser(before.user.id), fair.id, new Date(startsAt.getTime() - 1))).toMatchObject({ done: true });
    expect(await cancelRegistration(await f.sessionUser(at.user.id), fair.id, startsAt)).toEqual({ done: false, message: "招聘会已开始，不能再取消报名" });
    const inside = await w.student();
    await w.make.fairRegistration({ fairId: fair.id, studentId: inside.student.id, checkedIn: true });
    expect(await cancelRegistration(await f.sessionUser(inside.user.id), fair.id, new Date(startsAt.getTime() - MINUTE))).toEqual({
      done: false,
      message: "你已在招聘会签到，不能取消报名",
    });
    const live = await w.db.prisma.fairRegistration.findMany({ where: { fairId: fair.id, cancelledAt: null } });
    expect(live.map((r) => r.studentId).sort()).toEqual([at.student.id, inside.student.id].sort());
  });

  it("registering again after cancelling still needs the window open", async () => {
    const fair = await f.fair({ studentRegistrationClosesAt: new Date(Date.now() - MINUTE) });
    const s = await w.student();
    await w.make.fairRegistration({ fairId: fair.id, studentId: s.student.id, cancelledAt: new Date() });
    const response = await s.client.post(registrationPath(fair.id), { intent: "register" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("学生报名已于");
    expect((await rows(fair.id))[0]!.cancelledAt).toBeInstanceOf(Date);
  });
});
