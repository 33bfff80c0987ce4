import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld, type Client, type WorldStudent } from "../support/application-world";

// Who reads a student's résumé and contacts (docs/decisions/0008), role × organisation: the
// enterprise the student applied to, from applying until withdrawing, the copy taken at applying;
// no other enterprise, even one the same student applied to elsewhere; the student's own school
// office (the live résumé, on the student's record); never teachers nor the bureau.

const w = useApplicationWorld();
const PHONE = "13811112222"; // the résumé when applying
const WECHAT = "qc_chef2024";
const LATER_PHONE = "13833334444"; // written after applying
let applicant: WorldStudent;
let applicationId: number;
let positionId: number; // w.enterprise's, applied to
let otherEnterprise: { id: number; client: Client; positionId: number; applicationId: number };
let schoolStaff: Client;
let teacher: Client;
let bureau: Client;
let otherSchoolStaff: Client;

const applicantPage = (pid: number, aid: number) => `/enterprise/positions/${pid}/applicants/${aid}`;
const listPage = (pid: number) => `/enterprise/positions/${pid}/applicants`;
const telLink = (phone: string) => `href="tel:${phone}"`;

beforeAll(async () => {
  applicant = await w.student();
  await w.make.resume({ studentId: applicant.student.id, contact: "both", phone: PHONE, wechat: WECHAT, full: true });
  positionId = (await w.make.position({ enterpriseId: w.enterprise.id, title: "热菜厨师" })).id;

  // Another enterprise, with a position the same student applied to as well (its own copy) and one
  // another student applied to: neither lets it reach the application to w.enterprise.
  const other = await w.make.enterprise();
  const otherStaff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: other.id })).id);
  const otherPosition = await w.make.position({ enterpriseId: other.id });
  const someoneElse = await w.student();
  await someoneElse.client.post(`/positions/${otherPosition.id}/apply`, {});
  const someoneElsesApplication = await w.db.prisma.application.findFirstOrThrow({ where: { positionId: otherPosition.id } });
  otherEnterprise = { id: other.id, client: otherStaff, positionId: otherPosition.id, applicationId: someoneElsesApplication.id };

  const bureauOrg = await w.make.bureau();
  const otherSchool = await w.make.school();
  const clientOf = async (role: "SCHOOL_STAFF" | "TEACHER" | "BUREAU_ADMIN", organisationId: number) =>
    w.clientFor((await w.make.user({ role, organisationId })).id);
  schoolStaff = await clientOf("SCHOOL_STAFF", w.school.id);
  teacher = await clientOf("TEACHER", w.school.id);
  bureau = await clientOf("BUREAU_ADMIN", bureauOrg.id);
  otherSchoolStaff = await clientOf("SCHOOL_STAFF", otherSchool.id);
});

describe("before applying", () => {
  it("the apply form says what is shared with whom, and nothing reaches the enterprise yet", async () => {
    const page = await (await applicant.client.get(`/positions/${positionId}`)).text();
    const enterprise = await w.db.prisma.organisation.findUniqueOrThrow({ where: { id: w.enterprise.id } });
    expect(page).toContain(`分享给「${enterprise.name}」，仅此一家`);
    expect(page).toContain("撤回申请后，该企业不再能看到");
    expect(page).toContain('href="/resume"');
    const list = await (await w.staff.get(listPage(positionId))).text();
    expect(list).not.toContain(PHONE);
    expect(list).not.toContain(WECHAT);
  });
});

describe("after applying", () => {
  beforeAll(async () => {
    const applied = await applicant.client.post(`/positions/${positionId}/apply`, { note: "周末也可以" });
    expect(applied.status).toBe(302);
    applicationId = (await w.db.prisma.application.findFirstOrThrow({ where: { positionId, studentId: applicant.student.id } })).id;
    // The same student applies to the other enterprise too: that gives it its own copy, not this one.
    await applicant.client.post(`/positions/${otherEnterprise.positionId}/apply`, {});
    // …and then edits the résumé: the enterprise keeps what was shared at applying.
    expect((await applicant.client.post("/resume", { phone: LATER_PHONE, intro: "改过的介绍" })).status).toBe(200);
  });

  it("the enterprise applied to sees the résumé with a tel: link and the WeChat id, on the applicant page and the list", async () => {
    for (const path of [applicantPage(positionId, applicationId), listPage(positionId)]) {
      const response = await w.staff.get(path);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(telLink(PHONE));
      expect(html).toContain(WECHAT);
      expect(html).toContain("某酒店后厨"); // experience, from the factory's full trait
      expect(html).toContain("学生申请时分享给贵企业的简历");
    }
  });

  it("it is the copy taken at applying: the edit made afterwards is not shown", async () => {
    const html = await (await w.staff.get(applicantPage(positionId, applicationId))).text();
    expect(html).not.toContain(LATER_PHONE);
    expect(html).not.toContain("改过的介绍");
  });

  it("another enterprise gets neither the page nor the résumé: 403 on the position's pages (it is published), 404 through its own", async () => {
    const foreign = await otherEnterprise.client.get(applicantPage(positionId, applicationId));
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).not.toContain(PHONE);
    const probed = await otherEnterprise.client.get(applicantPage(otherEnterprise.positionId, applicationId));
    expect(probed.status).toBe(404);
    expect(await probed.text()).not.toContain(PHONE);
    // An enterprise the student never applied to, probing through a position of its own: 404 too.
    const third = await w.make.enterprise();
    const thirdStaff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: third.id })).id);
    const thirdPosition = await w.make.position({ enterpriseId: third.id });
    const response = await thirdStaff.get(applicantPage(thirdPosition.id, applicationId));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(PHONE);
    expect(await (await thirdStaff.get(listPage(thirdPosition.id))).text()).not.toContain(PHONE);
  });

  it("the other enterprise the student also applied to sees only its own copy, taken when applying to it", async () => {
    const own = await w.db.prisma.application.findFirstOrThrow({
      where: { positionId: otherEnterprise.positionId, studentId: applicant.student.id },
    });
    const html = await (await otherEnterprise.client.get(applicantPage(otherEnterprise.positionId, own.id))).text();
    expect(html).toContain(telLink(PHONE)); // applied before the edit
    // Its applicant of another student carries no résumé (that student wrote none).
    const other = await (await otherEnterprise.client.get(applicantPage(otherEnterprise.positionId, otherEnterprise.applicationId))).text();
    expect(other).toContain("该学生申请时没有填写简历");
  });

  it("a résumé written only after applying is not shared", async () => {
    const late = await w.student();
    const position = await w.make.position({ enterpriseId: w.enterprise.id });
    await late.client.post(`/positions/${position.id}/apply`, {});
    await w.make.resume({ studentId: late.student.id, phone: "13855556666" });
    const html = await (await w.staff.get(listPage(position.id))).text();
    expect(html).not.toContain("13855556666");
    expect(html).toContain("该学生申请时没有填写简历");
  });

  it("the student's own school office sees the live résumé on the student's record; teachers, the bureau and other schools do not", async () => {
    const record = `/students/${applicant.student.id}`;
    const office = await (await schoolStaff.get(record)).text();
    expect(office).toContain("学生简历");
    expect(office).toContain(telLink(LATER_PHONE));
    for (const client of [teacher, bureau]) {
      const response = await client.get(record);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).not.toContain("学生简历");
      expect(html).not.toContain(LATER_PHONE);
      expect(html).not.toContain(WECHAT);
    }
    const elsewhere = await otherSchoolStaff.get(record);
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.text()).not.toContain(LATER_PHONE);
  });
});

describe("withdrawing ends the sharing", () => {
  it("the copy is erased at withdrawal and the enterprise sees no résumé; applying again shares the résumé as it is then", async () => {
    const withdrawn = await applicant.client.post("/applications", { intent: "withdraw", applicationId: String(applicationId), confirm: "yes" });
    expect(withdrawn.status).toBe(302);
    const row = await w.db.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(row.status).toBe("WITHDRAWN");
    expect(row.sharedResume).toBeNull();
    for (const path of [applicantPage(positionId, applicationId), listPage(positionId)]) {
      const html = await (await w.staff.get(path)).text();
      expect(html).not.toContain(PHONE);
      expect(html).not.toContain(LATER_PHONE);
      expect(html).not.toContain(WECHAT);
    }
    expect(await (await w.staff.get(applicantPage(positionId, applicationId))).text()).toContain("学生已撤回申请，简历和联系方式不再分享");

    expect((await applicant.client.post(`/positions/${positionId}/apply`, {})).status).toBe(302);
    const again = await (await w.staff.get(applicantPage(positionId, applicationId))).text();
    expect(again).toContain(telLink(LATER_PHONE));
    expect(again).toContain("改过的介绍");
    expect(again).not.toContain(telLink(PHONE));
  });
});
