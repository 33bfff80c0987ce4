import { describe, expect, it } from "vitest";
import { describeOnPostgres } from "../support/postgres-only";
import { employed, useDestinationWorld, versionFor } from "./world";

// Two offices' presses on the same proposal, a double tap on the form, a student answering while the
// school changes the record: on PostgreSQL, where requests really run side by side.

const w = useDestinationWorld();

async function keptOn() {
  const { student } = await w.graduate();
  const p = await w.make.internshipPlacement({ studentId: student.id, retainedOn: "2026-07-01", retained: true });
  return { student, placement: p };
}

describeOnPostgres("on PostgreSQL", () => {
  it("five accepts of one proposal at once (two office accounts): one decision, one destination, one change", async () => {
    const { student, placement } = await keptOn();
    const body = { intent: "accept", source: "KEPT_ON", sourceId: String(placement.id) };
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) => (i % 2 ? w.secondStaff.client : w.schoolStaff.client).post("/destinations/proposals", body)),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400, 400, 400, 400]);
    expect(await w.db.prisma.destinationProposalDecision.count({ where: { source: "KEPT_ON", sourceId: placement.id } })).toBe(1);
    expect(await w.db.prisma.graduateDestination.count({ where: { studentId: student.id } })).toBe(1);
    expect(await w.db.prisma.destinationChange.count({ where: { studentId: student.id } })).toBe(1);
  });

  it("an accept and a dismiss at once: one decision wins", async () => {
    const { placement } = await keptOn();
    const responses = await Promise.all(
      ["accept", "dismiss"].map((intent) => w.schoolStaff.client.post("/destinations/proposals", { intent, source: "KEPT_ON", sourceId: String(placement.id) })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
    expect(await w.db.prisma.destinationProposalDecision.count({ where: { source: "KEPT_ON", sourceId: placement.id } })).toBe(1);
  });

  it("a double tap on the school's form for a new destination: one row, one change, both 302", async () => {
    const { student } = await w.graduate();
    const responses = await Promise.all([0, 1, 2].map(() => w.schoolStaff.client.post(`/destinations/${student.id}`, employed())));
    expect(responses.map((r) => r.status)).toEqual([302, 302, 302]);
    expect(await w.db.prisma.destinationChange.count({ where: { studentId: student.id } })).toBe(1);
  });

  it("the student confirming while the school changes it: either the confirmation is of the old record and then reset, or refused", async () => {
    const { student, client } = await w.graduate();
    await w.schoolStaff.client.post(`/destinations/${student.id}`, employed());
    const version = await versionFor(w.db, student.id);
    await Promise.all([
      client.post("/my/destination", { intent: "confirm", version }),
      w.schoolStaff.client.post(`/destinations/${student.id}`, employed({ monthlyIncome: "5200" })),
    ]);
    const row = await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: student.id } });
    // Never a confirmation standing on a record the student did not see.
    expect(row.monthlyIncome).toBe(5200);
    expect(row.confirmation).toBe("UNCONFIRMED");
  });
});

describe("without PostgreSQL", () => {
  it("the same accept twice in a row writes once", async () => {
    const { student, placement } = await keptOn();
    const body = { intent: "accept", source: "KEPT_ON", sourceId: String(placement.id) };
    const first = await w.schoolStaff.client.post("/destinations/proposals", body);
    const second = await w.schoolStaff.client.post("/destinations/proposals", body);
    expect([first.status, second.status]).toEqual([302, 400]);
    expect(await w.db.prisma.destinationChange.count({ where: { studentId: student.id } })).toBe(1);
  });
});
