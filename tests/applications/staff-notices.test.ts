import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";

// The enterprise runs its hiring from the inbox too: its staff hear when a student applies, answers
// an offer or withdraws, with a link to that applicant. Their own moves tell only the student, and
// nobody outside the enterprise (another enterprise, a disabled account) hears anything.

const w = useApplicationWorld();
let colleague: number; // a second staff member of the same enterprise
let disabled: number;
let rival: number; // staff of another enterprise

beforeAll(async () => {
  colleague = (await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: w.enterprise.id })).id;
  disabled = (await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: w.enterprise.id, disabled: true })).id;
  const other = await w.make.enterprise();
  rival = (await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: other.id })).id;
});

const staffNotices = (userId: number) => w.db.prisma.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });

async function applied(title: string) {
  const who = await w.student();
  const position = await w.make.position({ enterpriseId: w.enterprise.id, title });
  expect((await who.client.post(`/positions/${position.id}/apply`, { note: "周末也可以上班" })).status).toBe(302);
  const application = await w.db.prisma.application.findFirstOrThrow({ where: { studentId: who.student.id, positionId: position.id } });
  return { ...who, position, application };
}

describe("notices for the enterprise's staff", () => {
  it("a new application reaches every active staff member, with the student, school, note and a link to the applicant", async () => {
    const { student, position, application } = await applied("凉菜厨师");
    const link = `/enterprise/positions/${position.id}/applicants#application-${application.id}`;
    for (const userId of [w.staffUser.id, colleague]) {
      const [notice] = await staffNotices(userId);
      expect(notice).toMatchObject({ title: "新的申请：凉菜厨师", link, readAt: null });
      expect(notice!.body).toBe(`${student.name}（${w.school.name}）申请了岗位「凉菜厨师」。留言：周末也可以上班`);
    }
    expect(await staffNotices(disabled)).toEqual([]);
    expect(await staffNotices(rival)).toEqual([]);

    const page = await (await w.staff.get(link.split("#")[0]!)).text();
    expect(page).toContain(`id="application-${application.id}"`);
    expect(page).toContain(student.name);
  });

  it("the enterprise's own moves tell the student only; the student's answer to an offer tells the staff", async () => {
    const { client, position, application } = await applied("面点师");
    const before = (await staffNotices(w.staffUser.id)).length;
    for (const to of ["VIEWED", "INTERVIEW", "OFFER"]) {
      const moved = await w.staff.post(`/enterprise/positions/${position.id}/applicants`, { applicationId: String(application.id), to, confirm: "yes" });
      expect(moved.status).toBe(302);
    }
    expect(await staffNotices(w.staffUser.id)).toHaveLength(before);

    expect((await client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(application.id) })).status).toBe(302);
    const latest = (await staffNotices(w.staffUser.id)).at(-1)!;
    expect(latest.title).toBe("学生已接受录用：面点师");
    expect(await staffNotices(w.staffUser.id)).toHaveLength(before + 1);
  });

  it("a withdrawal tells the staff; the staff's inbox shows it with its link", async () => {
    const { client, student, application, position } = await applied("西点师");
    expect((await client.post("/applications", { confirm: "yes", intent: "withdraw", applicationId: String(application.id) })).status).toBe(302);
    const latest = (await staffNotices(colleague)).at(-1)!;
    expect(latest.title).toBe("学生撤回申请：西点师");
    expect(latest.body).toContain(student.name);

    const staff = await w.clientFor(colleague);
    const html = await (await staff.get("/inbox")).text();
    expect(html).toContain("学生撤回申请：西点师");
    // Unread, 查看详情 is a button that marks the notice read on the way to the applicant.
    expect(html).toContain(`name="notificationId" value="${latest.id}"`);
    const opened = await staff.post("/inbox", { intent: "open", notificationId: String(latest.id) });
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe(`/enterprise/positions/${position.id}/applicants#application-${application.id}`);
    expect((await w.db.prisma.notification.findUniqueOrThrow({ where: { id: latest.id } })).readAt).not.toBeNull();
  });
});
