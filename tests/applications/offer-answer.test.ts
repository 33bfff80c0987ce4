import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { dayFromToday } from "../support/dates";

// Issue 9, items 3, 6 and 9: destructive moves are asked twice (a post without confirm=yes is
// refused with 400 and nothing is written); accepting one offer may decline the student's others in
// the same transaction; the student's own moves are not notices to them; the school office hears of
// its students' offers and acceptances; 查看详情 marks the notice read on the way to the application.

const w = useApplicationWorld();
let schoolStaff: number;
beforeAll(async () => {
  schoolStaff = (await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id;
});

const applicantsPath = (positionId: number) => `/enterprise/positions/${positionId}/applicants`;
const statusOf = async (id: number) => (await w.db.prisma.application.findUniqueOrThrow({ where: { id } })).status;
const noticesOf = (userId: number) => w.db.prisma.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });

async function holding(statuses: Array<"OFFER" | "INTERVIEW" | "SUBMITTED">) {
  const who = await w.student();
  const applications = [];
  for (const status of statuses) {
    const position = await w.make.position({ enterpriseId: w.enterprise.id });
    applications.push(await w.make.application({ positionId: position.id, studentId: who.student.id, status }));
  }
  return { ...who, applications };
}

describe("the student's answers are asked twice", () => {
  it.each(["accept", "decline", "withdraw"])("%s without confirm=yes: 400, the question, nothing written", async (intent) => {
    const { client, applications } = await holding(["OFFER"]);
    const offer = applications[0]!;
    const events = await w.db.prisma.applicationEvent.count({ where: { applicationId: offer.id } });
    const response = await client.post("/applications", { intent, applicationId: String(offer.id) });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("这一步不能撤销，请确认后再提交");
    expect(html).toContain('name="confirm" value="yes"');
    expect(await statusOf(offer.id)).toBe("OFFER");
    expect(await w.db.prisma.applicationEvent.count({ where: { applicationId: offer.id } })).toBe(events);
  });

  it("confirm with any value but yes is bad input (400), nothing written", async () => {
    const { client, applications } = await holding(["OFFER"]);
    const response = await client.post("/applications", { intent: "accept", applicationId: String(applications[0]!.id), confirm: "no" });
    expect(response.status).toBe(400);
    expect(await statusOf(applications[0]!.id)).toBe("OFFER");
  });

  it("with confirm=yes the answer is made", async () => {
    const { client, applications } = await holding(["OFFER"]);
    const response = await client.post("/applications", { intent: "decline", applicationId: String(applications[0]!.id), confirm: "yes" });
    expect(response.status).toBe(302);
    expect(await statusOf(applications[0]!.id)).toBe("DECLINED");
  });
});

describe("accepting one offer while holding others", () => {
  it("the page states the one-job rule and asks whether to decline the others", async () => {
    const { client, applications } = await holding(["OFFER", "OFFER"]);
    const response = await client.post("/applications", { intent: "accept", applicationId: String(applications[0]!.id) });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("毕业生同一时间只接受一份工作");
    // Attribute order is React's (checked before value): match the input, not a string of it.
    expect(html).toMatch(/<input[^>]*name="declineOthers"[^>]*value="yes"/);
    expect(html).toMatch(/<input[^>]*name="declineOthers"[^>]*value="no"/);
  });

  it("declineOthers=yes declines every other offer, with events and the enterprise told; an interview is left alone", async () => {
    const { client, applications } = await holding(["OFFER", "OFFER", "OFFER", "INTERVIEW"]);
    const [accepted, other1, other2, interview] = applications;
    const response = await client.post("/applications", {
      intent: "accept",
      applicationId: String(accepted!.id),
      confirm: "yes",
      declineOthers: "yes",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/applications?notice=acceptedDecliningOthers#application-${accepted!.id}`);
    expect(await statusOf(accepted!.id)).toBe("ACCEPTED");
    expect(await statusOf(other1!.id)).toBe("DECLINED");
    expect(await statusOf(other2!.id)).toBe("DECLINED");
    expect(await statusOf(interview!.id)).toBe("INTERVIEW");
    const event = await w.db.prisma.applicationEvent.findFirstOrThrow({ where: { applicationId: other1!.id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ fromStatus: "OFFER", toStatus: "DECLINED", note: "已接受其他录用" });
    const staff = await noticesOf(w.staffUser.id);
    expect(staff.filter((n) => n.link?.endsWith(`#application-${other1!.id}`) && n.title.startsWith("学生婉拒录用"))).toHaveLength(1);
  });

  it("declineOthers=no (or absent) keeps the other offers", async () => {
    for (const fields of [{ declineOthers: "no" }, {}] as Array<Record<string, string>>) {
      const { client, applications } = await holding(["OFFER", "OFFER"]);
      const response = await client.post("/applications", {
        intent: "accept",
        applicationId: String(applications[0]!.id),
        confirm: "yes",
        ...fields,
      });
      expect(response.status).toBe(302);
      expect(await statusOf(applications[0]!.id)).toBe("ACCEPTED");
      expect(await statusOf(applications[1]!.id)).toBe("OFFER");
    }
  });

  it("a refused acceptance (position full) declines nothing", async () => {
    const { client, student } = await w.student();
    const full = await w.make.position({ enterpriseId: w.enterprise.id, headcount: 1 });
    await w.make.application({ positionId: full.id, status: "ACCEPTED" });
    const offer = await w.make.application({ positionId: full.id, studentId: student.id, status: "OFFER" });
    const other = await w.make.application({ studentId: student.id, status: "OFFER" });
    const response = await client.post("/applications", { intent: "accept", applicationId: String(offer.id), confirm: "yes", declineOthers: "yes" });
    expect(response.status).toBe(400);
    expect(await statusOf(other.id)).toBe("OFFER");
  });
});

describe("the enterprise's 不予录用 and 关闭岗位 are asked twice", () => {
  it("REJECTED without confirm: 400, nothing written; other moves need no confirmation; with confirm: rejected", async () => {
    const { applications } = await holding(["SUBMITTED"]);
    const a = applications[0]!;
    const positionId = (await w.db.prisma.application.findUniqueOrThrow({ where: { id: a.id } })).positionId;
    const refused = await w.staff.post(applicantsPath(positionId), { applicationId: String(a.id), to: "REJECTED" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("确认不予录用");
    expect(await statusOf(a.id)).toBe("SUBMITTED");
    expect((await w.staff.post(applicantsPath(positionId), { applicationId: String(a.id), to: "VIEWED" })).status).toBe(302);
    expect((await w.staff.post(applicantsPath(positionId), { applicationId: String(a.id), to: "REJECTED", confirm: "yes" })).status).toBe(302);
    expect(await statusOf(a.id)).toBe("REJECTED");
  });

  it("关闭岗位 without confirm: 400 and the position stays published; with confirm: closed", async () => {
    const position = await w.make.position({ enterpriseId: w.enterprise.id });
    const path = `/enterprise/positions/${position.id}/edit`;
    const refused = await w.staff.post(path, { intent: "close" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("确认关闭");
    expect((await w.db.prisma.position.findUniqueOrThrow({ where: { id: position.id } })).status).toBe("PUBLISHED");
    expect((await w.staff.post(path, { intent: "close", confirm: "yes" })).status).toBe(302);
    expect((await w.db.prisma.position.findUniqueOrThrow({ where: { id: position.id } })).status).toBe("CLOSED");
  });
});

describe("the offer's reply-by day (答复期限)", () => {
  async function interviewing() {
    const { user, applications } = await holding(["INTERVIEW"]);
    const a = applications[0]!;
    const positionId = (await w.db.prisma.application.findUniqueOrThrow({ where: { id: a.id } })).positionId;
    return { user, a, positionId };
  }

  it("today is accepted and told to the student", async () => {
    const { user, a, positionId } = await interviewing();
    const today = dayFromToday(0);
    expect((await w.staff.post(applicantsPath(positionId), { applicationId: String(a.id), to: "OFFER", replyBy: today })).status).toBe(302);
    const stored = await w.db.prisma.application.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored.offerReplyBy?.toISOString().slice(0, 10)).toBe(today);
    expect((await noticesOf(user.id)).at(-1)!.body).toContain(`请在 ${today} 前答复`);
  });

  it("yesterday is refused (400, 答复期限不能早于今天), nothing written", async () => {
    const { a, positionId } = await interviewing();
    const response = await w.staff.post(applicantsPath(positionId), { applicationId: String(a.id), to: "OFFER", replyBy: dayFromToday(-1) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("答复期限不能早于今天");
    expect(await statusOf(a.id)).toBe("INTERVIEW");
  });
});

describe("who hears of what", () => {
  it("the student's own moves are not notices to them; the enterprise's are", async () => {
    const { user, client } = await w.student();
    const position = await w.make.position({ enterpriseId: w.enterprise.id });
    expect((await client.post(`/positions/${position.id}/apply`, {})).status).toBe(302);
    expect(await noticesOf(user.id)).toEqual([]);
    const application = await w.db.prisma.application.findFirstOrThrow({ where: { positionId: position.id } });
    expect((await w.staff.post(applicantsPath(position.id), { applicationId: String(application.id), to: "VIEWED" })).status).toBe(302);
    expect((await noticesOf(user.id)).map((n) => n.title)).toEqual([`企业已查看：${position.title}`]);
    expect((await client.post("/applications", { intent: "withdraw", applicationId: String(application.id), confirm: "yes" })).status).toBe(302);
    expect(await noticesOf(user.id)).toHaveLength(1);
  });

  it("the school office hears of an offer and an acceptance, not of an interview", async () => {
    const { student, client, applications } = await holding(["SUBMITTED"]);
    const a = applications[0]!;
    const positionId = (await w.db.prisma.application.findUniqueOrThrow({ where: { id: a.id } })).positionId;
    const before = (await noticesOf(schoolStaff)).length;
    for (const to of ["VIEWED", "INTERVIEW"]) await w.staff.post(applicantsPath(positionId), { applicationId: String(a.id), to });
    expect(await noticesOf(schoolStaff)).toHaveLength(before);
    await w.staff.post(applicantsPath(positionId), { applicationId: String(a.id), to: "OFFER" });
    expect((await noticesOf(schoolStaff)).at(-1)).toMatchObject({
      title: `学生获得录用通知：${student.name}`,
      link: "/school/applications?status=OFFER",
      readAt: null,
    });
    await client.post("/applications", { intent: "accept", applicationId: String(a.id), confirm: "yes" });
    expect((await noticesOf(schoolStaff)).at(-1)!.title).toBe(`学生已接受录用：${student.name}`);
    expect(await noticesOf(schoolStaff)).toHaveLength(before + 2);
  });

  it("查看详情 marks the notice read and opens the application it is about", async () => {
    const { user, applications } = await holding(["INTERVIEW"]);
    const a = applications[0]!;
    const positionId = (await w.db.prisma.application.findUniqueOrThrow({ where: { id: a.id } })).positionId;
    await w.staff.post(applicantsPath(positionId), { applicationId: String(a.id), to: "OFFER" });
    const notice = (await noticesOf(user.id)).at(-1)!;
    const client = await w.clientFor(user.id);
    const response = await client.post("/inbox", { intent: "open", notificationId: String(notice.id) });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/applications#application-${a.id}`);
    expect((await w.db.prisma.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).not.toBeNull();
    // Someone else's notice: 404, still unread.
    const other = await w.student();
    expect((await other.client.post("/inbox", { intent: "open", notificationId: String(notice.id) })).status).toBe(404);
  });

  it("the empty inbox speaks to its reader's role", async () => {
    const fresh = await w.student();
    expect(await (await fresh.client.get("/inbox")).text()).toContain("申请岗位后，企业查看、邀请面试、发出录用通知时都会在这里通知你");
    const staff = await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id });
    expect(await (await w.clientFor(staff.id)).get("/inbox").then((r) => r.text())).toContain("本校学生获得录用通知或接受录用时");
  });
});
