import { describe, expect, it } from "vitest";
import { countOnce, goalLine, pace, retentionGoal, trajectory, type RetentionEvent } from "~/lib/retention";

// The pure counting of app/lib/retention.ts, each rule on both sides of its edge. Expected values are
// worked out by hand from the rule's meaning: a consortium founded in November 2023 aiming at 50,000
// people in 3 years has its deadline in November 2026 (the third anniversary's month), 37 months in all.

const goal = retentionGoal({ foundedOn: "2023-11-30", goalPeople: 50_000, goalYears: 3 });
const ev = (personId: number, source: RetentionEvent["source"], day: string): RetentionEvent => ({ personId, source, day });

describe("the goal", () => {
  it("comes from the consortium's columns", () => {
    expect(goal).toEqual({ people: 50_000, years: 3, startMonth: "2023-11", deadlineMonth: "2026-11" });
    expect(retentionGoal({ foundedOn: "2024-03-01", goalPeople: 1200, goalYears: 1 })).toEqual({
      people: 1200,
      years: 1,
      startMonth: "2024-03",
      deadlineMonth: "2025-03",
    });
  });

  it("falls back to 50,000 over 3 years from November 2023 where unset", () => {
    expect(retentionGoal(null)).toEqual(goal);
    expect(retentionGoal({ foundedOn: null, goalPeople: null, goalYears: null })).toEqual(goal);
    expect(retentionGoal({ foundedOn: "2023-11-30", goalPeople: 0, goalYears: 0 })).toEqual(goal);
  });
});

describe("each person once, in the earliest month", () => {
  const today = "2026-11-29";

  it("a person kept in October 2023 is not counted; November 2023 is", () => {
    expect(countOnce([ev(1, "KEPT_ON", "2023-10-31")], "2023-11", today)).toEqual([]);
    expect(countOnce([ev(1, "KEPT_ON", "2023-11-01")], "2023-11", today)).toEqual([
      { personId: 1, month: "2023-11", day: "2023-11-01", sources: ["KEPT_ON"] },
    ]);
  });

  it("the same person in two sources counts once, in the earlier month, under both sources", () => {
    const people = countOnce([ev(7, "LOCAL_EMPLOYMENT", "2025-07-01"), ev(7, "KEPT_ON", "2025-03-15")], "2023-11", today);
    expect(people).toEqual([{ personId: 7, month: "2025-03", day: "2025-03-15", sources: ["LOCAL_EMPLOYMENT", "KEPT_ON"] }]);
  });

  it("all three sources on one person still count one", () => {
    const people = countOnce(
      [ev(3, "ORDER_CLASS_HIRE", "2024-07-01"), ev(3, "LOCAL_EMPLOYMENT", "2024-07-01"), ev(3, "KEPT_ON", "2024-08-01")],
      "2023-11",
      today,
    );
    expect(people).toHaveLength(1);
    expect(people[0]!.month).toBe("2024-07");
  });

  it("a person first kept before the start is not counted even with a later record", () => {
    expect(countOnce([ev(2, "KEPT_ON", "2023-10-20"), ev(2, "LOCAL_EMPLOYMENT", "2024-07-01")], "2023-11", today)).toEqual([]);
  });

  it("a record dated after today is not yet counted; one dated today is", () => {
    expect(countOnce([ev(4, "LOCAL_EMPLOYMENT", "2026-11-30")], "2023-11", today)).toEqual([]);
    expect(countOnce([ev(4, "LOCAL_EMPLOYMENT", "2026-11-29")], "2023-11", today)).toHaveLength(1);
  });
});

describe("the trajectory", () => {
  it("runs month by month from November 2023 to the current month, cumulative", () => {
    const people = countOnce(
      [ev(1, "KEPT_ON", "2023-11-30"), ev(2, "LOCAL_EMPLOYMENT", "2024-01-02"), ev(3, "LOCAL_EMPLOYMENT", "2024-01-20"), ev(3, "ORDER_CLASS_HIRE", "2024-01-20")],
      "2023-11",
      "2024-02-10",
    );
    const rows = trajectory(people, goal, "2024-02-10");
    expect(rows.map((r) => [r.month, r.added, r.cumulative])).toEqual([
      ["2023-11", 1, 1],
      ["2023-12", 0, 1],
      ["2024-01", 2, 3],
      ["2024-02", 0, 3],
    ]);
    expect(rows[2]!.bySource).toEqual({ LOCAL_EMPLOYMENT: 2, KEPT_ON: 0, ORDER_CLASS_HIRE: 1 });
  });

  it("the straight line reaches the goal at the end of the deadline month and stays there", () => {
    // 37 months: 50,000 × 1 / 37 = 1351.35…
    expect(goalLine(goal, "2023-11")).toBe(1351);
    expect(goalLine(goal, "2026-10")).toBe(48649);
    expect(goalLine(goal, "2026-11")).toBe(50_000);
    expect(goalLine(goal, "2027-01")).toBe(50_000);
  });
});

describe("the pace", () => {
  const many = (n: number, day: string) => countOnce(Array.from({ length: n }, (_, i) => ev(i + 1, "LOCAL_EMPLOYMENT", day)), "2023-11", "2030-01-01");

  it("is what is left divided by the months left, this month included, rounded up", () => {
    // October 2026: October and November left; 50,000 − 1,000 = 49,000 → 24,500 a month.
    expect(pace(many(1000, "2024-07-01"), goal, "2026-10-15")).toEqual({ state: "on", remaining: 49_000, monthsLeft: 2, perMonth: 24_500 });
    // November 2023: all 37 months left; 50,000 ÷ 37 = 1351.35… → 1,352.
    expect(pace([], goal, "2023-11-30")).toEqual({ state: "on", remaining: 50_000, monthsLeft: 37, perMonth: 1352 });
  });

  it("in the deadline month the whole remainder is due this month; the month after, the deadline has passed", () => {
    const people = many(1000, "2024-07-01");
    expect(pace(people, goal, "2026-11-30")).toEqual({ state: "on", remaining: 49_000, monthsLeft: 1, perMonth: 49_000 });
    expect(pace(people, goal, "2026-12-01")).toEqual({ state: "passed", countedByDeadline: 1000, shortfall: 49_000 });
  });

  it("after the deadline, people first kept after it do not count towards the goal", () => {
    const people = [...many(10, "2026-11-30"), ...countOnce([ev(99, "KEPT_ON", "2026-12-01")], "2023-11", "2027-01-01")];
    expect(pace(people, goal, "2027-01-01")).toEqual({ state: "passed", countedByDeadline: 10, shortfall: 49_990 });
  });

  it("is reached once the goal is met, one person short is not", () => {
    const small = retentionGoal({ foundedOn: "2023-11-30", goalPeople: 3, goalYears: 3 });
    expect(pace(many(3, "2024-07-01"), small, "2025-01-01")).toEqual({ state: "reached", counted: 3 });
    expect(pace(many(2, "2024-07-01"), small, "2025-01-01")).toEqual({ state: "on", remaining: 1, monthsLeft: 23, perMonth: 1 });
  });
});
