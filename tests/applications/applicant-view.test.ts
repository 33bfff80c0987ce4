import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";
import { applicationTables } from "../support/snapshots";
import type { Client } from "../support/http";

// What an enterprise sees of its applicants (never birth date or phone), how it filters them, and
// that no other enterprise, school, student or the bureau reaches them.

const w = useApplicationWorld();
let rival: { id: number; client: Client };
let mine: WorldStudent & { positionId: number; applicationId: number };

beforeAll(async () => {
  const other = await w.make.enterprise();
  const rivalUser = await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: other.id });
  rival = { id: other.id, client: await w.clientFor(rivalUser.id) };
  const who = await w.student();
  await w.make.certificate({ studentId: who.student.id, certificateName: "中式烹调师" });
  await w.make.certificate({ studentId: who.student.id, certificateName: "西式面点师", passed: false });
  const position = await w.make.position({ enterpriseId: w.enterprise.id, title: "热菜厨师" });
  await who.client.post(`/positions/${position.id}/apply`, { note: "周末也可以" });
  const application = await w.db.prisma.application.findFirstOrThrow({ where: { studentId: who.student.id } });
  mine = { ...who, positionId: position.id, applicationId: application.id };
});

const applicantsPath = (positionId: number) => `/enterprise/positions/${positionId}/applicants`;

describe("the enterprise's applicant view", () => {
  it("shows name, school, program, cohort, passed certificates and the note — never birth date or phone", async () => {
    const html = await (await w.staff.get(applicantsPath(mine.positionId))).text();
    const student = await w.db.prisma.student.findUniqueOrThrow({ where: { id: mine.student.id } });
    expect(html).toContain(student.name);
    expect(html).toContain(w.program.name);
    expect(html).toContain(`${student.cohortYear}级`);
    expect(html).toContain("中式烹调师（初级）");
    expect(html).not.toContain("西式面点师"); // failed attempts are not certificates
    expect(html).toContain("周末也可以");
    const school = await w.db.prisma.organisation.findUniqueOrThrow({ where: { id: w.school.id } });
    expect(html).toContain(school.name);
    const birth = student.birthDate.toISOString().slice(0, 10);
    expect(html).not.toContain(birth);
    expect(html).not.toContain(birth.replaceAll("-", "/"));
    expect(html).not.toContain(student.phone!);
    expect(html).not.toContain("出生");
    expect(html).not.toContain("电话");
  });

  it("filters by status, program and school; an unknown filter value is ignored, as everywhere on the platform", async () => {
    const path = applicantsPath(mine.positionId);
    const name = (await w.db.prisma.student.findUniqueOrThrow({ where: { id: mine.student.id } })).name;
    expect(await (await w.staff.get(`${path}?status=SUBMITTED`)).text()).toContain(name);
    expect(await (await w.staff.get(`${path}?status=OFFER`)).text()).not.toContain(name);
    expect(await (await w.staff.get(`${path}?program=${w.program.id}`)).text()).toContain(name);
    expect(await (await w.staff.get(`${path}?program=${w.program.id + 1000}`)).text()).not.toContain(name);
    expect(await (await w.staff.get(`${path}?school=${w.school.id}`)).text()).toContain(name);
    expect(await (await w.staff.get(`${path}?school=${w.school.id + 1000}`)).text()).not.toContain(name);
    const unknown = await w.staff.get(`${path}?status=HIRED&program=abc`);
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain(name);
  });

  it("another enterprise can neither see nor move the applicants (403), and nothing is written", async () => {
    const page = await rival.client.get(applicantsPath(mine.positionId));
    expect(page.status).toBe(403);
    expect(await page.text()).not.toContain("周末也可以");
    const before = await applicationTables(w.db);
    const response = await rival.client.post(applicantsPath(mine.positionId), {
      applicationId: String(mine.applicationId),
      to: "VIEWED",
    });
    expect(response.status).toBe(403);
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("another enterprise cannot move it through one of its own positions either (404), nothing written", async () => {
    const own = await w.make.position({ enterpriseId: rival.id });
    const before = await applicationTables(w.db);
    const response = await rival.client.post(applicantsPath(own.id), {
      applicationId: String(mine.applicationId),
      to: "REJECTED",
      confirm: "yes",
    });
    expect(response.status).toBe(404);
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("another enterprise's draft is not found; schools, students and the bureau are refused", async () => {
    const draft = await w.make.position({ enterpriseId: w.enterprise.id, status: "DRAFT" });
    expect((await rival.client.get(applicantsPath(draft.id))).status).toBe(404);
    const bureau = await w.make.bureau();
    for (const [role, organisationId] of [
      ["SCHOOL_STAFF", w.school.id],
      ["TEACHER", w.school.id],
      ["BUREAU_ADMIN", bureau.id],
    ] as const) {
      const client = await w.clientFor((await w.make.user({ role, organisationId })).id);
      expect((await client.get(applicantsPath(mine.positionId))).status).toBe(403);
    }
    expect((await mine.client.get(applicantsPath(mine.positionId))).status).toBe(403);
  });
});
