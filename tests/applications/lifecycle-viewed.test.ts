import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// Issue 8, item 20: HR opening an application (its own page, /enterprise/positions/:id/applicants/:applicationId)
// marks a 已投递 one 企业已查看 — an event by the opener and a notice to the student — as the big job boards
// do. The list of applicants is not "opening" one: it marks nothing (HR has not read anyone yet).

const w = useApplicationWorld();
const listPath = (positionId: number) => `/enterprise/positions/${positionId}/applicants`;
const detailPath = (positionId: number, applicationId: number) => `${listPath(positionId)}/${applicationId}`;

async function applicationIn(status: "SUBMITTED" | "INTERVIEW", positionStatus: "PUBLISHED" | "CLOSED" = "PUBLISHED") {
  const who = await w.student();
  const position = await w.make.position({ enterpriseId: w.enterprise.id, status: positionStatus, title: "茶艺师" });
  const application = await w.make.application({ positionId: position.id, studentId: who.student.id, status: status });
  return { ...who, position, application };
}

const statusOf = async (id: number) => (await w.db.prisma.application.findUniqueOrThrow({ where: { id } })).status;

describe("HR opening an application marks it 已查看", () => {
  it("opening a 已投递 one: 企业已查看, with an event by the opener and a notice to the student", async () => {
    const { user, position, application } = await applicationIn("SUBMITTED");
    const page = await w.staff.get(detailPath(position.id, application.id));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("企业已查看");
    expect(await statusOf(application.id)).toBe("VIEWED");
    const event = await w.db.prisma.applicationEvent.findFirstOrThrow({ where: { applicationId: application.id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ fromStatus: "SUBMITTED", toStatus: "VIEWED", actorId: w.staffUser.id });
    const notice = await w.db.prisma.notification.findFirstOrThrow({ where: { userId: user.id }, orderBy: { id: "desc" } });
    expect(notice.body).toContain("已查看你对「茶艺师」的申请");
  });

  it("opening it again, or one already further on, writes nothing", async () => {
    const { position, application } = await applicationIn("SUBMITTED");
    await w.staff.get(detailPath(position.id, application.id));
    const later = await applicationIn("INTERVIEW");
    const before = await applicationTables(w.db);
    expect((await w.staff.get(detailPath(position.id, application.id))).status).toBe(200);
    expect((await w.staff.get(detailPath(later.position.id, later.application.id))).status).toBe(200);
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("the list of applicants marks nothing, and links each name to its application's page", async () => {
    const { position, application } = await applicationIn("SUBMITTED");
    const html = await (await w.staff.get(listPath(position.id))).text();
    expect(await statusOf(application.id)).toBe("SUBMITTED");
    expect(html).toContain(`href="${detailPath(position.id, application.id)}"`);
  });

  it("opening one on a closed position shows it and moves nothing", async () => {
    const { position, application } = await applicationIn("SUBMITTED", "CLOSED");
    expect((await w.staff.get(detailPath(position.id, application.id))).status).toBe(200);
    expect(await statusOf(application.id)).toBe("SUBMITTED");
  });

  it("the page's buttons move it and come back to it", async () => {
    const { position, application } = await applicationIn("SUBMITTED");
    await w.staff.get(detailPath(position.id, application.id));
    const moved = await w.staff.post(detailPath(position.id, application.id), { applicationId: String(application.id), to: "INTERVIEW" });
    expect(moved.status).toBe(302);
    expect(moved.headers.get("location")).toBe(detailPath(position.id, application.id));
    expect(await statusOf(application.id)).toBe("INTERVIEW");
  });

  it("another enterprise's staff, the student, and an application of another position: refused, nothing written", async () => {
    const { client, position, application } = await applicationIn("SUBMITTED");
    const other = await w.make.enterprise({ clusterId: w.cluster.id });
    const otherStaff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: other.id })).id);
    const elsewhere = await w.make.position({ enterpriseId: w.enterprise.id });
    const before = await applicationTables(w.db);
    expect((await otherStaff.get(detailPath(position.id, application.id))).status).toBe(403);
    expect((await client.get(detailPath(position.id, application.id))).status).toBe(403);
    expect((await w.staff.get(detailPath(elsewhere.id, application.id))).status).toBe(404);
    expect((await w.staff.get(detailPath(position.id, 999_999))).status).toBe(404);
    expect(await applicationTables(w.db)).toEqual(before);
  });
});
