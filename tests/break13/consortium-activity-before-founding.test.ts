import { describe, expect, it } from "vitest";
import { consortiumTables, NEW_ACTIVITY, useConsortiumWorld } from "../consortium/world";

// break13 finding: an activity of the consortium could be recorded as held years before the consortium
// existed (any day from 2000-01-01 was taken; the world's consortium was founded 2023-11-01). An activity is
// of the consortium: its day is on or after foundedOn. Edge: the founding day itself is allowed, the day
// before is a Chinese 400 with nothing written.

const w = useConsortiumWorld();
const fields = (heldOn: string) => ({ kind: "MEETING", title: "成立大会", heldOn, peopleCount: "120", memberIds: [String(w.members.schoolA.id)] });

describe("an activity's day against the consortium's founding", () => {
  it("the day before foundedOn is refused, nothing written", async () => {
    const before = await consortiumTables(w.db);
    const r = await w.bureau.client.post(NEW_ACTIVITY, fields("2023-10-31"));
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("活动日期不能早于共同体成立日期（2023-11-01）");
    expect(await consortiumTables(w.db)).toEqual(before);
    expect((await w.bureau.client.post(NEW_ACTIVITY, fields("2000-01-01"))).status).toBe(400);
  });
  it("foundedOn itself is taken", async () => {
    const r = await w.bureau.client.post(NEW_ACTIVITY, fields("2023-11-01"));
    expect(r.status).toBe(302);
    expect(await w.db.prisma.consortiumActivity.count({ where: { title: "成立大会", heldOn: new Date("2023-11-01T00:00:00Z") } })).toBe(1);
  });
});
