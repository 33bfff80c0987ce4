// The warnings that evidence raises while a placement runs (issue 11, items 5 and 6). Pure, on
// calendar days as YYYY-MM-DD in Hohhot, so each edge can be tested without a clock. The compliance
// view (compliance.server.ts) and the placement's tracking page (tracking.server.ts) both read them here.

/** 实习报酬不低于同岗位试用期工资的 80% (教职成〔2021〕4号 第十八条): as a fraction 4/5, in whole yuan. */
export const PAY_FLOOR = { numerator: 4, denominator: 5 } as const;

/**
 * A month's pay is due by the 15th of the next month. The rule says "at least monthly" (第十八条) and
 * 《工资支付暂行规定》 lets a host fix its pay day; the 15th leaves a host paying at month-end plus a
 * fortnight to record it, and is the day the school can expect a record. On the 15th itself no warning.
 */
export const PAY_DUE_DAY_OF_NEXT_MONTH = 15;

/**
 * A weekly report unreviewed for more than 7 days warns: the supervisor looks at least weekly, so a
 * report waits at most one round of reviews; day 7 after filing is still in time, day 8 is late.
 */
export const REVIEW_WITHIN_DAYS = 7;

/** Placements ending within 30 days (today + 30 inclusive) are listed, so the outcome and grade are prepared. */
export const ENDING_SOON_DAYS = 30;

/** 第十一条: interns at most 10% of the host's staff, and at most 20% of the staff on the same post. */
export const HOST_SHARE_PERCENT = 10;
export const POST_SHARE_PERCENT = 20;

/** School grades (学校成绩) a placement ends with. */
export const SCHOOL_GRADES = ["优秀", "良好", "合格", "不合格"] as const;
export type SchoolGrade = (typeof SCHOOL_GRADES)[number];

const DAY_MS = 86_400_000;
const at = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** `day` plus `days` (negative: minus), YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  return new Date(at(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((at(to) - at(from)) / DAY_MS);
}

/** The Monday of the week `day` falls in, YYYY-MM-DD. */
export function mondayOf(day: string): string {
  const weekday = new Date(at(day)).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(day, -((weekday + 6) % 7));
}

/** Whether `day` is a Monday. */
export const isMonday = (day: string) => new Date(at(day)).getUTCDay() === 1;

/** First day of the month `day` falls in. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** The first day of the month after `month` (YYYY-MM-01). */
function nextMonth(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** The day by which `month`'s pay is due: the 15th of the next month. */
export function payDueOn(month: string): string {
  return `${nextMonth(month).slice(0, 8)}${String(PAY_DUE_DAY_OF_NEXT_MONTH).padStart(2, "0")}`;
}

/** Whether `amount` yuan is below 80% of `regularWage` yuan (exactly 80% is not). Unknown wage: no judgement. */
export function payBelowFloor(amount: number, regularWage: number | null): boolean {
  if (regularWage === null) return false;
  return amount * PAY_FLOOR.denominator < regularWage * PAY_FLOOR.numerator;
}

/** The least amount that keeps the 80% floor, in whole yuan. */
export const payFloor = (regularWage: number) => Math.ceil((regularWage * PAY_FLOOR.numerator) / PAY_FLOOR.denominator);

/** The months (YYYY-MM-01) a placement from `startsOn` to `endsOn` works in, in order. */
export function placementMonths(startsOn: string, endsOn: string): string[] {
  const months: string[] = [];
  for (let m = monthOf(startsOn); m <= endsOn; m = nextMonth(m)) months.push(m);
  return months;
}

/** Months of the placement whose pay day has passed by `today` (today after the due day). */
export function monthsDue(startsOn: string, endsOn: string, today: string): string[] {
  return placementMonths(startsOn, endsOn).filter((m) => today > payDueOn(m));
}

/** Whether a report filed on `filedOn` and not reviewed is late on `today`. */
export function reviewOverdue(filedOn: string, today: string): boolean {
  return daysBetween(filedOn, today) > REVIEW_WITHIN_DAYS;
}

/** Whether a placement ending on `endsOn` ends within ENDING_SOON_DAYS of `today` (and has not ended). */
export function endingSoon(endsOn: string, today: string): boolean {
  const left = daysBetween(today, endsOn);
  return left >= 0 && left <= ENDING_SOON_DAYS;
}

/** Whether `interns` exceed `percent`% of `staff` (exactly the share is allowed). Unknown staff: no judgement. */
export function overShare(interns: number, staff: number | null, percent: number): boolean {
  if (staff === null) return false;
  return interns * 100 > staff * percent;
}
