// 留呼 (issue 13 item 5, docs/decisions/0015 "Retention"): the pure counting behind /retention. The
// feature (app/features/retention/) reads the records and turns each into an event — a person kept in
// Hohhot on a day, from one source — and this file decides who counts, in which month, and what pace
// the goal still needs. Months are "YYYY-MM" strings of date-only columns (stored at UTC midnight of
// the Hohhot day, app/lib/dates.ts), so a month is the first seven characters of the day.

/** Where a person being kept in Hohhot is recorded. */
export const RETENTION_SOURCES = ["LOCAL_EMPLOYMENT", "KEPT_ON", "ORDER_CLASS_HIRE"] as const;
export type RetentionSource = (typeof RETENTION_SOURCES)[number];

export const RETENTION_SOURCE_LABEL: Record<RetentionSource, string> = {
  LOCAL_EMPLOYMENT: "毕业生在呼就业",
  KEPT_ON: "实习留用",
  ORDER_CLASS_HIRE: "订单班录用",
};

/** One record saying a person was kept in Hohhot on `day` (YYYY-MM-DD). personId is the Student's id. */
export type RetentionEvent = { personId: number; source: RetentionSource; day: string };

/** A counted person: the month of their earliest event, and every source that records them (each once, in RETENTION_SOURCES order). */
export type CountedPerson = { personId: number; month: string; day: string; sources: RetentionSource[] };

/** The consortium's launch month when no consortium says otherwise (the report: launched November 2023). */
export const DEFAULT_START_MONTH = "2023-11";
export const DEFAULT_GOAL_PEOPLE = 50_000;
export const DEFAULT_GOAL_YEARS = 3;

export type RetentionGoal = {
  people: number;
  years: number;
  /** The first month counted: the consortium's foundedOn month. */
  startMonth: string;
  /** The last month that counts towards the goal: the month of foundedOn + `years` years (inclusive). */
  deadlineMonth: string;
};

/** "YYYY-MM" of a YYYY-MM-DD day. */
export const monthOf = (day: string): string => day.slice(0, 7);

const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const fromIndex = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

/** `month` moved by `n` months (n may be negative). */
export const addMonths = (month: string, n: number): string => fromIndex(index(month) + n);

/** How many months from `from` to `to`, both counted (0 when `to` is before `from`). */
export const monthsFromTo = (from: string, to: string): number => Math.max(0, index(to) - index(from) + 1);

/** Every month from `from` to `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  return Array.from({ length: monthsFromTo(from, to) }, (_, i) => addMonths(from, i));
}

/**
 * The goal from the consortium's own columns, falling back to 50,000 people over 3 years from
 * November 2023 where one is unset (the report's 五万产业工人留呼工程). A goal of 0 or less is unset.
 */
export function retentionGoal(consortium: { foundedOn: string | null; goalPeople: number | null; goalYears: number | null } | null): RetentionGoal {
  const people = consortium?.goalPeople && consortium.goalPeople > 0 ? consortium.goalPeople : DEFAULT_GOAL_PEOPLE;
  const years = consortium?.goalYears && consortium.goalYears > 0 ? consortium.goalYears : DEFAULT_GOAL_YEARS;
  const startMonth = consortium?.foundedOn ? monthOf(consortium.foundedOn) : DEFAULT_START_MONTH;
  return { people, years, startMonth, deadlineMonth: addMonths(startMonth, years * 12) };
}

/**
 * Each person once, in the month of their earliest event on or before `today`. A person whose earliest
 * event is before `startMonth` was kept before the consortium began and is not counted at all, even if a
 * later record says so again; an event after today (a contract that starts next month) is not yet a fact.
 * Sources are every source with an event in the counted span (startMonth … today), so one person can
 * show under two sources while counting once in the total. Sorted by month, then personId.
 */
export function countOnce(events: Iterable<RetentionEvent>, startMonth: string, today: string): CountedPerson[] {
  const earliest = new Map<number, { day: string; sources: Set<RetentionSource> }>();
  for (const e of events) {
    if (e.day > today) continue;
    const seen = earliest.get(e.personId);
    if (!seen) earliest.set(e.personId, { day: e.day, sources: new Set([e.source]) });
    else {
      if (e.day < seen.day) seen.day = e.day;
      seen.sources.add(e.source);
    }
  }
  const people: CountedPerson[] = [];
  for (const [personId, { day, sources }] of earliest) {
    const month = monthOf(day);
    if (month < startMonth) continue;
    people.push({ personId, month, day, sources: RETENTION_SOURCES.filter((s) => sources.has(s)) });
  }
  return people.sort((a, b) => (a.month === b.month ? a.personId - b.personId : a.month < b.month ? -1 : 1));
}

export type TrajectoryRow = {
  month: string;
  /** People first counted in this month. */
  added: number;
  /** People counted from startMonth to the end of this month. */
  cumulative: number;
  /** People with this source among those added this month (overlapping: a person can be under two). */
  bySource: Record<RetentionSource, number>;
  /** The straight line from 0 to the goal by the end of the deadline month; the goal after it. */
  line: number;
};

/** The straight line's value at the end of `month`: goal × months elapsed ÷ months in the window, rounded. */
export function goalLine(goal: RetentionGoal, month: string): number {
  const total = monthsFromTo(goal.startMonth, goal.deadlineMonth);
  const elapsed = Math.min(total, monthsFromTo(goal.startMonth, month));
  return Math.round((goal.people * elapsed) / total);
}

/** One row per month from startMonth to the current month (the month of `today`), counts from `people`. */
export function trajectory(people: CountedPerson[], goal: RetentionGoal, today: string): TrajectoryRow[] {
  const months = monthRange(goal.startMonth, monthOf(today));
  const rows = new Map<string, TrajectoryRow>(
    months.map((month) => [
      month,
      { month, added: 0, cumulative: 0, bySource: { LOCAL_EMPLOYMENT: 0, KEPT_ON: 0, ORDER_CLASS_HIRE: 0 }, line: goalLine(goal, month) },
    ]),
  );
  for (const p of people) {
    const row = rows.get(p.month);
    if (!row) continue;
    row.added++;
    for (const s of p.sources) row.bySource[s]++;
  }
  let running = 0;
  for (const row of rows.values()) {
    running += row.added;
    row.cumulative = running;
  }
  return [...rows.values()];
}

export type Pace =
  /** Before or in the deadline month: `perMonth` people a month (rounded up) from this month to the deadline month, both included. */
  | { state: "on"; remaining: number; monthsLeft: number; perMonth: number }
  /** The goal is met (counted through the deadline month, or now if earlier): nothing more is needed. */
  | { state: "reached"; counted: number }
  /** The deadline month is over and the goal was not met: no pace can reach it; `shortfall` is what was missing at the deadline. */
  | { state: "passed"; countedByDeadline: number; shortfall: number };

/**
 * The monthly pace needed from now: (goal − counted so far) ÷ the months left, the current month
 * counted as one still to go (it is not over), rounded up to whole people. Before the start month all
 * the window's months are left. After the deadline month the pace is undefined: the result at the
 * deadline (people first counted in a month after it are shown, but do not count towards the goal).
 */
export function pace(people: CountedPerson[], goal: RetentionGoal, today: string): Pace {
  const current = monthOf(today);
  const byDeadline = people.filter((p) => p.month <= goal.deadlineMonth && p.day <= today).length;
  if (byDeadline >= goal.people) return { state: "reached", counted: byDeadline };
  if (current > goal.deadlineMonth) return { state: "passed", countedByDeadline: byDeadline, shortfall: goal.people - byDeadline };
  const remaining = goal.people - byDeadline;
  const monthsLeft = monthsFromTo(current < goal.startMonth ? goal.startMonth : current, goal.deadlineMonth);
  return { state: "on", remaining, monthsLeft, perMonth: Math.ceil(remaining / monthsLeft) };
}
