import { describe, expect, it } from "vitest";
import { ledgerOn, windowStart } from "~/lib/practice-ledger";

// The ledger's arithmetic, each edge from both sides. Expected values are typed from the rule
// (180 days in the five years up to today; warned when fewer than 180 would remain 12 months on).

/** `n` consecutive days starting at `from`. */
function run(from: string, n: number): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  for (let i = 0; i < n; i++) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}
const specialist = { specialist: true, hiredOn: "2010-09-01", enterpriseExperience: false };
const TODAY = "2026-11-30";

describe("the five-year window", () => {
  it("starts the day after the same date five years back", () => {
    expect(windowStart("2026-11-30")).toBe("2021-12-01");
    expect(windowStart("2028-02-29")).toBe("2023-03-01"); // 2023-02-29 does not exist: 02-28 + 1 day
  });
  it("leaves out the day exactly five years back and counts the day after", () => {
    const base = run("2025-01-01", 179);
    expect(ledgerOn({ ...specialist, confirmedDays: [...base, "2021-11-30"] }, TODAY).confirmedDays).toBe(179);
    expect(ledgerOn({ ...specialist, confirmedDays: [...base, "2021-12-01"] }, TODAY).confirmedDays).toBe(180);
  });
  it("counts today and not tomorrow", () => {
    expect(ledgerOn({ ...specialist, confirmedDays: ["2026-11-30"] }, TODAY).confirmedDays).toBe(1);
    expect(ledgerOn({ ...specialist, confirmedDays: ["2026-12-01"] }, TODAY).confirmedDays).toBe(0);
  });
  it("counts a day logged twice once", () => {
    expect(ledgerOn({ ...specialist, confirmedDays: ["2026-01-05", "2026-01-05"] }, TODAY).confirmedDays).toBe(1);
  });
});

describe("met and short at 180 days", () => {
  it("179 days is short, 180 met", () => {
    expect(ledgerOn({ ...specialist, confirmedDays: run("2025-01-01", 179) }, TODAY).status).toBe("short");
    const met = ledgerOn({ ...specialist, confirmedDays: run("2025-01-01", 180) }, TODAY);
    expect(met.status).toBe("met");
    expect(met.requiredDays).toBe(180);
  });
});

describe("the warning 12 months ahead", () => {
  // 179 recent days, plus one older day: on 2026-11-30 the window 12 months on starts 2022-12-01.
  const recent = run("2025-01-01", 179);
  it("warns when a day that keeps the teacher at 180 drops out within 12 months", () => {
    const l = ledgerOn({ ...specialist, confirmedDays: [...recent, "2022-11-30"] }, TODAY);
    expect(l.confirmedDays).toBe(180);
    expect(l.daysKeptIn12Months).toBe(179);
    expect(l.status).toBe("warning");
  });
  it("does not warn when that day stays in the window for 12 more months", () => {
    const l = ledgerOn({ ...specialist, confirmedDays: [...recent, "2022-12-01"] }, TODAY);
    expect(l.daysKeptIn12Months).toBe(180);
    expect(l.status).toBe("met");
  });
});

describe("the new specialist without enterprise experience", () => {
  const none: string[] = [];
  it("is flagged when hired the day after three years back, not when hired three years back to the day", () => {
    expect(ledgerOn({ ...specialist, hiredOn: "2023-12-01", confirmedDays: none }, TODAY).status).toBe("new-without-experience");
    expect(ledgerOn({ ...specialist, hiredOn: "2023-11-30", confirmedDays: none }, TODAY).status).toBe("short");
  });
  it("is not flagged with enterprise experience", () => {
    expect(ledgerOn({ ...specialist, hiredOn: "2025-09-01", enterpriseExperience: true, confirmedDays: none }, TODAY).status).toBe("short");
  });
  it("loses the flag with one confirmed day", () => {
    const l = ledgerOn({ ...specialist, hiredOn: "2025-09-01", confirmedDays: ["2026-03-02"] }, TODAY);
    expect(l.newWithoutExperience).toBe(false);
    expect(l.status).toBe("short");
  });
  it("does not apply to teachers who are not specialists", () => {
    expect(ledgerOn({ ...specialist, specialist: false, hiredOn: "2025-09-01", confirmedDays: none }, TODAY).status).toBe("not-required");
  });
});
