import { describe, expect, it } from "vitest";
import { fairForm, fairTables, useFairWorld } from "./world";

// Role × organisation for one fair: a draft is its organiser's alone (404 to strangers, as a missing
// fair); a published fair is everyone's to read; only the organiser's office edits; only the bureau
// and schools' offices create.

const w = useFairWorld();

type Who = "schoolStaff" | "otherSchoolStaff" | "teacher" | "bureau" | "enterpriseStaff" | "student";
const everyone: Who[] = ["schoolStaff", "otherSchoolStaff", "teacher", "bureau", "enterpriseStaff", "student"];

describe("reading a fair's page", () => {
  it("a draft: only its school's office sees it; the school's teachers and students, the bureau, another school and an enterprise get 404", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, status: "DRAFT", title: "本校草稿招聘会" });
    const expected: Record<Who, number> = { schoolStaff: 200, teacher: 404, bureau: 404, otherSchoolStaff: 404, enterpriseStaff: 404, student: 404 };
    for (const who of everyone) {
      const response = await w[who].client.get(`/fairs/${fair.id}`);
      expect(response.status, who).toBe(expected[who]);
      const text = await response.text();
      if (expected[who] === 404) expect(text).not.toContain("本校草稿招聘会");
    }
    expect((await w.visitor().get(`/fairs/${fair.id}`)).status).toBe(302); // to sign-in
  });

  it("a published fair is read by everyone signed in; a missing one and a nonsense id are 404", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, status: "OPEN" });
    for (const who of everyone) expect((await w[who].client.get(`/fairs/${fair.id}`)).status, who).toBe(200);
    expect((await w.schoolStaff.client.get("/fairs/99999999")).status).toBe(404);
    expect((await w.schoolStaff.client.get("/fairs/1e3")).status).toBe(404);
  });
});

describe("the edit page", () => {
  it("a school's published fair: its office only; the bureau and everyone else 403; a draft is 404 to strangers", async () => {
    const open = await w.make.jobFair({ organiserId: w.school.id, status: "OPEN" });
    const draft = await w.make.jobFair({ organiserId: w.school.id, status: "DRAFT" });
    const onOpen: Record<Who, number> = { schoolStaff: 200, otherSchoolStaff: 403, teacher: 403, bureau: 403, enterpriseStaff: 403, student: 403 };
    const onDraft: Record<Who, number> = { schoolStaff: 200, otherSchoolStaff: 404, teacher: 404, bureau: 404, enterpriseStaff: 404, student: 404 };
    for (const who of everyone) {
      expect((await w[who].client.get(`/fairs/${open.id}/edit`)).status, `${who} open`).toBe(onOpen[who]);
      expect((await w[who].client.get(`/fairs/${draft.id}/edit`)).status, `${who} draft`).toBe(onDraft[who]);
    }
  });

  it("a school's office cannot edit the bureau's fair or another school's, nothing written", async () => {
    const bureauFair = await w.make.jobFair({ organiserId: w.bureauOrg.id, status: "OPEN" });
    const otherFair = await w.make.jobFair({ organiserId: w.otherSchool.id, status: "OPEN" });
    const before = await fairTables(w.db);
    for (const fair of [bureauFair, otherFair]) {
      const response = await w.schoolStaff.client.post(`/fairs/${fair.id}/edit`, { intent: "save", ...fairForm(w.school.id, { title: "改掉别人的" }) });
      expect(response.status).toBe(403);
    }
    expect(await fairTables(w.db)).toEqual(before);
  });
});

describe("creating", () => {
  it("enterprise staff, students and teachers cannot create (403 on the page and the post), nothing written", async () => {
    for (const who of ["enterpriseStaff", "student", "teacher"] as const) {
      expect((await w[who].client.get("/fairs/new")).status, who).toBe(403);
      const before = await fairTables(w.db);
      expect((await w[who].client.post("/fairs/new", fairForm(w.school.id))).status, who).toBe(403);
      expect(await fairTables(w.db)).toEqual(before);
    }
  });

  it("the bureau and a school's office can; the list offers 举办招聘会 to them only", async () => {
    for (const who of everyone) {
      const text = await (await w[who].client.get("/fairs")).text();
      expect(text.includes("举办招聘会"), who).toBe(who === "schoolStaff" || who === "otherSchoolStaff" || who === "bureau");
    }
    expect((await w.schoolStaff.client.get("/fairs/new")).status).toBe(200);
    expect((await w.bureau.client.get("/fairs/new")).status).toBe(200);
  });
});
