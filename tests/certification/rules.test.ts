import { describe, expect, it } from "vitest";
import { levelInForce, ratioPercent, renewalProblem } from "~/features/certification/levels";
import { dayFromToday } from "../support/dates";
import { certificationTables, idFrom, pdfFile, postMultipart, submission, useCertificationWorld } from "./world";

// The certification's rules, each on both sides of its edge (docs/decisions/0015, "Certification"):
// the validity's last day is in force and the next is not; a renewal may be submitted from 180 days
// before the last day in force through that day, after it only a new certification; one open
// submission per teacher; validFrom ≤ validUntil and the last day not before today; the level in force
// from certifications, or the recorded level for a teacher never certified on the platform.

const cert = (level: "JUNIOR" | "INTERMEDIATE" | "SENIOR", validFrom: string, validUntil: string) => ({ status: "CERTIFIED", level, validFrom, validUntil });

describe("the level in force, as a table", () => {
  it("the last day of the validity is in force, the day after is NONE (not the recorded level)", () => {
    expect(levelInForce([cert("JUNIOR", "2021-01-01", "2025-12-31")], "SENIOR", "2025-12-31")).toBe("JUNIOR");
    expect(levelInForce([cert("JUNIOR", "2021-01-01", "2025-12-31")], "SENIOR", "2026-01-01")).toBe("NONE");
  });
  it("the first day of the validity is in force, the day before keeps the recorded level", () => {
    expect(levelInForce([cert("SENIOR", "2026-01-01", "2030-12-31")], "JUNIOR", "2026-01-01")).toBe("SENIOR");
    expect(levelInForce([cert("SENIOR", "2026-01-01", "2030-12-31")], "JUNIOR", "2025-12-31")).toBe("JUNIOR");
  });
  it("never certified on the platform: the recorded level; several in force: the highest", () => {
    expect(levelInForce([], "INTERMEDIATE", "2026-06-01")).toBe("INTERMEDIATE");
    expect(levelInForce([cert("SENIOR", "2024-01-01", "2028-12-31"), cert("JUNIOR", "2025-01-01", "2029-12-31")], "NONE", "2026-06-01")).toBe("SENIOR");
    expect(levelInForce([{ status: "REFUSED", level: "SENIOR", validFrom: null, validUntil: null }], "JUNIOR", "2026-06-01")).toBe("JUNIOR");
  });
  it("the renewal window: 180 days before the last day opens it, the day before does not; the day after the last day is too late", () => {
    const c = cert("JUNIOR", "2021-07-01", "2026-06-30");
    expect(renewalProblem(c, "2026-01-01")).toBeNull(); // 2026-06-30 − 180 days
    expect(renewalProblem(c, "2025-12-31")).toContain("180 天内");
    expect(renewalProblem(c, "2026-06-30")).toBeNull();
    expect(renewalProblem(c, "2026-07-01")).toContain("已过期");
  });
  it("the ratio: two decimals of a percentage, 447 ÷ 1,854 = 24.11", () => {
    expect(ratioPercent(447, 1854)).toBe("24.11");
    expect(ratioPercent(1, 3)).toBe("33.33");
    expect(ratioPercent(2, 3)).toBe("66.67");
    expect(ratioPercent(0, 0)).toBe("0.00");
  });
});

describe("over HTTP", () => {
  const w = useCertificationWorld();
  const newTeacher = (over: { dualTeacherLevel?: "NONE" | "JUNIOR" | "INTERMEDIATE" | "SENIOR" } = {}) => w.make.teacher({ schoolId: w.school.id, ...over });
  const submit = (teacherId: number, over: Record<string, string | File> = {}) => postMultipart(w.schoolStaff.client, "/certifications/new", submission(teacherId, over));
  const levelOf = async (teacherId: number) => (await w.db.prisma.teacher.findUniqueOrThrow({ where: { id: teacherId } })).dualTeacherLevel;

  it("submit → certify: practice days from the ledger kept, history in order, the level written, the school told", async () => {
    const t = await newTeacher();
    const stay = await w.make.teacherPlacement({ teacherId: t.id, schoolId: w.school.id });
    // Five years back from today: that day is outside the window, the next inside; unconfirmed days never count.
    const back = new Date(`${dayFromToday(0)}T00:00:00Z`);
    back.setUTCFullYear(back.getUTCFullYear() - 5);
    const fiveYearsAgo = back.toISOString().slice(0, 10);
    const dayAfter = new Date(back.getTime() + 86_400_000).toISOString().slice(0, 10);
    await w.make.practiceDay({ placementId: stay.id, day: fiveYearsAgo, confirmed: true });
    await w.make.practiceDay({ placementId: stay.id, day: dayAfter, confirmed: true });
    await w.make.practiceDay({ placementId: stay.id, day: dayFromToday(-10), confirmed: true });
    await w.make.practiceDay({ placementId: stay.id, day: dayFromToday(-9) });
    // The same day logged and confirmed in a second, overlapping stay counts once (the ledger's rule).
    const overlapping = await w.make.teacherPlacement({ teacherId: t.id, schoolId: w.school.id });
    await w.make.practiceDay({ placementId: overlapping.id, day: dayFromToday(-10), confirmed: true });
    // The form offers the same figure per teacher before anything is submitted.
    expect(await (await w.schoolStaff.client.get("/certifications/new")).text()).toContain(`${t.name}（现有等级：无；近5年企业实践 2 天）`);
    const response = await submit(t.id, { level: "INTERMEDIATE", document: pdfFile() });
    expect(response.status).toBe(302);
    const id = idFrom(response);
    const row = await w.db.prisma.dualTeacherCertification.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SUBMITTED", level: "INTERMEDIATE", practiceDays: 2, schoolId: w.school.id, submittedById: w.schoolStaff.user.id });
    expect((await w.schoolStaff.client.get(`/certifications/${id}/document`)).headers.get("content-type")).toBe("application/pdf");

    const notices = await w.db.prisma.notification.count({ where: { userId: w.schoolStaff.user.id } });
    const certified = await w.bureau.client.post(`/certifications/${id}`, { intent: "certify", validFrom: dayFromToday(0), validUntil: dayFromToday(1000) });
    expect(certified.status).toBe(302);
    expect(await levelOf(t.id)).toBe("INTERMEDIATE");
    expect(await w.db.prisma.notification.count({ where: { userId: w.schoolStaff.user.id } })).toBe(notices + 1);
    const page = await (await w.schoolStaff.client.get(`/certifications/${id}`)).text();
    expect(page).toContain("已认定");
    expect(page).toContain(`${dayFromToday(0)} 至 ${dayFromToday(1000)}`);
    const events = await w.db.prisma.certificationEvent.findMany({ where: { certificationId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, "SUBMITTED"], ["SUBMITTED", "CERTIFIED"]]);
    expect(page.indexOf("提交 → 待认定")).toBeLessThan(page.indexOf("待认定 → 已认定"));
  });

  it("refuse needs a reason and tells the school; the school withdraws its own; after either a new submission may be made", async () => {
    const t = await newTeacher();
    const first = idFrom(await submit(t.id));
    expect((await w.bureau.client.post(`/certifications/${first}`, { intent: "refuse", reason: "企业实践不足", confirm: "yes" })).status).toBe(302);
    expect(await w.db.prisma.dualTeacherCertification.findUniqueOrThrow({ where: { id: first } })).toMatchObject({ status: "REFUSED", refusalReason: "企业实践不足" });
    const notice = await w.db.prisma.notification.findFirst({ where: { userId: w.schoolStaff.user.id }, orderBy: { id: "desc" } });
    expect(notice?.body).toContain("企业实践不足");
    const second = idFrom(await submit(t.id));
    expect((await w.schoolStaff.client.post(`/certifications/${second}`, { intent: "withdraw", confirm: "yes" })).status).toBe(302);
    expect((await w.db.prisma.dualTeacherCertification.findUniqueOrThrow({ where: { id: second } })).status).toBe("WITHDRAWN");
    expect((await submit(t.id)).status).toBe(302);
  });

  it("one open submission per teacher: the second is 400 and writes nothing", async () => {
    const t = await newTeacher();
    expect((await submit(t.id)).status).toBe(302);
    const before = await certificationTables(w.db);
    const again = await submit(t.id, { level: "SENIOR" });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("已有一份待认定的申请");
    expect(await certificationTables(w.db)).toEqual(before);
  });

  it("validity: from = until is one day and goes; until before from, or before today, is 400 and writes nothing; until today goes", async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(async () => (await w.make.certification({ teacherId: (await newTeacher()).id })).id));
    const before = await certificationTables(w.db);
    const backwards = await w.bureau.client.post(`/certifications/${ids[0]}`, { intent: "certify", validFrom: dayFromToday(10), validUntil: dayFromToday(9) });
    expect(backwards.status).toBe(400);
    expect(await backwards.text()).toContain("有效期截止日不能早于起始日");
    const past = await w.bureau.client.post(`/certifications/${ids[1]}`, { intent: "certify", validFrom: dayFromToday(-400), validUntil: dayFromToday(-1) });
    expect(past.status).toBe(400);
    expect(await past.text()).toContain("有效期截止日不能早于今天");
    expect(await certificationTables(w.db)).toEqual(before);
    expect((await w.bureau.client.post(`/certifications/${ids[2]}`, { intent: "certify", validFrom: dayFromToday(10), validUntil: dayFromToday(10) })).status).toBe(302);
    expect((await w.bureau.client.post(`/certifications/${ids[3]}`, { intent: "certify", validFrom: dayFromToday(-400), validUntil: dayFromToday(0) })).status).toBe(302);
  });

  it("in force on its last day (已认定, counted), expired the day after (已过期, level NONE though a level was recorded)", async () => {
    const lastDay = await newTeacher({ dualTeacherLevel: "SENIOR" });
    const dayAfter = await newTeacher({ dualTeacherLevel: "SENIOR" });
    const a = await w.make.certification({ teacherId: lastDay.id, level: "SENIOR", certified: true, validFrom: dayFromToday(-1000), validUntil: dayFromToday(0) });
    const b = await w.make.certification({ teacherId: dayAfter.id, level: "SENIOR", certified: true, validFrom: dayFromToday(-1000), validUntil: dayFromToday(-1) });
    expect(await (await w.schoolStaff.client.get(`/certifications/${a.id}`)).text()).toMatch(/已认定[\s\S]*教师现有等级[\s\S]*高级/);
    const expired = await (await w.schoolStaff.client.get(`/certifications/${b.id}`)).text();
    expect(expired).toContain("已过期");
    expect(expired).toMatch(/教师现有等级<\/dt><dd[^>]*>无/);
    const inForce = await (await w.schoolStaff.client.get("/certifications?state=IN_FORCE")).text();
    expect(inForce).toContain(lastDay.name);
    expect(inForce).not.toContain(dayAfter.name);
    expect(await (await w.schoolStaff.client.get("/certifications?state=EXPIRED")).text()).toContain(dayAfter.name);
  });

  it("renewal: its first day (180 days before the last) goes; the day before, and the day after expiry, are refused (400, nothing written)", async () => {
    const opens = await newTeacher();
    const early = await newTeacher();
    const expired = await newTeacher();
    const c1 = await w.make.certification({ teacherId: opens.id, certified: true, validFrom: dayFromToday(-1000), validUntil: dayFromToday(180) });
    const c2 = await w.make.certification({ teacherId: early.id, certified: true, validFrom: dayFromToday(-1000), validUntil: dayFromToday(181) });
    const c3 = await w.make.certification({ teacherId: expired.id, certified: true, validFrom: dayFromToday(-1000), validUntil: dayFromToday(-1) });
    const before = await certificationTables(w.db);
    const tooEarly = await submit(early.id, { renewsId: String(c2.id) });
    expect(tooEarly.status).toBe(400);
    expect(await tooEarly.text()).toContain("180 天内");
    const tooLate = await submit(expired.id, { renewsId: String(c3.id) });
    expect(tooLate.status).toBe(400);
    expect(await tooLate.text()).toContain("已过期，不能续期");
    // Someone else's certification is no renewal of this teacher's.
    expect((await submit(opens.id, { renewsId: String(c3.id) })).status).toBe(400);
    expect(await certificationTables(w.db)).toEqual(before);
    const renewal = await submit(opens.id, { renewsId: String(c1.id) });
    expect(renewal.status).toBe(302);
    expect((await w.db.prisma.dualTeacherCertification.findUniqueOrThrow({ where: { id: idFrom(renewal) } })).renewsId).toBe(c1.id);
    // After expiry: a new certification (no renewsId) is what goes.
    expect((await submit(expired.id)).status).toBe(302);
  });

  it("a new submission at or below a level the platform certified and still in force is refused (that is a renewal); a higher one goes", async () => {
    const t = await newTeacher();
    await w.make.certification({ teacherId: t.id, level: "INTERMEDIATE", certified: true, validFrom: dayFromToday(-100), validUntil: dayFromToday(1000) });
    const same = await submit(t.id, { level: "INTERMEDIATE" });
    expect(same.status).toBe(400);
    expect(await same.text()).toContain("已有有效的同级或更高等级认定");
    expect((await submit(t.id, { level: "SENIOR" })).status).toBe(302);
  });

  it("certifying a teacher whose validity starts later keeps the recorded level until then", async () => {
    const t = await newTeacher({ dualTeacherLevel: "JUNIOR" });
    const c = await w.make.certification({ teacherId: t.id, level: "SENIOR" });
    expect((await w.bureau.client.post(`/certifications/${c.id}`, { intent: "certify", validFrom: dayFromToday(1), validUntil: dayFromToday(500) })).status).toBe(302);
    expect(await levelOf(t.id)).toBe("JUNIOR");
    expect(await (await w.schoolStaff.client.get(`/certifications/${c.id}`)).text()).toContain("已认定·未生效");
  });
});
