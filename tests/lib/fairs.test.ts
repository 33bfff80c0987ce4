import { beforeAll, describe, expect, it } from "vitest";
import { passCode, readPass } from "~/lib/fair-pass.server";
import { boothLabel, boothRows, fairDays, ineligibility, windowOpen, withinFairDays } from "~/lib/fairs";
import { installRuntime } from "~/server/runtime.server";

// The fair library's rules, stated from their meaning (issue 12, docs/decisions/0014).

describe("booth map", () => {
  it("labels booths by row letter and place, ten to a row: 1 → A01, 10 → A10, 11 → B01", () => {
    expect([1, 10, 11, 20, 21].map((n) => boothLabel(n, 10))).toEqual(["A01", "A10", "B01", "B10", "C01"]);
  });

  it("continues past Z with two letters: row 27 is AA, row 28 AB", () => {
    expect(boothLabel(26, 1)).toBe("Z01");
    expect(boothLabel(27, 1)).toBe("AA01");
    expect(boothLabel(28, 1)).toBe("AB01");
  });

  it("lays 23 booths out 10 to a row with a short last row", () => {
    const rows = boothRows(23, 10);
    expect(rows.map((r) => r.length)).toEqual([10, 10, 3]);
    expect(rows[2]).toEqual([21, 22, 23]);
    expect(boothRows(0, 10)).toEqual([]);
  });
});

describe("registration windows", () => {
  const window = { opensAt: new Date("2026-05-01T01:00:00Z"), closesAt: new Date("2026-05-10T01:00:00Z") };
  it("open from the opening moment (inclusive) to the closing moment (exclusive)", () => {
    expect(windowOpen(window, new Date("2026-05-01T00:59:59.999Z"))).toBe(false);
    expect(windowOpen(window, new Date("2026-05-01T01:00:00Z"))).toBe(true);
    expect(windowOpen(window, new Date("2026-05-10T00:59:59.999Z"))).toBe(true);
    expect(windowOpen(window, new Date("2026-05-10T01:00:00Z"))).toBe(false);
  });
});

describe("the fair's days in Hohhot", () => {
  // 09:00–17:00 Hohhot on 20 May = 01:00–09:00 UTC.
  const fair = { startsAt: new Date("2026-05-20T01:00:00Z"), endsAt: new Date("2026-05-21T09:00:00Z") };
  it("run from the first day's 00:00 to the last day's 24:00, Asia/Shanghai", () => {
    expect(fairDays(fair)).toEqual({ first: "2026-05-20", last: "2026-05-21" });
    expect(withinFairDays(fair, new Date("2026-05-19T15:59:59Z"))).toBe(false); // 19 May 23:59:59 in Hohhot
    expect(withinFairDays(fair, new Date("2026-05-19T16:00:00Z"))).toBe(true); // 20 May 00:00
    expect(withinFairDays(fair, new Date("2026-05-21T15:59:59Z"))).toBe(true); // 21 May 23:59:59
    expect(withinFairDays(fair, new Date("2026-05-21T16:00:00Z"))).toBe(false); // 22 May 00:00
  });
});

describe("who may register", () => {
  const student = { schoolId: 7, programId: 3, cohortYear: 2024, status: "ENROLLED" };
  const fair = { allSchools: false, schoolIds: [7, 8], programIds: [], cohortYears: [] };
  it("an enrolled student of a listed school, any program and cohort when none are listed", () => {
    expect(ineligibility(fair, student)).toBeNull();
    expect(ineligibility({ ...fair, allSchools: true, schoolIds: [] }, { ...student, schoolId: 99 })).toBeNull();
  });
  it("refuses a school not listed, a program not listed, a cohort not listed, and a graduate, each with its reason", () => {
    expect(ineligibility(fair, { ...student, schoolId: 9 })).toContain("学校");
    expect(ineligibility({ ...fair, programIds: [4] }, student)).toContain("专业");
    expect(ineligibility({ ...fair, programIds: [3] }, student)).toBeNull();
    expect(ineligibility({ ...fair, cohortYears: [2023] }, student)).toBe("本场招聘会只面向2023级学生");
    expect(ineligibility({ ...fair, cohortYears: [2023, 2024] }, student)).toBeNull();
    expect(ineligibility(fair, { ...student, status: "GRADUATED" })).toContain("在校学生");
  });
});

describe("passes", () => {
  beforeAll(() => installRuntime({ sessionSecret: "pass-test-secret", secureCookies: false }));
  const claims = { fairId: 12, registrationId: 3456, studentId: 78 };

  it("read back to the fair and registration they name and verify only for their student", () => {
    const code = passCode(claims);
    expect(code).toMatch(/^F12-R3456-[0-9A-HJKMNP-TV-Z]{10}$/);
    const read = readPass(code)!;
    expect(read).toMatchObject({ fairId: 12, registrationId: 3456 });
    expect(read.verify(78)).toBe(true);
    expect(read.verify(79)).toBe(false);
  });

  it("forgive a typed code's case, spaces and O/I/L for 0/1", () => {
    const code = passCode(claims);
    const mac = code.split("-")[2]!;
    const typed = ` f12-r3456-${mac.toLowerCase().replace(/0/g, "o").replace(/1/g, "l")} `;
    expect(readPass(typed)?.verify(78)).toBe(true);
  });

  it("do not verify with one character of the mac changed, another registration or fair, or another secret", () => {
    const code = passCode(claims);
    const mac = code.split("-")[2]!;
    const changed = `F12-R3456-${mac[0] === "A" ? "B" : "A"}${mac.slice(1)}`;
    expect(readPass(changed)!.verify(78)).toBe(false);
    expect(readPass(`F12-R3457-${mac}`)!.verify(78)).toBe(false);
    expect(readPass(`F13-R3456-${mac}`)!.verify(78)).toBe(false);
    installRuntime({ sessionSecret: "another-secret", secureCookies: false });
    expect(readPass(code)!.verify(78)).toBe(false);
    installRuntime({ sessionSecret: "pass-test-secret", secureCookies: false });
  });

  it("are not passes when they are ids, URLs, markup or empty", () => {
    for (const raw of ["", "3456", "https://example.com/F12-R3456", "<b>F12-R3456-0000000000</b>", "F12-R3456-000000000", "F-R-0000000000"]) {
      expect(readPass(raw), raw).toBeNull();
    }
  });
});
