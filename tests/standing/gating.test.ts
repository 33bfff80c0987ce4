import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { positionIdOf, validPositionForm } from "../support/forms";
import { validCreditCode } from "./support";

// Whose positions reach students (shared/open-for-applications.ts): published, deadline open, and
// the enterprise verified by the bureau and not suspended (issue 11, item 1). Each place a student
// meets a position is checked on both sides of the edge: search, the position page, recommendations,
// apply, the directory's company page; and publishing itself.

const w = useApplicationWorld();

const rowIds = (html: string) => [...html.matchAll(/data-row-id="(\d+)"/g)].map((m) => Number(m[1]));

async function worldOf(standing: "VERIFIED" | "UNVERIFIED" | "SUSPENDED") {
  const enterprise = await w.make.enterprise({ standing, clusterId: w.cluster.id, creditCode: validCreditCode() });
  const title = `门店厨师${standing}${enterprise.id}`;
  const position = await w.make.position({ enterpriseId: enterprise.id, title, programIds: [w.program.id] });
  return { enterprise, position, title };
}

describe("students meet only verified enterprises' positions", () => {
  for (const standing of ["VERIFIED", "UNVERIFIED", "SUSPENDED"] as const) {
    const shown = standing === "VERIFIED";
    it(`${standing}: ${shown ? "found, shown, recommended, open to apply" : "not found, 404, not recommended, apply refused"}`, async () => {
      const { enterprise, position, title } = await worldOf(standing);
      const { client } = await w.student();

      const search = await (await client.get(`/positions?q=${encodeURIComponent(title)}`)).text();
      expect(rowIds(search).includes(position.id)).toBe(shown);

      expect((await client.get(`/positions/${position.id}`)).status).toBe(shown ? 200 : 404);

      const recommended = await (await client.get("/recommended")).text();
      expect(rowIds(recommended).includes(position.id)).toBe(shown);

      const directory = await (await client.get(`/enterprises/${enterprise.id}`)).text();
      expect(directory.includes(`data-position-id="${position.id}"`)).toBe(shown);

      const apply = await client.post(`/positions/${position.id}/apply`, { note: "" });
      if (shown) expect(apply.status).toBe(302);
      else {
        expect(apply.status).toBe(400);
        expect(await apply.text()).toContain("岗位暂不接受申请");
        expect(await w.db.prisma.application.count({ where: { positionId: position.id } })).toBe(0);
      }
    });
  }

  it("the enterprise itself and the bureau still see a suspended enterprise's position", async () => {
    const { enterprise, position } = await worldOf("SUSPENDED");
    const own = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
    expect((await own.get(`/positions/${position.id}`)).status).toBe(200);
    const bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: (await w.make.bureau()).id })).id);
    expect((await bureau.get(`/positions/${position.id}`)).status).toBe(200);
  });
});

describe("a change of standing reaches search at once", () => {
  it("suspending hides the published positions, reinstating brings them back", async () => {
    const { enterprise, position, title } = await worldOf("VERIFIED");
    const { client } = await w.student();
    const bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: (await w.make.bureau()).id })).id);
    const found = async () => rowIds(await (await client.get(`/positions?q=${encodeURIComponent(title)}`)).text()).includes(position.id);
    expect(await found()).toBe(true);
    expect((await bureau.post(`/bureau/enterprises/${enterprise.id}`, { intent: "suspend", reason: "违规收费", confirm: "yes" })).status).toBe(302);
    // The standing service rewrote the rows in its own transaction: nothing is left stale for the next search.
    const doc = await w.db.prisma.positionSearchDocument.findUniqueOrThrow({ where: { positionId: position.id } });
    expect(doc).toMatchObject({ searchable: false, stale: false, enterpriseId: enterprise.id });
    expect(await found()).toBe(false);
    expect((await bureau.post(`/bureau/enterprises/${enterprise.id}`, { intent: "reinstate" })).status).toBe(302);
    expect(await found()).toBe(true);
  });
});

describe("publishing", () => {
  for (const standing of ["UNVERIFIED", "SUSPENDED"] as const) {
    it(`${standing}: a draft may be prepared, publishing is refused in Chinese`, async () => {
      const enterprise = await w.make.enterprise({ standing, creditCode: validCreditCode() });
      if (standing === "SUSPENDED") await w.db.prisma.enterprise.update({ where: { organisationId: enterprise.id }, data: { standingReason: "违规收费" } });
      const staff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
      const id = positionIdOf(await staff.post("/enterprise/positions/new", validPositionForm({ title: "草稿岗位" })));
      const response = await staff.post(`/enterprise/positions/${id}/edit`, { intent: "publish" });
      expect(response.status).toBe(409); // as every refused status change of a position (manage/edit-route.tsx)
      expect(await response.text()).toContain(standing === "UNVERIFIED" ? "尚未通过市教育局核验，暂不能发布岗位" : "已被市教育局暂停（原因：违规收费）");
      expect((await w.db.prisma.position.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    });
  }

  it("VERIFIED: publishing succeeds; a closed position of a suspended enterprise cannot be reopened", async () => {
    const enterprise = await w.make.enterprise({ creditCode: validCreditCode() });
    const staff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
    const id = positionIdOf(await staff.post("/enterprise/positions/new", validPositionForm({ title: "已核验企业岗位" })));
    expect((await staff.post(`/enterprise/positions/${id}/edit`, { intent: "publish" })).status).toBe(302);
    expect((await staff.post(`/enterprise/positions/${id}/edit`, { intent: "close", confirm: "yes" })).status).toBe(302);
    await w.db.prisma.enterprise.update({ where: { organisationId: enterprise.id }, data: { standing: "SUSPENDED" } });
    const reopen = await staff.post(`/enterprise/positions/${id}/edit`, { intent: "reopen", confirm: "yes" });
    expect(reopen.status).toBe(409);
    expect(await reopen.text()).toContain("暂不能发布岗位");
    expect((await w.db.prisma.position.findUniqueOrThrow({ where: { id } })).status).toBe("CLOSED");
  });
});
