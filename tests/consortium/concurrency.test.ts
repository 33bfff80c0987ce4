import { expect, it } from "vitest";
import { describeOnPostgres } from "../support/postgres-only";
import { JOIN, useConsortiumWorld } from "./world";

// Membership moves at once, on a real PostgreSQL server with a connection pool (PGlite is one connection:
// the race would be serialised before it starts). Run with
// bash scripts/with-postgres.sh npx vitest run tests/consortium/concurrency.test.ts

describeOnPostgres("consortium membership under concurrency (skipped on PGlite: one connection cannot race)", () => {
  const w = useConsortiumWorld();

  it("an organisation asking 10 times at once makes one request, and the bureau is told once", async () => {
    const enterprise = await w.make.enterprise();
    const staff = await w.signIn("ENTERPRISE_STAFF", enterprise.id);
    const responses = await Promise.all(Array.from({ length: 10 }, () => staff.client.post(JOIN, { intent: "ask" })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 302)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(9);
    for (const r of responses.filter((r) => r.status === 400)) expect(await r.text()).toContain("该单位已是「待审核」");
    expect(await w.db.prisma.consortiumMember.count({ where: { organisationId: enterprise.id } })).toBe(1);
    expect(await w.db.prisma.notification.count({ where: { userId: w.bureau.user.id, title: { contains: enterprise.name } } })).toBe(1);
  });

  it("two colleagues of one school asking at once: one request", async () => {
    const school = await w.make.school();
    const [a, b] = [await w.signIn("SCHOOL_STAFF", school.id), await w.signIn("SCHOOL_STAFF", school.id)];
    const responses = await Promise.all([a.client.post(JOIN, { intent: "ask" }), b.client.post(JOIN, { intent: "ask" })]);
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
    expect(await w.db.prisma.consortiumMember.count({ where: { organisationId: school.id } })).toBe(1);
  });

  it("approve and decline of one request at once: one decision stands", async () => {
    const enterprise = await w.make.enterprise();
    const m = await w.make.consortiumMember({ consortiumId: w.consortium.id, organisationId: enterprise.id, status: "REQUESTED", joinedOn: null });
    const other = await w.signIn("BUREAU_ADMIN", w.orgs.bureau.id);
    const responses = await Promise.all([
      w.bureau.client.post(JOIN, { intent: "approve", memberId: String(m.id) }),
      other.client.post(JOIN, { intent: "decline", memberId: String(m.id), reason: "重复申请", confirm: "yes" }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
    const after = await w.db.prisma.consortiumMember.findUniqueOrThrow({ where: { id: m.id } });
    expect(after.status === "APPROVED" ? after.declineReason : after.joinedOn).toBeNull();
  });
});
