import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { dayFromToday } from "../support/dates";
import { certificationTables, idFrom, pdfFile, postMultipart, submission, useCertificationWorld } from "./world";

// Role × organisation: a school's office sees its own teachers' certifications, the bureau all; anyone
// else does not learn one exists (404 on the page, the document and a move, exactly as a missing id);
// teachers, enterprises and students have no list (403). Only a school's office submits, and only
// its own teachers.

const w = useCertificationWorld();
let id: number;
let student: Client;
let teacherName: string;

beforeAll(async () => {
  const t = await w.make.teacher({ schoolId: w.school.id, name: "矩阵测试教师" });
  teacherName = t.name;
  const response = await postMultipart(w.schoolStaff.client, "/certifications/new", { ...submission(t.id), document: pdfFile() });
  id = idFrom(response);
  const s = await w.make.student({ account: true, schoolId: w.school.id });
  student = await w.clientFor(s.user.id);
});

describe("who reads a certification", () => {
  it("the school's office and the bureau: page and document 200", async () => {
    for (const client of [w.schoolStaff.client, w.bureau.client]) {
      const page = await client.get(`/certifications/${id}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(teacherName);
      expect((await client.get(`/certifications/${id}/document`)).status).toBe(200);
    }
  });

  it("another school, an enterprise, a teacher of the school, a student: 404 on page, document and every move, nothing written", async () => {
    const before = await certificationTables(w.db);
    for (const client of [w.otherSchoolStaff.client, w.enterpriseStaff.client, w.teacherUser.client, student]) {
      expect((await client.get(`/certifications/${id}`)).status).toBe(404);
      expect((await client.get(`/certifications/${id}/document`)).status).toBe(404);
      const bodies: Array<Record<string, string>> = [
        { intent: "certify", validFrom: dayFromToday(0), validUntil: dayFromToday(100) },
        { intent: "refuse", reason: "x", confirm: "yes" },
        { intent: "withdraw", confirm: "yes" },
      ];
      for (const body of bodies) {
        expect((await client.post(`/certifications/${id}`, body)).status).toBe(404);
      }
    }
    expect(await certificationTables(w.db)).toEqual(before);
  });

  it("a missing id is the same 404; a visitor is sent to sign in", async () => {
    expect((await w.bureau.client.get("/certifications/2147483647")).status).toBe(404);
    expect((await w.bureau.client.get("/certifications/abc")).status).toBe(404);
    expect((await w.visitor().get(`/certifications/${id}`)).status).toBe(302);
    expect((await w.visitor().get("/certifications")).status).toBe(302);
  });
});

describe("the list and the form", () => {
  it("the school's office sees its own, the bureau all; another school not this one", async () => {
    expect(await (await w.schoolStaff.client.get("/certifications")).text()).toContain(teacherName);
    expect(await (await w.bureau.client.get("/certifications")).text()).toContain(teacherName);
    expect(await (await w.otherSchoolStaff.client.get("/certifications")).text()).not.toContain(teacherName);
    // A school cannot widen its list to another school through the URL.
    expect(await (await w.otherSchoolStaff.client.get(`/certifications?school=${w.school.id}`)).text()).not.toContain(teacherName);
  });

  it("teachers, enterprises and students: no list, no form (403); the bureau does not submit (403)", async () => {
    for (const client of [w.teacherUser.client, w.enterpriseStaff.client, student]) {
      expect((await client.get("/certifications")).status).toBe(403);
      expect((await client.get("/certifications/new")).status).toBe(403);
    }
    expect((await w.bureau.client.get("/certifications/new")).status).toBe(403);
    const before = await certificationTables(w.db);
    const t = await w.make.teacher({ schoolId: w.school.id });
    for (const client of [w.bureau.client, w.teacherUser.client, w.enterpriseStaff.client, student]) {
      expect((await postMultipart(client, "/certifications/new", submission(t.id))).status).toBe(403);
    }
    expect((await certificationTables(w.db)).certifications).toEqual(before.certifications);
  });

  it("a school's office cannot submit another school's teacher (400, nothing written), nor see them in the form", async () => {
    const theirs = await w.make.teacher({ schoolId: w.otherSchool.id, name: "别校教师甲" });
    expect(await (await w.schoolStaff.client.get("/certifications/new")).text()).not.toContain("别校教师甲");
    const before = await certificationTables(w.db);
    const response = await postMultipart(w.schoolStaff.client, "/certifications/new", submission(theirs.id));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("请选择本校教师");
    expect(await certificationTables(w.db)).toEqual(before);
  });

  it("another school's office cannot withdraw this school's submission, nor renew its certification", async () => {
    const t = await w.make.teacher({ schoolId: w.school.id });
    const c = await w.make.certification({ teacherId: t.id, certified: true, validFrom: dayFromToday(-1000), validUntil: dayFromToday(30) });
    const response = await postMultipart(w.otherSchoolStaff.client, "/certifications/new", submission(t.id, { renewsId: String(c.id) }));
    expect(response.status).toBe(400);
    expect(await (await w.otherSchoolStaff.client.get(`/certifications/new?renews=${c.id}`)).text()).not.toContain(t.name);
  });
});
