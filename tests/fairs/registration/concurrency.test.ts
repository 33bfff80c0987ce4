import { expect, it } from "vitest";
import { describeOnPostgres } from "../../support/postgres-only";
import { registrationPath, useFairWorld } from "./world";

// Double taps on a real PostgreSQL server with a connection pool (PGlite is one connection: the race
// would be serialised before it starts). Run with
// bash scripts/with-postgres.sh npx vitest run tests/fairs/registration/concurrency.test.ts

const TAPS = 20;

describeOnPostgres("students at fairs under concurrency (skipped on PGlite: one connection cannot race)", () => {
  const f = useFairWorld();
  const { w } = f;

  it(`${TAPS} simultaneous registrations of one student make one registration, every answer a success`, async () => {
    const fair = await f.fair();
    const s = await w.student();
    const responses = await Promise.all(Array.from({ length: TAPS }, () => s.client.post(registrationPath(fair.id), { intent: "register" })));
    expect(responses.map((r) => r.status)).toEqual(Array(TAPS).fill(302));
    expect(await w.db.prisma.fairRegistration.count({ where: { fairId: fair.id } })).toBe(1);
  });

  it(`${TAPS} simultaneous re-registrations after cancelling revive the one row`, async () => {
    const fair = await f.fair();
    const s = await w.student();
    const row = await w.make.fairRegistration({ fairId: fair.id, studentId: s.student.id, cancelledAt: new Date() });
    const responses = await Promise.all(Array.from({ length: TAPS }, () => s.client.post(registrationPath(fair.id), { intent: "register" })));
    expect(responses.map((r) => r.status)).toEqual(Array(TAPS).fill(302));
    expect(await w.db.prisma.fairRegistration.findMany({ where: { fairId: fair.id } })).toEqual([expect.objectContaining({ id: row.id, cancelledAt: null })]);
  });

  it(`${TAPS} simultaneous confirmations of one lead make one application, the lead confirmed once with it`, async () => {
    const fair = await f.fair();
    const position = (await w.make.position({ enterpriseId: w.enterprise.id, indexed: true })).id;
    const booth = await w.make.fairBooth({ fairId: fair.id, enterpriseId: w.enterprise.id, approved: true, positionIds: [position] });
    const s = await w.student();
    const lead = await w.make.fairLead({ boothId: booth.id, studentId: s.student.id, positionId: position });
    const responses = await Promise.all(Array.from({ length: TAPS }, () => s.client.post("/fairs/mine", { intent: "confirm", leadId: String(lead.id) })));
    const statuses = responses.map((r) => r.status);
    // One takes the lead and applies; every other tap is told at once that it is already taken.
    expect(statuses.sort()).toEqual([302, ...Array(TAPS - 1).fill(400)]);
    const applications = await w.db.prisma.application.findMany({ where: { studentId: s.student.id } });
    expect(applications).toHaveLength(1);
    expect(applications[0]!.fairId).toBe(fair.id);
    expect(await w.db.prisma.fairLead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "CONFIRMED", applicationId: applications[0]!.id });
    expect(await w.db.prisma.applicationEvent.count({ where: { applicationId: applications[0]!.id } })).toBe(1);
  });
});
