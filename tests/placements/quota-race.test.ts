import { expect, it } from "vitest";
import { describeOnPostgres } from "../support/postgres-only";
import { usePlacementWorld } from "./world";

// 第十一条's limits under a race, on a real PostgreSQL server with a connection pool (PGlite runs
// one statement at a time, so there is no race to lose): several schools' offices press 启用 at
// once for the last allowed intern at one host; exactly the limit becomes ACTIVE, whoever wins.
// bash scripts/with-postgres.sh npx vitest run tests/placements/quota-race.test.ts

const ROUNDS = 3;

describeOnPostgres("10% / 20% quotas under concurrent activation (PostgreSQL)", () => {
  const w = usePlacementWorld();

  /** `n` schools, each with an office client and one compliant PLANNED placement at `enterpriseId`. */
  async function rivals(n: number, enterpriseId: number, enterprisePostId: number | null) {
    const out: Array<{ client: Awaited<ReturnType<typeof w.clientFor>>; placementId: number }> = [];
    for (let i = 0; i < n; i++) {
      const school = await w.make.school();
      const office = await w.make.user({ role: "SCHOOL_STAFF", organisationId: school.id });
      const student = await w.make.student({ schoolId: school.id, cohortYear: 2025, birthDate: "2008-01-01" });
      const p = await w.compliant({ studentId: student.id, schoolId: school.id, enterpriseId, enterprisePostId, supervisorTeacherId: null });
      out.push({ client: await w.clientFor(office.id), placementId: p.id });
    }
    return out;
  }
  const activeAt = (enterpriseId: number) => w.db.prisma.internshipPlacement.count({ where: { enterpriseId, status: "ACTIVE" } });

  it("host of 30 staff (10% = 3 interns) with 2 active: five schools at once, exactly one more is activated", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const host = await w.make.enterprise({ staffCount: 30, businessCategory: "MANUFACTURING" });
      const sitting = await rivals(2, host.id, null);
      await w.db.prisma.internshipPlacement.updateMany({ where: { id: { in: sitting.map((s) => s.placementId) } }, data: { status: "ACTIVE" } });
      const racing = await rivals(5, host.id, null);
      const responses = await Promise.all(racing.map((r) => r.client.post(`/placements/${r.placementId}`, { intent: "activate" })));
      expect(responses.map((r) => r.status).sort()).toEqual([302, 400, 400, 400, 400]);
      expect(await activeAt(host.id)).toBe(3);
      const refused = await responses.find((r) => r.status === 400)!.text();
      expect(refused).toContain("在岗职工总数的10%");
    }
  });

  it("post of 10 staff (20% = 2 interns) with 1 active, host large enough: four schools at once, exactly one more", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const host = await w.make.enterprise({ staffCount: 1000, businessCategory: "MANUFACTURING" });
      const post = await w.make.enterprisePost({ enterpriseId: host.id, staffCount: 10, regularWage: 4000 });
      const [sitting] = await rivals(1, host.id, post.id);
      await w.db.prisma.internshipPlacement.update({ where: { id: sitting!.placementId }, data: { status: "ACTIVE" } });
      const racing = await rivals(4, host.id, post.id);
      const responses = await Promise.all(racing.map((r) => r.client.post(`/placements/${r.placementId}`, { intent: "activate" })));
      expect(responses.map((r) => r.status).sort()).toEqual([302, 400, 400, 400]);
      expect(await w.db.prisma.internshipPlacement.count({ where: { enterprisePostId: post.id, status: "ACTIVE" } })).toBe(2);
    }
  });
});
