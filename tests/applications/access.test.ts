import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// Who sees which applications besides the enterprise: a school only its own students' (read-only),
// a student only their own, and each user only their own inbox.

const w = useApplicationWorld();
let mine: WorldStudent & { positionId: number; applicationId: number };

beforeAll(async () => {
  const who = await w.student();
  const position = await w.make.position({ enterpriseId: w.enterprise.id, title: "热菜厨师" });
  await who.client.post(`/positions/${position.id}/apply`, { note: "周末也可以" });
  const application = await w.db.prisma.application.findFirstOrThrow({ where: { studentId: who.student.id } });
  mine = { ...who, positionId: position.id, applicationId: application.id };
});

const applicantsPath = (positionId: number) => `/enterprise/positions/${positionId}/applicants`;

describe("schools see their own students only, read-only", () => {
  it("the student's school sees the application and its outcome; another school does not", async () => {
    const name = (await w.db.prisma.student.findUniqueOrThrow({ where: { id: mine.student.id } })).name;
    const staff = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id);
    const own = await (await staff.get("/school/applications")).text();
    expect(own).toContain(name);
    expect(own).toContain("热菜厨师");
    expect(own.slice(own.indexOf("<main"))).not.toContain('method="post"'); // read-only: no forms that write

    const otherSchool = await w.make.school();
    const stranger = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: otherSchool.id })).id);
    const response = await stranger.get("/school/applications");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain(name);
    expect(html).not.toContain("热菜厨师");
  });

  it("enterprises, students and the bureau have no school view (403)", async () => {
    const bureau = await w.make.bureau();
    const bureauClient = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: bureau.id })).id);
    for (const client of [w.staff, mine.client, bureauClient])
      expect((await client.get("/school/applications")).status).toBe(403);
  });
});

describe("a student sees only their own applications", () => {
  it("another student's 我的申请 lists nothing of theirs, and moving it is not found (404), nothing written", async () => {
    const other = await w.student();
    expect(await (await other.client.get("/applications")).text()).not.toContain("热菜厨师");
    const before = await applicationTables(w.db);
    const response = await other.client.post("/applications", { confirm: "yes", intent: "withdraw", applicationId: String(mine.applicationId) });
    expect(response.status).toBe(404);
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("a student cannot move their own application as the enterprise would", async () => {
    const before = await applicationTables(w.db);
    expect(
      (await mine.client.post(applicantsPath(mine.positionId), { applicationId: String(mine.applicationId), to: "OFFER" }))
        .status,
    ).toBe(403);
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("staff have no 我的申请 (403)", async () => {
    expect((await w.staff.get("/applications")).status).toBe(403);
    expect((await w.staff.post("/applications", { confirm: "yes", intent: "withdraw", applicationId: String(mine.applicationId) })).status).toBe(
      403,
    );
  });
});

describe("the inbox is the user's own", () => {
  it("marks one's own notice read; another's notice is not found and stays unread", async () => {
    // Applying is the student's own act and no notice to them (issue 9 item 6): a notice from the factory.
    const notice = await w.make.notification({ userId: mine.user.id, link: "/applications" });
    const other = await w.student();
    expect(await (await other.client.get("/inbox")).text()).not.toContain(notice.title);
    const refused = await other.client.post("/inbox", { intent: "read", notificationId: String(notice.id) });
    expect(refused.status).toBe(404);
    expect((await w.db.prisma.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).toBeNull();

    expect((await mine.client.post("/inbox", { intent: "read", notificationId: String(notice.id) })).status).toBe(302);
    expect((await w.db.prisma.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).not.toBeNull();
  });

  it("全部标为已读 touches only the user's own notices", async () => {
    const other = await w.student();
    await w.make.notification({ userId: other.user.id, link: "/applications" });
    const unreadOfOthers = await w.db.prisma.notification.count({ where: { userId: { not: mine.user.id }, readAt: null } });
    expect((await mine.client.post("/inbox", { intent: "readAll" })).status).toBe(302);
    expect(await w.db.prisma.notification.count({ where: { userId: mine.user.id, readAt: null } })).toBe(0);
    expect(await w.db.prisma.notification.count({ where: { userId: { not: mine.user.id }, readAt: null } })).toBe(unreadOfOthers);
  });
});
