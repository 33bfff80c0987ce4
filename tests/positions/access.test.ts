import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/client";
import { dayFromToday } from "../support/dates";
import { validPositionForm } from "../support/forms";
import { positionTables } from "../support/snapshots";
import { useTestApp } from "../support/test-app";

// Only staff of the owning enterprise change a position. Everyone else is refused (403 where they
// may see the position, 404 where they may not even know it exists), and nothing is written.

const t = useTestApp();
let org: Record<"enterprise" | "otherEnterprise" | "school" | "bureau", number>;
let position: Record<"DRAFT" | "PUBLISHED" | "CLOSED", number>;

beforeAll(async () => {
  org = {
    enterprise: (await t.make.enterprise()).id,
    otherEnterprise: (await t.make.enterprise()).id,
    school: (await t.make.school()).id,
    bureau: (await t.make.bureau()).id,
  };
  position = {
    DRAFT: (await t.make.position({ enterpriseId: org.enterprise, status: "DRAFT", title: "草稿岗位", deadline: dayFromToday(10) })).id,
    PUBLISHED: (await t.make.position({ enterpriseId: org.enterprise, status: "PUBLISHED", title: "在招岗位" })).id,
    CLOSED: (await t.make.position({ enterpriseId: org.enterprise, status: "CLOSED", title: "关闭岗位" })).id,
  };
});

async function clientAs(role: Role, home: keyof typeof org) {
  if (role === "STUDENT") return t.clientFor((await t.make.student({ schoolId: org[home], account: true })).user.id);
  return t.clientFor((await t.make.user({ role, organisationId: org[home] })).id);
}

const outsiders: Array<[Role, keyof typeof org]> = [
  ["ENTERPRISE_STAFF", "otherEnterprise"],
  ["STUDENT", "school"],
  ["SCHOOL_STAFF", "school"],
  ["TEACHER", "school"],
  ["BUREAU_ADMIN", "bureau"],
];

const mutations: Array<[string, keyof typeof position, Record<string, string | string[]>]> = [
  ["save a draft", "DRAFT", validPositionForm({ intent: "save", title: "篡改" })],
  ["save a published position", "PUBLISHED", validPositionForm({ intent: "save", title: "篡改" })],
  ["publish", "DRAFT", { intent: "publish" }],
  ["close", "PUBLISHED", { intent: "close", confirm: "yes" }],
  ["reopen", "CLOSED", { intent: "reopen", deadline: dayFromToday(5) }],
];

describe("position changes by anyone but the owning enterprise's staff", () => {
  // Another enterprise's staff may create positions, but only ever for their own enterprise.
  it.each(outsiders.filter(([role]) => role !== "ENTERPRISE_STAFF"))("%s of %s cannot create a position", async (role, home) => {
    const client = await clientAs(role, home);
    const before = await positionTables(t.db);
    expect((await client.get("/enterprise/positions/new")).status).toBe(403);
    const response = await client.post("/enterprise/positions/new", validPositionForm());
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("只有企业人员可以管理岗位");
    expect(await positionTables(t.db)).toEqual(before);
  });

  for (const [role, home] of outsiders) {
    it.each(mutations)(`${role} of ${home}: %s → refused, nothing written`, async (_name, status, form) => {
      const client = await clientAs(role, home);
      const path = `/enterprise/positions/${position[status]}/edit`;
      const before = await positionTables(t.db);
      // A draft or closed position is invisible to outsiders other than the bureau, so it is "not found".
      const expected = status === "PUBLISHED" || role === "BUREAU_ADMIN" ? 403 : 404;
      expect((await client.get(path)).status).toBe(expected);
      expect((await client.post(path, form)).status).toBe(expected);
      expect(await positionTables(t.db)).toEqual(before);
    });
  }

  it("non-enterprise users have no position list; another enterprise's staff see only their own", async () => {
    expect((await (await clientAs("STUDENT", "school")).get("/enterprise/positions")).status).toBe(403);
    expect((await (await clientAs("BUREAU_ADMIN", "bureau")).get("/enterprise/positions")).status).toBe(403);
    const page = await (await clientAs("ENTERPRISE_STAFF", "otherEnterprise")).get("/enterprise/positions");
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain("草稿岗位");
  });

  it("a stranger is sent to sign in, for pages and posts alike, and nothing is written", async () => {
    const stranger = t.visitor();
    const before = await positionTables(t.db);
    for (const path of ["/positions", `/positions/${position.PUBLISHED}`, "/enterprise/positions"]) {
      expect((await stranger.get(path)).headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    }
    const post = await stranger.post(`/enterprise/positions/${position.DRAFT}/edit`, { intent: "publish" });
    expect(post.status).toBe(302);
    expect(post.headers.get("location")).toMatch(/^\/login/);
    expect(await positionTables(t.db)).toEqual(before);
  });

  it("unknown or malformed position ids are 404, never 500", async () => {
    const client = await clientAs("ENTERPRISE_STAFF", "enterprise");
    for (const path of ["/positions/999999", "/positions/abc", "/enterprise/positions/-1/edit", "/enterprise/positions/1.5/edit"]) {
      expect((await client.get(path)).status).toBe(404);
    }
    expect((await client.post("/enterprise/positions/999999/edit", { intent: "publish" })).status).toBe(404);
  });
});

describe("who sees a position", () => {
  const viewers: Array<[Role, keyof typeof org, Record<keyof typeof position, number>]> = [
    ["ENTERPRISE_STAFF", "enterprise", { DRAFT: 200, PUBLISHED: 200, CLOSED: 200 }],
    ["BUREAU_ADMIN", "bureau", { DRAFT: 200, PUBLISHED: 200, CLOSED: 200 }],
    ["ENTERPRISE_STAFF", "otherEnterprise", { DRAFT: 404, PUBLISHED: 200, CLOSED: 404 }],
    ["STUDENT", "school", { DRAFT: 404, PUBLISHED: 200, CLOSED: 404 }],
    ["SCHOOL_STAFF", "school", { DRAFT: 404, PUBLISHED: 200, CLOSED: 404 }],
  ];
  it.each(viewers)("%s of %s", async (role, home, expected) => {
    const client = await clientAs(role, home);
    for (const status of ["DRAFT", "PUBLISHED", "CLOSED"] as const) {
      expect((await client.get(`/positions/${position[status]}`)).status, status).toBe(expected[status]);
    }
  });

  it("the apply form is there for a student on a published position, and for nobody else", async () => {
    const applyForm = `action="/positions/${position.PUBLISHED}/apply"`;
    const student = await (await clientAs("STUDENT", "school")).get(`/positions/${position.PUBLISHED}`);
    const html = await student.text();
    expect(html).toContain(applyForm);
    expect(html).toContain('name="note"');
    expect(html).toContain("申请该岗位");
    for (const [role, home] of [["SCHOOL_STAFF", "school"], ["ENTERPRISE_STAFF", "enterprise"], ["BUREAU_ADMIN", "bureau"]] as const) {
      const page = await (await clientAs(role, home)).get(`/positions/${position.PUBLISHED}`);
      expect(await page.text()).not.toContain(applyForm);
    }
    const owner = await (await clientAs("ENTERPRISE_STAFF", "enterprise")).get(`/positions/${position.CLOSED}`);
    expect(await owner.text()).not.toContain("申请该岗位");
  });
});
