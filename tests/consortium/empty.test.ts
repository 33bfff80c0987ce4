import { expect, it } from "vitest";
import { useTestApp } from "../support/test-app";

// Before the bureau records a consortium (a fresh platform without the demo), /consortium says so with a
// 200 for every role; it is not a missing page. Joining has nothing to join: 404.

const t = useTestApp();

it("/consortium without a consortium: an empty state for every role, and nothing to join", async () => {
  const bureau = await t.make.bureau();
  const school = await t.make.school();
  const enterprise = await t.make.enterprise();
  for (const [role, organisationId] of [
    ["BUREAU_ADMIN", bureau.id],
    ["SCHOOL_STAFF", school.id],
    ["ENTERPRISE_STAFF", enterprise.id],
  ] as const) {
    const client = await t.clientFor((await t.make.user({ role, organisationId })).id);
    const page = await client.get("/consortium");
    expect(page.status, role).toBe(200);
    expect(await page.text()).toContain("尚未在平台上建立产教融合共同体");
    expect((await client.get("/consortium/join")).status, role).toBe(404);
  }
  await t.make.consortium({ name: "测试·共同体" });
  const client = await t.clientFor((await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id })).id);
  const page = await client.get("/consortium");
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("测试·共同体");
});
