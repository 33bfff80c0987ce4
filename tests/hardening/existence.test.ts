import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// Issue 8, item 9: a record the user may not see answers exactly as a missing one (404), on every
// route that names it, so its existence cannot be probed. 403 remains for records the user can see
// but not act on (another enterprise's published position).

const w = useApplicationWorld();
let rival: Client; // staff of another enterprise
let otherSchoolStaff: Client;
let teacher: Client;
let student: WorldStudent;
let closedId: number;
let draftId: number;
let publishedId: number;
const MISSING = 2_000_000_000;

beforeAll(async () => {
  const rivalEnterprise = await w.make.enterprise();
  rival = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: rivalEnterprise.id })).id);
  const otherSchool = await w.make.school();
  otherSchoolStaff = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: otherSchool.id })).id);
  teacher = await w.clientFor((await w.make.user({ role: "TEACHER", organisationId: otherSchool.id })).id);
  student = await w.student();
  closedId = (await w.make.position({ enterpriseId: w.enterprise.id, status: "CLOSED" })).id;
  draftId = (await w.make.position({ enterpriseId: w.enterprise.id, status: "DRAFT" })).id;
  publishedId = (await w.make.position({ enterpriseId: w.enterprise.id })).id;
});

async function answer(response: Promise<Response>) {
  const reply = await response;
  return { status: reply.status, message: /找不到[^<"]*/.exec(await reply.text())?.[0] };
}

describe("another enterprise's closed or draft position", () => {
  it.each([
    ["closed", () => closedId],
    ["draft", () => draftId],
  ])("a %s position is 404 on its page, its applicants page and its edit page, as a missing one", async (_kind, id) => {
    const before = await applicationTables(w.db);
    for (const path of ["/positions/{id}", "/enterprise/positions/{id}/applicants", "/enterprise/positions/{id}/edit"]) {
      const hidden = await answer(rival.get(path.replace("{id}", String(id()))));
      const missing = await answer(rival.get(path.replace("{id}", String(MISSING))));
      expect(hidden, path).toEqual({ status: 404, message: "找不到该岗位" });
      expect(hidden, path).toEqual(missing);
    }
    for (const path of ["/enterprise/positions/{id}/applicants", "/enterprise/positions/{id}/edit"]) {
      const fields = { intent: "close", applicationId: "1", to: "VIEWED" };
      const hidden = await answer(rival.post(path.replace("{id}", String(id())), fields));
      expect(hidden, path).toEqual(await answer(rival.post(path.replace("{id}", String(MISSING)), fields)));
      expect(hidden.status, path).toBe(404);
    }
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("a student, a school and the bureau see the closed position's applicants page as missing too", async () => {
    const bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: (await w.make.bureau()).id })).id);
    expect((await student.client.get(`/enterprise/positions/${closedId}/applicants`)).status).toBe(404);
    expect((await otherSchoolStaff.get(`/enterprise/positions/${closedId}/applicants`)).status).toBe(404);
    // The bureau may see every position, so for it the page exists and is refused.
    expect((await bureau.get(`/enterprise/positions/${closedId}/applicants`)).status).toBe(403);
  });

  it("a published one, which everyone may see, is 403 on its applicants page (control)", async () => {
    expect((await rival.get(`/positions/${publishedId}`)).status).toBe(200);
    expect((await rival.get(`/enterprise/positions/${publishedId}/applicants`)).status).toBe(403);
  });

  it("its own enterprise sees all three (control)", async () => {
    for (const id of [closedId, draftId, publishedId]) {
      expect((await w.staff.get(`/enterprise/positions/${id}/applicants`)).status).toBe(200);
    }
  });
});

describe("a student of another school", () => {
  it("is 404 for that school's staff and teachers, exactly as a missing student", async () => {
    for (const client of [otherSchoolStaff, teacher, rival]) {
      const hidden = await answer(client.get(`/students/${student.student.id}`));
      expect(hidden).toEqual({ status: 404, message: "找不到该学生" });
      expect(hidden).toEqual(await answer(client.get(`/students/${MISSING}`)));
    }
  });

  it("is found by the student's own school (control)", async () => {
    const own = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id);
    expect((await own.get(`/students/${student.student.id}`)).status).toBe(200);
  });
});
