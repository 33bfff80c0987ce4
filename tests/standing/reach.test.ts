import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { validCreditCode } from "./support";

// The places a student meets a position beyond search, the position page, recommendations and apply
// (gating.test.ts, blocks.test.ts): the company page under a school's block, and 我的收藏. A school's
// block and the bureau's standing hold there too (shared/open-for-applications.ts reachesStudents).

const w = useApplicationWorld();

async function blockedWorld() {
  const enterprise = await w.make.enterprise({ clusterId: w.cluster.id, creditCode: validCreditCode() });
  const position = await w.make.position({ enterpriseId: enterprise.id, title: `屏蔽企业岗位${enterprise.id}`, programIds: [w.program.id] });
  await w.db.prisma.schoolEnterpriseBlock.create({
    data: { schoolId: w.school.id, enterpriseId: enterprise.id, reason: "多次拖欠实习报酬", actorId: (await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id },
  });
  return { enterprise, position };
}

describe("the company page under a school's block", () => {
  it("lists none of the enterprise's positions to the blocking school's students; another school's students see them", async () => {
    const { enterprise, position } = await blockedWorld();
    const mine = await w.student();
    const theirs = await w.student({ schoolId: (await w.make.school()).id });
    const page = (client: typeof mine.client) => client.get(`/enterprises/${enterprise.id}`).then((r) => r.text());
    expect(await page(mine.client)).not.toContain(`data-position-id="${position.id}"`);
    expect(await page(theirs.client)).toContain(`data-position-id="${position.id}"`);
  });
});

describe("我的收藏", () => {
  for (const standing of ["UNVERIFIED", "SUSPENDED"] as const) {
    it(`a position of a ${standing} enterprise cannot be saved (404, nothing written); a verified one can`, async () => {
      const hidden = await w.make.enterprise({ standing, clusterId: w.cluster.id, creditCode: validCreditCode() });
      const hiddenPosition = await w.make.position({ enterpriseId: hidden.id, programIds: [w.program.id] });
      const shown = await w.make.position({ enterpriseId: (await w.make.enterprise({ clusterId: w.cluster.id })).id, programIds: [w.program.id] });
      const { client, user } = await w.student();
      expect((await client.post("/saved", { intent: "save", positionId: String(hiddenPosition.id) })).status).toBe(404);
      expect(await w.db.prisma.savedPosition.count({ where: { userId: user.id } })).toBe(0);
      expect((await client.post("/saved", { intent: "save", positionId: String(shown.id) })).status).toBe(302);
      expect(await w.db.prisma.savedPosition.count({ where: { userId: user.id } })).toBe(1);
    });
  }

  it("a position of an enterprise the student's school blocked cannot be saved", async () => {
    const { position } = await blockedWorld();
    const { client, user } = await w.student();
    expect((await client.post("/saved", { intent: "save", positionId: String(position.id) })).status).toBe(404);
    expect(await w.db.prisma.savedPosition.count({ where: { userId: user.id } })).toBe(0);
  });

  it("saved before a suspension or a block: kept on the list as 暂不可见 without a link to the (404) page", async () => {
    const suspended = await w.make.enterprise({ clusterId: w.cluster.id, creditCode: validCreditCode() });
    const suspendedPosition = await w.make.position({ enterpriseId: suspended.id, programIds: [w.program.id] });
    const open = await w.make.position({ enterpriseId: (await w.make.enterprise({ clusterId: w.cluster.id })).id, programIds: [w.program.id] });
    const { client, user } = await w.student();
    for (const p of [suspendedPosition, open]) await w.make.savedPosition({ userId: user.id, positionId: p.id });
    const { enterprise: blocked, position: blockedPosition } = await blockedWorld();
    await w.make.savedPosition({ userId: user.id, positionId: blockedPosition.id });
    await w.db.prisma.enterprise.update({ where: { organisationId: suspended.id }, data: { standing: "SUSPENDED" } });

    const html = await (await client.get("/saved")).text();
    for (const p of [suspendedPosition, blockedPosition]) {
      expect(html).toMatch(new RegExp(`data-row-id="${p.id}" data-state="hidden"`));
      expect(html).not.toContain(`href="/positions/${p.id}"`);
    }
    expect(html).toMatch(new RegExp(`data-row-id="${open.id}" data-state="open"`));
    expect(html).toContain(`href="/positions/${open.id}"`);
    expect(html).toContain("暂不可见");
    // Another school's student who saved the blocked enterprise's position still has it open.
    const theirs = await w.student({ schoolId: (await w.make.school()).id });
    await w.make.savedPosition({ userId: theirs.user.id, positionId: blockedPosition.id });
    expect(await (await theirs.client.get("/saved")).text()).toMatch(new RegExp(`data-row-id="${blockedPosition.id}" data-state="open"`));
    expect(blocked.id).toBeGreaterThan(0);
  });
});
