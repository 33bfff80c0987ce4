import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { pdfFile, postMultipart, proposal, useAgreementWorld } from "./world";

// Role × organisation: each side sees its own agreements, the bureau all; anyone else does not learn
// an agreement exists — its page and its document are 404, exactly as a missing id.

const w = useAgreementWorld();
let agreementId: number;
let student: Client;

beforeAll(async () => {
  const response = await postMultipart(w.schoolStaff.client, "/agreements/new", { ...proposal(w.enterprise.id, w.program.id, { title: "矩阵测试协议" }), document: pdfFile() });
  agreementId = Number(response.headers.get("location")!.split("/").pop());
  const s = await w.make.student({ account: true, schoolId: w.school.id });
  student = await w.clientFor(s.user.id);
});

describe("who sees the agreement, its page and its document", () => {
  it("the school's staff, the enterprise's staff and the bureau: page 200, document the stored PDF", async () => {
    for (const client of [w.schoolStaff.client, w.enterpriseStaff.client, w.bureau.client]) {
      const page = await client.get(`/agreements/${agreementId}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("矩阵测试协议");
      const doc = await client.get(`/agreements/${agreementId}/document`);
      expect(doc.status).toBe(200);
      expect(doc.headers.get("content-type")).toBe("application/pdf");
      expect(doc.headers.get("content-disposition")).toContain("attachment");
      expect(new TextDecoder().decode(await doc.arrayBuffer())).toMatch(/^%PDF-1\.4/);
    }
  });

  it("another school, another enterprise, a teacher and a student of the school: 404 on page and document, and it is not in their list", async () => {
    for (const client of [w.otherSchoolStaff.client, w.otherEnterpriseStaff.client, w.teacher.client, student]) {
      expect((await client.get(`/agreements/${agreementId}`)).status).toBe(404);
      expect((await client.get(`/agreements/${agreementId}/document`)).status).toBe(404);
    }
    for (const client of [w.otherSchoolStaff.client, w.otherEnterpriseStaff.client]) {
      expect(await (await client.get("/agreements")).text()).not.toContain("矩阵测试协议");
    }
  });

  it("a missing agreement and one without a document: 404; a visitor is sent to sign in", async () => {
    expect((await w.bureau.client.get("/agreements/2147483647")).status).toBe(404);
    expect((await w.bureau.client.get("/agreements/2147483647/document")).status).toBe(404);
    const bare = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id });
    expect((await w.schoolStaff.client.get(`/agreements/${bare.id}/document`)).status).toBe(404);
    expect((await w.visitor().get(`/agreements/${agreementId}`)).status).toBe(302);
  });

  it("the list: each side its own, the bureau all; teachers and students have none (403); only parties may propose", async () => {
    const mine = await (await w.schoolStaff.client.get("/agreements")).text();
    const theirs = await (await w.enterpriseStaff.client.get("/agreements")).text();
    const bureau = await (await w.bureau.client.get("/agreements")).text();
    for (const html of [mine, theirs, bureau]) expect(html).toContain("矩阵测试协议");
    expect(bureau).not.toContain('href="/agreements/new"');
    for (const client of [w.teacher.client, student]) {
      expect((await client.get("/agreements")).status).toBe(403);
      expect((await client.get("/agreements/new")).status).toBe(403);
    }
    expect((await w.bureau.client.get("/agreements/new")).status).toBe(403);
  });
});
