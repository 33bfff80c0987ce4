import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../support/http";
import { useTestApp } from "../../support/test-app";

// Role × organisation for the fair report, its records and its workbook (fair.report): the organising
// school's office and the bureau read them; the organiser's teachers, other schools, enterprises (also
// an exhibitor of the fair) and students (also one registered) get 404, as for a fair they may not know
// exists, and a visitor is sent to sign in.

const t = useTestApp();
let fairId: number;
let bureauFairId: number;
const clients = {} as Record<string, Client>;

beforeAll(async () => {
  const m = t.make;
  const organiser = await m.school();
  const otherSchool = await m.school();
  const bureau = await m.bureau();
  const fair = await m.jobFair({ organiserId: organiser.id, status: "CLOSED" });
  fairId = fair.id;
  bureauFairId = (await m.jobFair({ organiserId: bureau.id, status: "CLOSED" })).id;
  const exhibitor = await m.enterprise();
  await m.fairBooth({ fairId, enterpriseId: exhibitor.id, approved: true, arrivedAt: new Date() });
  const registered = await m.student({ schoolId: organiser.id, account: true });
  await m.fairRegistration({ fairId, studentId: registered.id, checkedIn: true });
  const as = async (role: "SCHOOL_STAFF" | "TEACHER" | "ENTERPRISE_STAFF" | "BUREAU_ADMIN", organisationId: number) =>
    t.clientFor((await m.user({ role, organisationId })).id);
  Object.assign(clients, {
    office: await as("SCHOOL_STAFF", organiser.id),
    bureau: await as("BUREAU_ADMIN", bureau.id),
    teacher: await as("TEACHER", organiser.id),
    otherSchoolOffice: await as("SCHOOL_STAFF", otherSchool.id),
    exhibitor: await as("ENTERPRISE_STAFF", exhibitor.id),
    otherEnterprise: await as("ENTERPRISE_STAFF", (await m.enterprise()).id),
    registeredStudent: await t.clientFor(registered.user.id),
  });
});

const MATRIX: Array<[string, number]> = [
  ["office", 200],
  ["bureau", 200],
  ["teacher", 404],
  ["otherSchoolOffice", 404],
  ["exhibitor", 404],
  ["otherEnterprise", 404],
  ["registeredStudent", 404],
];
const paths = (id: number) => [`/fairs/${id}/report`, `/fairs/${id}/report/records?figure=studentsRegistered`, `/fairs/${id}/report.xlsx`];

describe("the fair report", () => {
  it.each(MATRIX)("%s: %s for the report, its records and its workbook", async (who, status) => {
    for (const path of paths(fairId)) {
      const response = await clients[who]!.get(path);
      expect(response.status, path).toBe(status);
      if (status === 404) expect(await response.text()).not.toContain("报名学生");
    }
  });

  it("a bureau fair's report is the bureau's, and not a school office's", async () => {
    expect((await clients.bureau!.get(`/fairs/${bureauFairId}/report`)).status).toBe(200);
    expect((await clients.office!.get(`/fairs/${bureauFairId}/report`)).status).toBe(404);
  });

  it("a fair that does not exist, or a malformed id, is 404 like another organisation's", async () => {
    for (const id of ["999999", "0", "abc", "1e3", "99999999999"]) {
      expect((await clients.office!.get(`/fairs/${id}/report`)).status, id).toBe(404);
      expect((await clients.office!.get(`/fairs/${id}/report.xlsx`)).status, id).toBe(404);
      expect((await clients.office!.get(`/fairs/${id}/report/records?figure=leads`)).status, id).toBe(404);
    }
  });

  it("a visitor is sent to sign in", async () => {
    for (const path of paths(fairId)) {
      const response = await t.visitor().get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location")).toContain("/login");
    }
  });

  it("the report answers a POST with 405, writing nothing", async () => {
    const before = await t.db.prisma.fairRegistration.count();
    const response = await clients.office!.post(`/fairs/${fairId}/report`, { intent: "x" });
    expect([404, 405]).toContain(response.status);
    expect(await t.db.prisma.fairRegistration.count()).toBe(before);
  });
});
