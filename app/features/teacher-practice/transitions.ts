// The state machine of a teacher's enterprise practice (教师企业实践, issue 13 item 2; docs/decisions/0015):
//   PROPOSED --accept (the host, a base's places permitting)--> ACCEPTED
//   PROPOSED --decline (the host, with a reason)--------------> DECLINED
//   PROPOSED|ACCEPTED --cancel (the school, before startsOn)--> CANCELLED
//   ACCEPTED --complete (the host, from endsOn, assessment)---> COMPLETED
// DECLINED, CANCELLED and COMPLETED are final. Who is the host or the school is permissions.server.ts's;
// the places of a base are counted by the service under the base's row lock.

export type PracticeStatusName = "PROPOSED" | "ACCEPTED" | "DECLINED" | "COMPLETED" | "CANCELLED";
export const PRACTICE_MOVES = ["accept", "decline", "cancel", "complete"] as const;
export type PracticeMove = (typeof PRACTICE_MOVES)[number];
export type PracticeSide = "SCHOOL" | "HOST";

export const MOVE_TARGET: Record<PracticeMove, PracticeStatusName> = {
  accept: "ACCEPTED",
  decline: "DECLINED",
  cancel: "CANCELLED",
  complete: "COMPLETED",
};
export const MOVE_SIDE: Record<PracticeMove, PracticeSide> = { accept: "HOST", decline: "HOST", cancel: "SCHOOL", complete: "HOST" };

export type PracticeFacts = { status: PracticeStatusName; startsOn: string; endsOn: string };

/** Why `move` may not be made on `practice` on `today` (YYYY-MM-DD, Hohhot), in Chinese, or null when it may. */
export function moveProblem(practice: PracticeFacts, move: PracticeMove, today: string): string | null {
  switch (move) {
    case "accept":
    case "decline":
      return practice.status === "PROPOSED" ? null : "该实践已不是待接收状态";
    case "cancel":
      if (practice.status !== "PROPOSED" && practice.status !== "ACCEPTED") return "只有待接收或已接收的实践可以取消";
      return today < practice.startsOn ? null : "实践已经开始，不能再取消";
    case "complete":
      if (practice.status !== "ACCEPTED") return "只有已接收的实践可以完成考核";
      return today >= practice.endsOn ? null : "实践期结束当天起才能填写考核意见";
  }
}

/** Why a day may not be logged on `practice`, or null: accepted, within the period, not after today. */
export function logDayProblem(practice: PracticeFacts, day: string, today: string): string | null {
  if (practice.status !== "ACCEPTED") return "只有已接收的实践可以登记实践日";
  if (day < practice.startsOn || day > practice.endsOn) return `实践日须在实践期内（${practice.startsOn} 至 ${practice.endsOn}）`;
  if (day > today) return "不能登记今天以后的实践日";
  return null;
}

/** Why the host may not confirm logged days now, or null: while accepted or after completion. */
export function confirmDayProblem(practice: PracticeFacts): string | null {
  return practice.status === "ACCEPTED" || practice.status === "COMPLETED" ? null : "该实践的实践日不能再确认";
}

/** The moves `side` may make now (the server asks moveProblem again). */
export const movesFor = (practice: PracticeFacts, side: PracticeSide, today: string): PracticeMove[] =>
  PRACTICE_MOVES.filter((m) => MOVE_SIDE[m] === side && moveProblem(practice, m, today) === null);
