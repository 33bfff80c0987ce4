import { describe, expect, it } from "vitest";
import type { ApplicationStatus } from "~/features/applications/application-status";
import { useApplicationWorld } from "../support/application-world";

// The enterprise moves an applicant submitted → viewed → interview → offer (or rejects from any
// open state); the student accepts, declines or withdraws. Each change writes one event and one
// inbox notice; accepting the last seat closes the position.

const w = useApplicationWorld();

const applicantsPath = (positionId: number) => `/enterprise/positions/${positionId}/applicants`;

async function applied(headcount = 2) {
  const who = await w.student();
  const position = await w.make.position({ enterpriseId: w.enterprise.id, headcount, title: `面点师${headcount}` });
  expect((await who.client.post(`/positions/${position.id}/apply`, { note: "请多关照" })).status).toBe(302);
  const application = await w.db.prisma.application.findFirstOrThrow({
    where: { studentId: who.student.id, positionId: position.id },
  });
  return { ...who, position, application };
}

const move = (positionId: number, applicationId: number, to: string, note?: string) =>
  w.staff.post(applicantsPath(positionId), { applicationId: String(applicationId), to, confirm: "yes", ...(note ? { note } : {}) });

const eventsOf = (applicationId: number) =>
  w.db.prisma.applicationEvent.findMany({ where: { applicationId }, orderBy: { id: "asc" } });

describe("the enterprise moves an applicant along", () => {
  it("submitted → viewed → interview → offer, each with a note, an event (from, to, note, actor, time) and a notice", async () => {
    const { user, client, position, application } = await applied();
    const steps: Array<[ApplicationStatus, string]> = [
      ["VIEWED", "已阅简历"],
      ["INTERVIEW", "12月3日上午10点面试"],
      ["OFFER", "欢迎加入"],
    ];
    for (const [to, note] of steps) {
      const startedAt = Date.now();
      const response = await move(position.id, application.id, to, note);
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`${applicantsPath(position.id)}?moved=${to}#application-${application.id}`);
      const event = (await eventsOf(application.id)).at(-1)!;
      expect(event).toMatchObject({ toStatus: to, note, actorId: w.staffUser.id });
      expect(event.createdAt.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
    }
    const events = await eventsOf(application.id);
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, "SUBMITTED"],
      ["SUBMITTED", "VIEWED"],
      ["VIEWED", "INTERVIEW"],
      ["INTERVIEW", "OFFER"],
    ]);
    const notices = await w.db.prisma.notification.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    // Applying was the student's own act: not a notice to them; each of the enterprise's moves is.
    expect(notices.map((n) => n.title)).toEqual([
      `企业已查看：${position.title}`,
      `邀请面试：${position.title}`,
      `拟录用：${position.title}`,
    ]);
    expect(notices.every((n) => n.link === `/applications#application-${application.id}`)).toBe(true);
    expect(notices[1]!.body).toContain("12月3日上午10点面试");

    const inbox = await (await client.get("/inbox")).text();
    expect(inbox).toContain("3 条未读");
    for (const n of notices) expect(inbox).toContain(n.title);
    const mine = await (await client.get("/applications")).text();
    expect(mine).toContain("拟录用");
    expect(mine).toContain("12月3日上午10点面试");
    expect(mine).toContain('value="accept"');
    expect(mine).toContain('value="decline"');
  });

  it.each(["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"] as const)("rejects from %s, and the student is told", async (from) => {
    const { user, position, application } = await applied();
    await w.db.prisma.application.update({ where: { id: application.id }, data: { status: from } });
    expect((await move(position.id, application.id, "REJECTED", "岗位已招满")).status).toBe(302);
    expect((await w.db.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("REJECTED");
    const notice = await w.db.prisma.notification.findFirstOrThrow({ where: { userId: user.id }, orderBy: { id: "desc" } });
    expect(notice.title).toBe(`未通过：${position.title}`);
    expect(notice.body).toContain("岗位已招满");
  });
});

describe("the student answers an offer", () => {
  async function offered(headcount = 3) {
    const context = await applied(headcount);
    await w.db.prisma.application.update({ where: { id: context.application.id }, data: { status: "OFFER" } });
    return context;
  }

  it("accepts: status and event; the student's own answer is not a notice to them", async () => {
    const { user, client, application } = await offered();
    const response = await client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(application.id) });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/applications?notice=ACCEPTED#application-${application.id}`);
    expect((await eventsOf(application.id)).at(-1)).toMatchObject({
      fromStatus: "OFFER",
      toStatus: "ACCEPTED",
      actorId: user.id,
    });
    expect(await w.db.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await (await client.get("/applications?notice=ACCEPTED")).text()).toContain("已接受录用");
  });

  it("declines: status and event; no notice to the student who declined", async () => {
    const { user, client, application } = await offered();
    expect(
      (await client.post("/applications", { confirm: "yes", intent: "decline", applicationId: String(application.id), note: "已升学" })).status,
    ).toBe(302);
    expect((await eventsOf(application.id)).at(-1)).toMatchObject({ fromStatus: "OFFER", toStatus: "DECLINED", note: "已升学" });
    expect(await w.db.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
  });
});

// Illegal moves and the buttons each page shows in every state: invariants.test.ts, from a table typed out there.
