// An application's life, as one table both the pages and the services read: a button is shown
// exactly when the service would accept it, and the seed writes only histories this table allows.

export const APPLICATION_STATUSES = [
  "SUBMITTED",
  "VIEWED",
  "INTERVIEW",
  "OFFER",
  "ACCEPTED",
  "DECLINED",
  "REJECTED",
  "WITHDRAWN",
  "CLOSED",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  SUBMITTED: "已投递",
  VIEWED: "企业已查看",
  INTERVIEW: "邀请面试",
  OFFER: "拟录用",
  ACCEPTED: "已接受录用",
  DECLINED: "已婉拒录用",
  REJECTED: "未通过",
  WITHDRAWN: "已撤回",
  CLOSED: "岗位已关闭",
};

/** What the button that moves an application into each status says. */
export const MOVE_VERB: Record<ApplicationStatus, string> = {
  SUBMITTED: "改回已投递",
  VIEWED: "标记为已查看",
  INTERVIEW: "邀请面试",
  OFFER: "发出录用通知",
  ACCEPTED: "接受录用",
  DECLINED: "婉拒录用",
  REJECTED: "不予录用",
  WITHDRAWN: "撤回申请",
  CLOSED: "关闭申请",
};

export type Side = "enterprise" | "student";

/**
 * from → the statuses each side may move it to. Anything not listed is refused. The student's
 * 已撤回 / 岗位已关闭 → 已投递 is applying again (the apply form, while the position is open), not a
 * button on 我的申请. CLOSED is set by the platform when the position closes (closeOpenApplications),
 * never by either side's buttons.
 */
export const TRANSITIONS: Record<Side, Partial<Record<ApplicationStatus, readonly ApplicationStatus[]>>> = {
  enterprise: {
    SUBMITTED: ["VIEWED", "REJECTED"],
    VIEWED: ["INTERVIEW", "REJECTED"],
    INTERVIEW: ["OFFER", "REJECTED"],
    OFFER: ["REJECTED"],
  },
  student: {
    SUBMITTED: ["WITHDRAWN"],
    VIEWED: ["WITHDRAWN"],
    INTERVIEW: ["WITHDRAWN"],
    OFFER: ["ACCEPTED", "DECLINED", "WITHDRAWN"],
    WITHDRAWN: ["SUBMITTED"],
    CLOSED: ["SUBMITTED"],
  },
};

/** Still waiting for a decision: what closing the position ends (岗位已关闭). */
export const OPEN_APPLICATION_STATUSES = ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"] as const satisfies readonly ApplicationStatus[];

/** Why the platform closed an application, written as its event's note and told to the student. */
export const CLOSE_REASON = { filled: "岗位已招满", closed: "企业已关闭岗位" } as const;
export type CloseReason = keyof typeof CLOSE_REASON;

export function nextStatuses(side: Side, from: ApplicationStatus): readonly ApplicationStatus[] {
  return TRANSITIONS[side][from] ?? [];
}

/** The buttons a card shows: every next status except applying again, which is the apply form's. */
export const buttonStatuses = (side: Side, from: ApplicationStatus) => nextStatuses(side, from).filter((to) => to !== "SUBMITTED");

export function mayMove(side: Side, from: ApplicationStatus, to: ApplicationStatus): boolean {
  return nextStatuses(side, from).includes(to);
}

/** Why a move is refused, in the words the person clicking will understand. */
export function refusedMoveMessage(from: ApplicationStatus, to: ApplicationStatus): string {
  return `该申请当前为「${APPLICATION_STATUS_LABEL[from]}」，不能${MOVE_VERB[to]}`;
}

/** The student's three buttons on their own application, named by what they do. */
export const STUDENT_INTENTS = { withdraw: "WITHDRAWN", accept: "ACCEPTED", decline: "DECLINED" } as const;
export type StudentIntent = keyof typeof STUDENT_INTENTS;
export const intentFor = (to: ApplicationStatus) =>
  (Object.keys(STUDENT_INTENTS) as StudentIntent[]).find((intent) => STUDENT_INTENTS[intent] === to);

/** How each status's badge reads at a glance (ResponsiveList's StatusBadge tones). */
export const APPLICATION_STATUS_TONE: Record<ApplicationStatus, "open" | "good" | "bad" | "muted"> = {
  SUBMITTED: "open",
  VIEWED: "open",
  INTERVIEW: "open",
  OFFER: "good",
  ACCEPTED: "good",
  DECLINED: "muted",
  REJECTED: "bad",
  WITHDRAWN: "muted",
  CLOSED: "muted",
};
