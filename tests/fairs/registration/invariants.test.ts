import { describe, expect, it } from "vitest";
import { mayMoveLead, type LeadStatus } from "~/features/fair-registration/lead-status";
import { fairTables, useFairWorld } from "./world";

// The lead's forbidden moves, written out by hand from the meaning (not read from the table): nothing
// goes back to 待确认, and 已转为投递 and 已忽略 are final. Each is also tried through the page.

const FORBIDDEN: Array<[LeadStatus, LeadStatus]> = [
  ["PENDING", "PENDING"],
  ["CONFIRMED", "PENDING"],
  ["CONFIRMED", "CONFIRMED"],
  ["CONFIRMED", "DISMISSED"],
  ["DISMISSED", "PENDING"],
  ["DISMISSED", "DISMISSED"],
  ["DISMISSED", "CONFIRMED"],
];
const ALLOWED: Array<[LeadStatus, LeadStatus]> = [
  ["PENDING", "CONFIRMED"],
  ["PENDING", "DISMISSED"],
];

describe("the table", () => {
  it.each(FORBIDDEN)("%s → %s is forbidden", (from, to) => expect(mayMoveLead(from, to)).toBe(false));
  it.each(ALLOWED)("%s → %s is allowed", (from, to) => expect(mayMoveLead(from, to)).toBe(true));
});

describe("through /fairs/mine", () => {
  const f = useFairWorld();
  const { w } = f;
  const INTENT = { CONFIRMED: { intent: "confirm" }, DISMISSED: { intent: "dismiss", confirm: "yes" } } as const;

  it.each(FORBIDDEN.filter(([, to]) => to !== "PENDING"))("a %s lead posted to %s: 400, nothing written", async (from, to) => {
    const s = await w.student();
    const lead = await w.make.fairLead({ studentId: s.student.id, status: from });
    const before = await fairTables(w.db);
    const response = await s.client.post("/fairs/mine", { ...INTENT[to as "CONFIRMED" | "DISMISSED"], leadId: String(lead.id) });
    expect(response.status).toBe(400);
    expect(await fairTables(w.db)).toEqual(before);
  });
});
