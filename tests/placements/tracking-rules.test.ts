import { describe, expect, it } from "vitest";
import {
  endingSoon,
  mondayOf,
  monthsDue,
  overShare,
  payBelowFloor,
  payDueOn,
  reviewOverdue,
} from "~/features/placements/tracking-rules";

// Each warning's edge, on both sides, with figures typed from the rules: pay at least 80% of the same
// post's wage (教职成〔2021〕4号 第十八条); a month's pay due by the 15th of the next month; a weekly
// report reviewed within 7 days; "ending soon" is 30 days; interns at most 10% / 20% (第十一条).

describe("pay below 80% of the regular wage", () => {
  it("exactly 80% is no warning, one yuan less warns", () => {
    expect(payBelowFloor(3200, 4000)).toBe(false);
    expect(payBelowFloor(3199, 4000)).toBe(true);
    // A wage whose 80% is not whole: 80% of 3,333 is 2,666.4, so 2,666 is below and 2,667 is not.
    expect(payBelowFloor(2667, 3333)).toBe(false);
    expect(payBelowFloor(2666, 3333)).toBe(true);
  });
  it("no recorded wage, no judgement", () => {
    expect(payBelowFloor(1, null)).toBe(false);
  });
});

describe("a month's pay is due by the 15th of the next month", () => {
  it("due days, across a year's end", () => {
    expect(payDueOn("2026-03-01")).toBe("2026-04-15");
    expect(payDueOn("2026-12-01")).toBe("2027-01-15");
  });
  it("on the 15th the month is not yet due; on the 16th it is", () => {
    expect(monthsDue("2026-03-01", "2026-08-31", "2026-04-15")).toEqual([]);
    expect(monthsDue("2026-03-01", "2026-08-31", "2026-04-16")).toEqual(["2026-03-01"]);
  });
  it("a placement starting mid-month owes that month; months after its end are not its", () => {
    expect(monthsDue("2026-03-20", "2026-05-10", "2026-12-01")).toEqual(["2026-03-01", "2026-04-01", "2026-05-01"]);
  });
});

describe("a weekly report unreviewed after 7 days", () => {
  it("filed 7 days ago is in time, 8 days ago is late", () => {
    expect(reviewOverdue("2026-11-01", "2026-11-08")).toBe(false);
    expect(reviewOverdue("2026-11-01", "2026-11-09")).toBe(true);
  });
});

describe("ending within 30 days", () => {
  it("30 days ahead is listed, 31 is not, yesterday is not", () => {
    expect(endingSoon("2026-12-31", "2026-12-01")).toBe(true);
    expect(endingSoon("2027-01-01", "2026-12-01")).toBe(false);
    expect(endingSoon("2026-12-01", "2026-12-01")).toBe(true);
    expect(endingSoon("2026-11-30", "2026-12-01")).toBe(false);
  });
});

describe("interns against the host's and the post's staff", () => {
  it("10 of 100 is allowed, 11 is over; 2 of 10 on a post is allowed, 3 is over", () => {
    expect(overShare(10, 100, 10)).toBe(false);
    expect(overShare(11, 100, 10)).toBe(true);
    expect(overShare(2, 10, 20)).toBe(false);
    expect(overShare(3, 10, 20)).toBe(true);
    expect(overShare(5, null, 10)).toBe(false);
  });
});

describe("weeks", () => {
  it("the Monday of a week", () => {
    expect(mondayOf("2026-11-29")).toBe("2026-11-23"); // a Sunday
    expect(mondayOf("2026-11-30")).toBe("2026-11-30");
  });
});
