import { beforeAll, describe, expect, it } from "vitest";
import { installDatabase } from "~/db/db.server";
import { ledgerOf } from "~/features/teacher-practice/index.server";
import { useTestDatabase } from "../support/test-database";

// break13 finding: the practice days a certification keeps as evidence were counted over a five-year window
// of its own (Date.setUTCFullYear), which on a 29 February rolls the start to 2 March instead of 1 March:
// on 2028-02-29 the teacher's ledger (app/lib/practice-ledger.ts windowStart: 2023-03-01) counted a day of
// practice on 2023-03-01 that the submission left out. The evidence is now the ledger's own figure (ledgerOf,
// see tests/certification/rules.test.ts); this pins the ledger's window at the leap-day edge.

const t = useTestDatabase();
beforeAll(() => installDatabase(t.db));

describe("a certification's practice days are the ledger's, at the five-year edge", () => {
  it("on 2028-02-29 the window starts 2023-03-01 (in), 2023-02-28 is out", async () => {
    const placement = await t.make.teacherPlacement({ status: "ACCEPTED", startsOn: "2023-02-20", endsOn: "2023-03-10" });
    for (const day of ["2023-02-28", "2023-03-01", "2023-03-02"]) await t.make.practiceDay({ placementId: placement.id, day, confirmed: true });
    const today = "2028-02-29";
    const ledger = await ledgerOf(placement.teacherId, today);
    expect(ledger!.windowStart).toBe("2023-03-01");
    expect(ledger!.confirmedDays).toBe(2);
  });
  it("on an ordinary day: 2026-11-30 counts from 2021-12-01", async () => {
    const placement = await t.make.teacherPlacement({ status: "ACCEPTED", startsOn: "2021-11-29", endsOn: "2021-12-02" });
    for (const day of ["2021-11-30", "2021-12-01"]) await t.make.practiceDay({ placementId: placement.id, day, confirmed: true });
    const today = "2026-11-30";
    expect((await ledgerOf(placement.teacherId, today))!.confirmedDays).toBe(1);
  });
});
