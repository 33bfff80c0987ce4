// Job fairs (招聘会 / 双选会, issue 12, docs/decisions/0014): the words, the booth map and who may
// register — shared by the fair, booth, check-in and report features and by the seed's checks.
import { dayColumn, todayInHohhot } from "./dates";

export type FairStatus = "DRAFT" | "OPEN" | "RUNNING" | "CLOSED" | "CANCELLED";
export type FairBoothStatus = "REQUESTED" | "APPROVED" | "REFUSED" | "WITHDRAWN";
export type FairScanOutcome = "CHECKED_IN" | "ALREADY_CHECKED_IN" | "WRONG_FAIR" | "NOT_REGISTERED" | "EXPIRED" | "FORGED";

export const FAIR_STATUS_LABEL: Record<FairStatus, string> = {
  DRAFT: "草稿",
  OPEN: "报名中",
  RUNNING: "进行中",
  CLOSED: "已结束",
  CANCELLED: "已取消",
};

export const BOOTH_STATUS_LABEL: Record<FairBoothStatus, string> = {
  REQUESTED: "待审核",
  APPROVED: "已通过",
  REFUSED: "未通过",
  WITHDRAWN: "已撤回",
};

/** What the scanner shows for each answer (pretix-style: every refusal says why). */
export const SCAN_OUTCOME_LABEL: Record<FairScanOutcome, string> = {
  CHECKED_IN: "签到成功",
  ALREADY_CHECKED_IN: "已签到过",
  WRONG_FAIR: "不是本场招聘会的入场码",
  NOT_REGISTERED: "该学生未报名本场招聘会",
  EXPIRED: "入场码不在有效期内",
  FORGED: "无效的入场码",
};

/**
 * Whether a booth is at the fair (listed on its page, may record leads): approved, of an enterprise
 * the bureau has not suspended since — a suspended enterprise's positions are hidden from students
 * everywhere (app/lib/enterprise-standing.ts), its booth with them. Its number stays taken.
 */
export function boothAtFair(booth: { status: string; standing: string }): boolean {
  return booth.status === "APPROVED" && booth.standing !== "SUSPENDED";
}

/** The most booths a fair's map holds, and the most to a row (a hall's row, drawn on a phone). */
export const MAX_BOOTHS = 500;
export const MAX_BOOTHS_PER_ROW = 20;

/**
 * A booth number (1…boothCount) as the map shows it: row letter and place, booth 1 of 10 a row is
 * "A01", booth 11 is "B01". Rows past Z continue AA, AB … (500 booths at 1 a row need them).
 */
export function boothLabel(boothNo: number, boothsPerRow: number): string {
  const row = Math.floor((boothNo - 1) / boothsPerRow);
  const place = ((boothNo - 1) % boothsPerRow) + 1;
  return `${rowLetters(row)}${String(place).padStart(2, "0")}`;
}

function rowLetters(row: number): string {
  const letter = String.fromCharCode(65 + (row % 26));
  return row < 26 ? letter : rowLetters(Math.floor(row / 26) - 1) + letter;
}

/** The booth map: rows of booth numbers, boothsPerRow to a row, the last row possibly short. */
export function boothRows(boothCount: number, boothsPerRow: number): number[][] {
  const rows: number[][] = [];
  for (let first = 1; first <= boothCount; first += boothsPerRow) {
    rows.push(Array.from({ length: Math.min(boothsPerRow, boothCount - first + 1) }, (_, i) => first + i));
  }
  return rows;
}

/** Whether `now` falls in a registration window (opensAt inclusive, closesAt exclusive). */
export function windowOpen(window: { opensAt: Date; closesAt: Date }, now = new Date()): boolean {
  return now >= window.opensAt && now < window.closesAt;
}

/**
 * The fair's days in Hohhot, first and last (YYYY-MM-DD): a pass is valid from the first day's start
 * to the last day's end, Asia/Shanghai (issue 12 item 3: "valid for the fair's days").
 */
export function fairDays(fair: { startsAt: Date; endsAt: Date }): { first: string; last: string } {
  return { first: todayInHohhot(fair.startsAt), last: todayInHohhot(fair.endsAt) };
}

/** Whether a moment falls within the fair's days in Hohhot (see fairDays). */
export function withinFairDays(fair: { startsAt: Date; endsAt: Date }, at: Date): boolean {
  const { first, last } = fairDays(fair);
  const day = todayInHohhot(at);
  return dayColumn(day) >= dayColumn(first) && dayColumn(day) <= dayColumn(last);
}

export type FairEligibility = {
  allSchools: boolean;
  schoolIds: number[]; // FairSchool rows
  programIds: number[]; // FairProgram rows (national catalogue); empty = every program
  cohortYears: number[]; // empty = every cohort
};

export type EligibleStudent = { schoolId: number; programId: number; cohortYear: number; status: string };

/**
 * Why a student may not register for a fair, or null when they may (issue 12 item 3): an ineligible
 * school, program or cohort is refused with the reason. Only enrolled students register.
 */
export function ineligibility(fair: FairEligibility, student: EligibleStudent): string | null {
  if (student.status !== "ENROLLED") return "只有在校学生可以报名招聘会";
  if (!fair.allSchools && !fair.schoolIds.includes(student.schoolId)) return "你所在的学校不在本场招聘会的参会学校之列";
  if (fair.programIds.length > 0 && !fair.programIds.includes(student.programId)) return "你的专业不在本场招聘会的面向专业之列";
  if (fair.cohortYears.length > 0 && !fair.cohortYears.includes(student.cohortYear)) {
    return `本场招聘会只面向${fair.cohortYears.map((year) => `${year}级`).join("、")}学生`;
  }
  return null;
}
