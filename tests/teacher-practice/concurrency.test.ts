import { expect, it } from "vitest";
import { throughGate } from "../support/lock-gate";
import { describeOnPostgres } from "../support/postgres-only";
import { practicePath, usePracticeWorld } from "./world";

// A base's last places under simultaneous acceptances, on a real PostgreSQL server with a connection pool
// (PGlite is one connection: the race would be serialised before it starts). Run with
// bash scripts/with-postgres.sh npx vitest run tests/teacher-practice/concurrency.test.ts
//
// Fired at once, the acceptances still tend to run one after the other on a busy machine: each is a few
// milliseconds of queries between much longer stretches of request handling, so a missing lock on the base
// went unnoticed (the mutation fault base-places-unlocked survived twice). So the test lines them up: it holds
// the rivals' own practice rows locked from a connection of its own until every connection of the app's
// pool is waiting on one, then lets go. Those acceptances leave the same point together and all count the
// base's places before any of them takes one — unless the base's row lock makes them take turns.

const CAPACITY = 5;
const LEFT = 2;
const RIVALS = 20;
const POOL = 4; // tests/support/database.ts: connections per test database

describeOnPostgres("a training base's places under concurrency (skipped on PGlite: one connection cannot race)", () => {
  const w = usePracticeWorld();

  it(`${RIVALS} acceptances released together for the last ${LEFT} places: exactly ${LEFT} accepted`, async () => {
    const base = await w.make.trainingBase({ capacity: CAPACITY });
    const staff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: base.enterpriseId })).id);
    const at = (status: "PROPOSED" | "ACCEPTED") => w.make.teacherPlacement({ trainingBaseId: base.id, status, startsOn: "2031-05-01", endsOn: "2031-06-30" });
    for (let i = 0; i < CAPACITY - LEFT; i++) await at("ACCEPTED");
    const proposals: Awaited<ReturnType<typeof at>>[] = [];
    for (let i = 0; i < RIVALS; i++) proposals.push(await at("PROPOSED"));

    const responses = await throughGate(
      w.db,
      (gate) => gate.query(`SELECT 1 FROM "TeacherPlacement" WHERE "id" = ANY($1::int[]) FOR UPDATE`, [proposals.map((p) => p.id)]),
      POOL,
      () => Promise.all(proposals.map((p) => staff.post(practicePath(p.id), { intent: "accept" }))),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 302)).toHaveLength(LEFT);
    expect(statuses.filter((s) => s === 400)).toHaveLength(RIVALS - LEFT);
    expect(await w.db.prisma.teacherPlacement.count({ where: { trainingBaseId: base.id, status: "ACCEPTED" } })).toBe(CAPACITY);
  });
});
