import { describe, expect, it } from "vitest";
import { useConsortiumWorld } from "./world";

// /consortium's member list driven through its URL: type, q, status (the bureau's alone), page; nonsense
// values show everything rather than fail. And the composition per type counts approved members only.

const w = useConsortiumWorld();
const names = async (who: "bureau" | "officeA" | "student", query: string) => {
  const html = await (await w[who].client.get(`/consortium${query}`)).text();
  const list = html.slice(html.indexOf('aria-label="成员单位"'), html.indexOf("共同体活动</h2>"));
  return list;
};

describe("/consortium's list through the URL", () => {
  it("everyone signed in reads the facts and the members; a visitor is sent to sign in", async () => {
    for (const who of ["bureau", "officeA", "student"] as const) {
      const r = await w[who].client.get("/consortium");
      expect(r.status).toBe(200);
      const html = await r.text();
      expect(html).toContain(w.consortium.name);
      expect(html).toContain(w.orgs.university.name);
    }
    expect((await w.visitor().get("/consortium")).status).toBe(302);
  });
  it("counts approved members by type, the bureau a government unit", async () => {
    await w.make.consortiumMember({ consortiumId: w.consortium.id, organisationId: (await w.make.otherOrganisation({ kind: "MEDIA" })).id, status: "REQUESTED" });
    const html = await (await w.student.client.get("/consortium")).text();
    const stat = (type: string) => new RegExp(`data-testid="type-${type}">(\\d+)<`).exec(html)?.[1];
    expect([stat("GOVERNMENT"), stat("UNIVERSITY"), stat("HIGHER_VOCATIONAL"), stat("SECONDARY_SCHOOL"), stat("ENTERPRISE"), stat("MEDIA")]).toEqual(["1", "1", "0", "1", "1", "0"]);
  });
  it("type=UNIVERSITY shows the university alone; type=GOVERNMENT the bureau", async () => {
    const uni = await names("officeA", "?type=UNIVERSITY");
    expect(uni).toContain(w.orgs.university.name);
    expect(uni).not.toContain(w.orgs.schoolA.name);
    const gov = await names("officeA", "?type=GOVERNMENT");
    expect(gov).toContain(w.orgs.bureau.name);
    expect(gov).not.toContain(w.orgs.university.name);
  });
  it("q matches part of a name; no match says so", async () => {
    const part = w.orgs.enterpriseA.name.slice(-3);
    const hit = await names("student", `?q=${encodeURIComponent(part)}`);
    expect(hit).toContain(w.orgs.enterpriseA.name);
    expect(hit).not.toContain(w.orgs.university.name);
    // % and _ are letters here, not wildcards
    for (const q of ["%", "_", "\\"]) expect(await (await w.student.client.get(`/consortium?q=${encodeURIComponent(q)}`)).text(), q).toContain("没有符合条件的单位");
  });
  it("status: the bureau sees requests with it; anyone else is shown members whatever the URL says", async () => {
    const requester = await w.make.enterprise();
    await w.make.consortiumMember({ consortiumId: w.consortium.id, organisationId: requester.id, status: "DECLINED", declineReason: "不在本市" });
    const bureau = await names("bureau", "?status=DECLINED");
    expect(bureau).toContain(requester.name);
    expect(bureau).toContain("不在本市");
    expect(bureau).not.toContain(w.orgs.university.name);
    const office = await names("officeA", "?status=DECLINED");
    expect(office).not.toContain(requester.name);
    expect(office).not.toContain("不在本市");
    expect(office).toContain(w.orgs.university.name);
  });
  it("nonsense values are dropped, a page past the last goes to the last", async () => {
    for (const query of ["?type=PLANET", "?status=BOSS", `?q=${"长".repeat(51)}`, "?page=abc", "?type=&q="]) {
      const r = await w.officeA.client.get(`/consortium${query}`);
      expect(r.status, query).toBe(200);
      expect(await r.text(), query).toContain(w.orgs.university.name);
    }
    const r = await w.officeA.client.get("/consortium?page=9&type=UNIVERSITY");
    expect(r.status).toBe(302);
    expect(r.headers.get("location")).toBe("/consortium?page=1&type=UNIVERSITY");
  });
  it("paging: 50 a page", async () => {
    for (let i = 0; i < 51; i++) await w.make.consortiumMember({ consortiumId: w.consortium.id, organisationId: (await w.make.otherOrganisation({ kind: "MEDIA", name: `测试媒体${String(i).padStart(2, "0")}` })).id, status: "APPROVED" });
    const first = await names("bureau", "?type=MEDIA");
    const second = await names("bureau", "?type=MEDIA&page=2");
    expect(first).toContain("测试媒体00");
    expect(first).not.toContain("测试媒体50");
    expect(second).toContain("测试媒体50");
  });
});
