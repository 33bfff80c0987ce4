import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../support/http";
import { boothTables, deskPath, ownPath, useBoothWorld } from "./world";

// Role × organisation for the two booth pages. The fair page's visibility is fair.read (a draft is the
// organiser's alone: 404 to everyone else); the desk is fair.manage (the organiser's office; another
// school's office, the bureau, teachers, enterprises and students are refused 403 on a published fair
// they can see); the enterprise page is enterprise staff's, each reaching only its own request.

const o = useBoothWorld();
const { w } = o;
const as = {} as Record<"organiser" | "otherOffice" | "teacher" | "bureau" | "student" | "enterprise" | "otherEnterprise", Client>;
let published: number;
let draft: number;
let boothId: number;

beforeAll(async () => {
  await o.setup();
  const other = await w.make.school();
  const bureau = await w.make.bureau();
  as.organiser = o.extra.office;
  as.otherOffice = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: other.id })).id);
  as.teacher = await w.clientFor((await w.make.user({ role: "TEACHER", organisationId: w.school.id })).id);
  as.bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: bureau.id })).id);
  as.student = (await w.student()).client;
  as.enterprise = w.staff;
  as.otherEnterprise = (await o.company()).client;
  published = (await o.fair()).id;
  draft = (await o.fair({ status: "DRAFT" })).id;
  boothId = (await w.make.fairBooth({ fairId: published, enterpriseId: w.enterprise.id, note: "本企业的秘密备注" })).id;
});

describe("the organiser's desk /fairs/:fairId/booths", () => {
  it.each([
    ["organiser", 200, 200],
    ["otherOffice", 403, 404],
    // A draft is the organising office's alone (fair.read): to everyone else it does not exist.
    ["teacher", 403, 404], // a teacher of the organising school may check students in, not decide booths
    ["bureau", 403, 404], // oversees, but decides only its own fairs' booths, and a school's draft is not yet a fair
    ["student", 403, 404],
    ["enterprise", 403, 404],
  ] as const)("%s: published %i, another's draft %i", async (who, onPublished, onDraft) => {
    expect((await as[who].get(deskPath(published))).status).toBe(onPublished);
    if (who !== "organiser") expect((await as[who].get(deskPath(draft))).status).toBe(onDraft);
    const before = await boothTables(w.db);
    const response = await as[who].post(deskPath(published), { intent: "approve", boothId: String(boothId) });
    expect(response.status).toBe(who === "organiser" ? 302 : onPublished);
    if (who !== "organiser") expect(await boothTables(w.db)).toEqual(before);
    else await w.db.prisma.fairBooth.update({ where: { id: boothId }, data: { status: "REQUESTED", boothNo: null } });
  });

  it("a fair that does not exist, or a malformed id, is 404", async () => {
    expect((await as.organiser.get(deskPath(2147483647))).status).toBe(404);
    expect((await as.organiser.get("/fairs/0x1/booths")).status).toBe(404);
  });

  it("a visitor is sent to sign in", async () => {
    const response = await w.visitor().get(deskPath(published));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("/login");
  });
});

describe("the enterprise's page /fairs/:fairId/booth", () => {
  it.each([
    ["enterprise", 200, 404],
    ["otherEnterprise", 200, 404],
    ["organiser", 403, 403],
    ["otherOffice", 403, 404],
    ["teacher", 403, 404],
    ["bureau", 403, 404],
    ["student", 403, 404],
  ] as const)("%s: %i on a published fair, %i on the school's draft", async (who, status, onDraft) => {
    expect((await as[who].get(ownPath(published))).status).toBe(status);
    expect((await as[who].get(ownPath(draft))).status).toBe(onDraft);
  });

  it("another enterprise sees none of this enterprise's request and reaches it by no act (404), nothing written", async () => {
    const mine = await (await as.enterprise.get(ownPath(published))).text();
    expect(mine).toContain("本企业的秘密备注");
    const theirs = await (await as.otherEnterprise.get(ownPath(published))).text();
    expect(theirs).not.toContain("本企业的秘密备注");
    expect(theirs).toContain("申请展位");
    const before = await boothTables(w.db);
    for (const fields of [
      { intent: "edit", representatives: "1" } as Record<string, string>,
      { intent: "withdraw", confirm: "yes" },
      { intent: "choose", boothNo: "1" },
    ]) {
      expect((await as.otherEnterprise.post(ownPath(published), fields)).status).toBe(404);
    }
    expect(await boothTables(w.db)).toEqual(before);
  });

  it("a draft fair takes no request (404), nothing written", async () => {
    const before = await boothTables(w.db);
    expect((await as.otherEnterprise.post(ownPath(draft), { intent: "request", representatives: "2" })).status).toBe(404);
    expect(await boothTables(w.db)).toEqual(before);
  });
});
