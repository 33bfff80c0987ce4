import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// Issue 8, items 15–17: what a closed position means for the people who applied to it.
//   15. it stays readable, marked 已关闭, to its applicants, their schools and the bureau — and to nobody else;
//   16. closing it (by the enterprise, or by the last seat being accepted) ends every application still
//       waiting (已投递, 企业已查看, 邀请面试, 拟录用) as 岗位已关闭 with the reason, each student told; decided
//       ones stay as they were; reopening revives none;
//   17. the enterprise can make no move on a closed position, and sees offers outstanding against the seats left.

const w = useApplicationWorld();
const positionPath = (id: number) => `/positions/${id}`;
const applicantsPath = (id: number) => `/enterprise/positions/${id}/applicants`;
const editPath = (id: number) => `/enterprise/positions/${id}/edit`;

/** A position with one applicant in each of `statuses`; returns them in that order. */
async function positionWith(statuses: ReadonlyArray<"SUBMITTED" | "VIEWED" | "INTERVIEW" | "OFFER" | "ACCEPTED" | "DECLINED" | "REJECTED" | "WITHDRAWN">, headcount = 5) {
  const position = await w.make.position({ enterpriseId: w.enterprise.id, headcount, title: "西点师" });
  const applicants = [];
  for (const status of statuses) {
    const who = await w.student();
    applicants.push({ ...who, application: await w.make.application({ positionId: position.id, studentId: who.student.id, status: status }) });
  }
  return { position, applicants };
}

const statusOf = async (id: number) => (await w.db.prisma.application.findUniqueOrThrow({ where: { id } })).status;
const lastEvent = (applicationId: number) =>
  w.db.prisma.applicationEvent.findFirstOrThrow({ where: { applicationId }, orderBy: { id: "desc" } });
const noticesOf = (userId: number) => w.db.prisma.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });
const closeByEnterprise = (positionId: number) => w.staff.post(editPath(positionId), { intent: "close", confirm: "yes" });

async function signedIn(role: "SCHOOL_STAFF" | "TEACHER" | "BUREAU_ADMIN" | "ENTERPRISE_STAFF" | "STUDENT", organisationId: number) {
  return w.clientFor((await w.make.user({ role, organisationId })).id);
}

describe("15. a closed position stays readable to those it concerns", () => {
  it("the student who applied, their school's staff and teachers, and the bureau read it, marked 已关闭", async () => {
    const { position, applicants } = await positionWith(["SUBMITTED"]);
    expect((await closeByEnterprise(position.id)).status).toBe(302);
    const bureau = await w.make.bureau();
    const readers = [
      applicants[0]!.client,
      await signedIn("SCHOOL_STAFF", w.school.id),
      await signedIn("TEACHER", w.school.id),
      await signedIn("BUREAU_ADMIN", bureau.id),
    ];
    for (const reader of readers) {
      const page = await reader.get(positionPath(position.id));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("西点师");
      expect(html).toContain("已关闭");
    }
  });

  it("after the last seat is accepted, the link in 我的申请 still opens for the student who accepted", async () => {
    const { position, applicants } = await positionWith(["OFFER"], 1);
    const { client, application } = applicants[0]!;
    expect((await client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(application.id) })).status).toBe(302);
    expect((await w.db.prisma.position.findUniqueOrThrow({ where: { id: position.id } })).status).toBe("CLOSED");
    expect(await (await client.get("/applications")).text()).toContain(`href="${positionPath(position.id)}"`);
    expect((await client.get(positionPath(position.id))).status).toBe(200);
  });

  it("a student who did not apply, another school and another enterprise get 404", async () => {
    const { position } = await positionWith(["SUBMITTED"]);
    await closeByEnterprise(position.id);
    const otherSchool = await w.make.school();
    const otherEnterprise = await w.make.enterprise({ clusterId: w.cluster.id });
    const strangers = [
      (await w.student()).client,
      await signedIn("SCHOOL_STAFF", otherSchool.id),
      await signedIn("TEACHER", otherSchool.id),
      await signedIn("ENTERPRISE_STAFF", otherEnterprise.id),
    ];
    for (const stranger of strangers) {
      const page = await stranger.get(positionPath(position.id));
      expect(page.status).toBe(404);
      expect(await page.text()).toContain("找不到该岗位");
    }
  });
});

describe("16. closing a position closes the applications still waiting, with the reason", () => {
  const WAITING = ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"] as const;
  const DECIDED = ["DECLINED", "REJECTED", "WITHDRAWN"] as const;

  it("the enterprise closes it: each waiting one becomes 岗位已关闭 (企业已关闭岗位), each student told; decided ones untouched", async () => {
    const { position, applicants } = await positionWith([...WAITING, ...DECIDED]);
    const noticesBefore = await Promise.all(applicants.map((a) => noticesOf(a.user.id)));
    expect((await closeByEnterprise(position.id)).status).toBe(302);

    for (const [i, from] of WAITING.entries()) {
      const { user, application } = applicants[i]!;
      expect(await statusOf(application.id)).toBe("CLOSED");
      expect(await lastEvent(application.id)).toMatchObject({ fromStatus: from, toStatus: "CLOSED", note: "企业已关闭岗位", actorId: w.staffUser.id });
      const fresh = (await noticesOf(user.id)).slice(noticesBefore[i]!.length);
      expect(fresh).toHaveLength(1);
      expect(fresh[0]!.title).toContain("岗位已关闭");
      expect(fresh[0]!.body).toContain("西点师");
      expect(fresh[0]!.body).toContain("企业已关闭岗位");
      // The student reads it on 我的申请 too.
      expect(await (await applicants[i]!.client.get("/applications")).text()).toContain("岗位已关闭");
    }
    for (const [j, status] of DECIDED.entries()) {
      const { user, application } = applicants[WAITING.length + j]!;
      expect(await statusOf(application.id)).toBe(status);
      expect(await noticesOf(user.id)).toEqual(noticesBefore[WAITING.length + j]);
    }
  });

  it("the last seat is accepted: the others still waiting become 岗位已关闭 (岗位已招满)", async () => {
    const { position, applicants } = await positionWith(["OFFER", "OFFER", "INTERVIEW", "SUBMITTED", "REJECTED"], 1);
    const [winner, ...others] = applicants;
    expect((await winner!.client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(winner!.application.id) })).status).toBe(302);
    expect(await statusOf(winner!.application.id)).toBe("ACCEPTED");
    for (const other of others.slice(0, 3)) {
      expect(await statusOf(other.application.id)).toBe("CLOSED");
      expect((await lastEvent(other.application.id)).note).toBe("岗位已招满");
      const notices = await noticesOf(other.user.id);
      expect(notices.at(-1)!.body).toContain("岗位已招满");
    }
    expect(await statusOf(others[3]!.application.id)).toBe("REJECTED");
    expect(position.headcount).toBe(1);
  });

  it("one seat of two accepted leaves the others waiting (the edge: not full, nothing closed)", async () => {
    const { position, applicants } = await positionWith(["OFFER", "OFFER", "SUBMITTED"], 2);
    await applicants[0]!.client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(applicants[0]!.application.id) });
    expect((await w.db.prisma.position.findUniqueOrThrow({ where: { id: position.id } })).status).toBe("PUBLISHED");
    expect(await statusOf(applicants[1]!.application.id)).toBe("OFFER");
    expect(await statusOf(applicants[2]!.application.id)).toBe("SUBMITTED");
  });

  it("reopening revives none of them, and tells nobody anything", async () => {
    const { position, applicants } = await positionWith(["SUBMITTED", "OFFER"]);
    await closeByEnterprise(position.id);
    const notices = await w.db.prisma.notification.count();
    const events = await w.db.prisma.applicationEvent.count();
    expect((await w.staff.post(editPath(position.id), { intent: "reopen" })).status).toBe(302);
    for (const a of applicants) expect(await statusOf(a.application.id)).toBe("CLOSED");
    expect(await w.db.prisma.notification.count()).toBe(notices);
    expect(await w.db.prisma.applicationEvent.count()).toBe(events);
  });
});

describe("17. no moves on a closed position; offers outstanding shown against the seats", () => {
  it("every enterprise move on a closed position is refused (400) and writes nothing, and the page offers no buttons", async () => {
    // Applications left waiting on a closed position (as data from before this rule may be).
    const position = await w.make.position({ enterpriseId: w.enterprise.id, headcount: 1, status: "CLOSED" });
    const moves = [["SUBMITTED", "VIEWED"], ["VIEWED", "INTERVIEW"], ["INTERVIEW", "OFFER"], ["OFFER", "REJECTED"]] as const;
    for (const [from, to] of moves) {
      const who = await w.student();
      const application = await w.make.application({ positionId: position.id, studentId: who.student.id, status: from });
      const before = await applicationTables(w.db);
      const response = await w.staff.post(applicantsPath(position.id), { applicationId: String(application.id), to, confirm: "yes" });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("该岗位已关闭，不能再处理申请");
      expect(await applicationTables(w.db)).toEqual(before);
    }
    const html = await (await w.staff.get(applicantsPath(position.id))).text();
    expect(html).not.toMatch(/<button[^>]*name="to"/);
  });

  it("after the position fills, 发出录用通知 to another applicant is refused", async () => {
    const { position, applicants } = await positionWith(["OFFER", "REJECTED"], 1);
    await applicants[0]!.client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(applicants[0]!.application.id) });
    // Even an application the enterprise could otherwise move on (put back in 邀请面试 by hand).
    await w.db.prisma.application.update({ where: { id: applicants[1]!.application.id }, data: { status: "INTERVIEW" } });
    const response = await w.staff.post(applicantsPath(position.id), { applicationId: String(applicants[1]!.application.id), to: "OFFER" });
    expect(response.status).toBe(400);
    expect(await statusOf(applicants[1]!.application.id)).toBe("INTERVIEW");
  });

  it("the same move on an open position is made (the other side of the edge)", async () => {
    const { position, applicants } = await positionWith(["INTERVIEW"], 1);
    const response = await w.staff.post(applicantsPath(position.id), { applicationId: String(applicants[0]!.application.id), to: "OFFER" });
    expect(response.status).toBe(302);
  });

  it("the applicants page shows seats left and offers awaiting an answer, and warns when offers cover every seat left", async () => {
    const { position, applicants } = await positionWith(["ACCEPTED", "OFFER", "INTERVIEW"], 3);
    const seatsLine = async () => {
      const html = await (await w.staff.get(applicantsPath(position.id))).text();
      return /<p class="seats"[^>]*>([^<]*)<\/p>/.exec(html)![1]!;
    };
    expect(await seatsLine()).toBe("剩余名额 2 个 · 待学生答复的录用通知 1 份");
    await w.staff.post(applicantsPath(position.id), { applicationId: String(applicants[2]!.application.id), to: "OFFER" });
    expect(await seatsLine()).toBe("剩余名额 2 个 · 待学生答复的录用通知 2 份。待答复的录用通知已不少于剩余名额：再发录用通知，学生可能无法接受。");
  });
});
