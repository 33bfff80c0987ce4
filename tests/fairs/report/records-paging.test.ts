import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../support/http";
import { useTestApp } from "../../support/test-app";

// The records page is paged, 50 to a page (the 职教活动周 has 18,809 registrations): the page
// parameter through the URL, both sides of the page edge (50 and 51 records), a page past the last
// sent to the last with the filters kept, nonsense read as the first page.

const t = useTestApp();
let office: Client;
let fairId: number;
let schoolId: number;

beforeAll(async () => {
  const school = await t.make.school();
  schoolId = school.id;
  const offering = await t.make.schoolProgram({ schoolId: school.id });
  const fair = await t.make.jobFair({ organiserId: school.id, status: "CLOSED" });
  fairId = fair.id;
  for (let i = 0; i < 51; i++) {
    const student = await t.make.student({ schoolId: school.id, schoolProgramId: offering.id });
    // 50 checked in, the 51st not: studentsCheckedIn fills exactly one page, studentsRegistered spills onto a second
    await t.make.fairRegistration({ fairId, studentId: student.id, checkedIn: i < 50 });
  }
  office = await t.clientFor((await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id })).id);
});

const rows = async (query: string) => {
  const response = await office.get(`/fairs/${fairId}/report/records?${query}`);
  expect(response.status, query).toBe(200);
  const html = await response.text();
  return { count: [...html.matchAll(/<tr[^>]*data-row-id=/g)].length, html };
};

describe("the records page's page parameter", () => {
  it("50 records are one page; 51 are two, the second holding one", async () => {
    const fifty = await rows("figure=studentsCheckedIn");
    expect(fifty.count).toBe(50);
    expect(fifty.html).toContain("第 1 / 1 页，共 50 条");
    expect((await rows("figure=studentsRegistered")).count).toBe(50);
    const second = await rows("figure=studentsRegistered&page=2");
    expect(second.count).toBe(1);
    expect(second.html).toContain("第 2 / 2 页，共 51 条");
    expect(second.html).toContain('data-testid="figure-value">51<');
  });

  it("a page past the last goes to the last, filters kept; nonsense is the first page", async () => {
    const response = await office.get(`/fairs/${fairId}/report/records?figure=studentsRegistered&school=${schoolId}&page=9`);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/fairs/${fairId}/report/records?figure=studentsRegistered&school=${schoolId}&page=2`);
    for (const page of ["abc", "0", "-1", "2.5", "99999999999"]) {
      const r = await office.get(`/fairs/${fairId}/report/records?figure=studentsRegistered&page=${page}`);
      expect(r.status, page).toBe(200);
      expect([...(await r.text()).matchAll(/<tr[^>]*data-row-id=/g)].length, page).toBe(50);
    }
  });
});
