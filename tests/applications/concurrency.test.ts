import { expect, it } from "vitest";
import { describeOnPostgres } from "../support/postgres-only";
import { useApplicationWorld } from "../support/application-world";

// Races between requests that arrive together, on a real PostgreSQL server with a connection pool.
// PGlite is a single connection that runs one statement at a time, so there the "race" is
// serialised before it starts and passing proves nothing: these tests run only with DATABASE_URL
// (bash scripts/with-postgres.sh npx vitest run tests/applications).

const ROUNDS = 5;

describeOnPostgres("concurrency on PostgreSQL (skipped on PGlite: one connection cannot race)", () => {
  const w = useApplicationWorld();

  it("two simultaneous applies of one student make one application, and the second is told 你已申请过该岗位", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { user, student, client } = await w.student();
      const position = await w.make.position({ enterpriseId: w.enterprise.id });
      const responses = await Promise.all([
        client.post(`/positions/${position.id}/apply`, { note: "第一下" }),
        client.post(`/positions/${position.id}/apply`, { note: "第二下" }),
      ]);
      expect(responses.map((r) => r.status)).toEqual([302, 302]);
      const notices = responses.map((r) => /notice=(\w+)/.exec(r.headers.get("location") ?? "")?.[1]).sort();
      expect(notices).toEqual(["applied", "duplicate"]);
      expect(await w.db.prisma.application.count({ where: { studentId: student.id } })).toBe(1);
      expect(await w.db.prisma.applicationEvent.count({ where: { application: { studentId: student.id } } })).toBe(1);
      // Applying is the student's own act, no notice to them (issue 9 item 6); the staff hear once.
      expect(await w.db.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
      const [application] = await w.db.prisma.application.findMany({ where: { studentId: student.id } });
      expect(
        await w.db.prisma.notification.count({ where: { userId: w.staffUser.id, link: { endsWith: `#application-${application!.id}` } } }),
      ).toBe(1);
    }
  });

  it("two students accepting the last seat at once: one gets it, the position closes once, headcount is never exceeded", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const position = await w.make.position({ enterpriseId: w.enterprise.id, headcount: 1 });
      const rivals = [await w.student(), await w.student()];
      const offers: Array<{ id: number }> = [];
      for (const r of rivals) offers.push(await w.make.application({ positionId: position.id, studentId: r.student.id, status: "OFFER" }));
      const responses = await Promise.all(
        rivals.map((r, i) => r.client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(offers[i]!.id) })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
      expect(await w.db.prisma.application.count({ where: { positionId: position.id, status: "ACCEPTED" } })).toBe(1);
      expect((await w.db.prisma.position.findUniqueOrThrow({ where: { id: position.id } })).status).toBe("CLOSED");
      expect(await w.db.prisma.positionChange.count({ where: { positionId: position.id } })).toBe(1);
    }
  });

  it("four students accepting two seats at once: exactly two accepted, closed once", async () => {
    const position = await w.make.position({ enterpriseId: w.enterprise.id, headcount: 2 });
    const rivals = [await w.student(), await w.student(), await w.student(), await w.student()];
    const offers: Array<{ id: number }> = [];
    for (const r of rivals) offers.push(await w.make.application({ positionId: position.id, studentId: r.student.id, status: "OFFER" }));
    const responses = await Promise.all(
      rivals.map((r, i) => r.client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(offers[i]!.id) })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([302, 302, 400, 400]);
    expect(await w.db.prisma.application.count({ where: { positionId: position.id, status: "ACCEPTED" } })).toBe(2);
    expect(await w.db.prisma.positionChange.count({ where: { positionId: position.id } })).toBe(1);
  });

  it("the enterprise rejecting while the student accepts: exactly one of them wins, one event each way at most", async () => {
    const position = await w.make.position({ enterpriseId: w.enterprise.id, headcount: 3 });
    const who = await w.student();
    const offer = await w.make.application({ positionId: position.id, studentId: who.student.id, status: "OFFER" });
    const history = await w.db.prisma.applicationEvent.count({ where: { applicationId: offer.id } });
    const responses = await Promise.all([
      who.client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(offer.id) }),
      w.staff.post(`/enterprise/positions/${position.id}/applicants`, { applicationId: String(offer.id), to: "REJECTED", confirm: "yes" }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
    const events = await w.db.prisma.applicationEvent.findMany({ where: { applicationId: offer.id }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(history + 1); // the factory's history, and the winner's
    expect(events.at(-1)!.fromStatus).toBe("OFFER");
  });
});
