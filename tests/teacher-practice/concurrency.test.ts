import { expect, it } from "vitest";
import { describeOnPostgres } from "../support/postgres-only";
import { practicePath, usePracticeWorld } from "./world";

// A base's last places under simultaneous acceptances, on a real PostgreSQL server with a connection pool
// (PGlite is one connection: the race would be serialised before it starts). Run with
// bash scripts/with-postgres.sh npx vitest run tests/teacher-practice/concurrency.test.ts

const CAPACITY = 5;
const LEFT = 2;
const RIVALS = 20;
const BASES = 3;

describeOnPostgres("a training base's places under concurrency (skipped on PGlite: one connection cannot race)", () => {
  const w = usePracticeWorld();

  // Three bases race at once: the window between counting the places and taking one is a few
  // milliseconds, and a busy machine may happen to serialise one base's rivals; not all three.
  it(`${RIVALS} acceptances at once for the last ${LEFT} places of each of ${BASES} bases: exactly ${LEFT} accepted at each`, async () => {
    const rounds = [];
    for (let b = 0; b < BASES; b++) {
      const base = await w.make.trainingBase({ capacity: CAPACITY });
      const staff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: base.enterpriseId })).id);
      const at = (status: "PROPOSED" | "ACCEPTED") => w.make.teacherPlacement({ trainingBaseId: base.id, status, startsOn: "2031-05-01", endsOn: "2031-06-30" });
      for (let i = 0; i < CAPACITY - LEFT; i++) await at("ACCEPTED");
      const proposals = [];
      for (let i = 0; i < RIVALS; i++) proposals.push(await at("PROPOSED"));
      rounds.push({ base, staff, proposals });
    }
    const answers = await Promise.all(
      rounds.map(async ({ staff, proposals }) => (await Promise.all(proposals.map((p) => staff.post(practicePath(p.id), { intent: "accept" })))).map((r) => r.status)),
    );
    for (const [i, statuses] of answers.entries()) {
      expect(statuses.filter((s) => s === 302)).toHaveLength(LEFT);
      expect(statuses.filter((s) => s === 400)).toHaveLength(RIVALS - LEFT);
      expect(await w.db.prisma.teacherPlacement.count({ where: { trainingBaseId: rounds[i]!.base.id, status: "ACCEPTED" } })).toBe(CAPACITY);
    }
  });
});
