import type { LedgerStatus } from "~/lib/practice-ledger";

// Chinese labels of the practice's enums, for pages and filters.

export const PRACTICE_STATUS_LABEL = {
  PROPOSED: "待接收",
  ACCEPTED: "已接收",
  DECLINED: "未接收",
  COMPLETED: "已完成",
  CANCELLED: "已取消",
} as const;
export type PracticeStatus = keyof typeof PRACTICE_STATUS_LABEL;

export const PRACTICE_STATUS_TONE = {
  PROPOSED: "muted",
  ACCEPTED: "open",
  DECLINED: "bad",
  COMPLETED: "good",
  CANCELLED: "bad",
} as const;

/** 《职业学校教师企业实践规定》第五条's forms. */
export const PRACTICE_FORM_LABEL = {
  OBSERVATION: "考察观摩",
  TRAINING: "技能培训",
  CONCURRENT_POST: "兼职或跟岗",
  JOINT_RND: "参与研发",
} as const;
export type PracticeFormName = keyof typeof PRACTICE_FORM_LABEL;

export const HOST_GRADES = ["优秀", "合格", "不合格"] as const;

/** The ledger status as a badge tone. */
export const LEDGER_TONE: Record<LedgerStatus, "open" | "good" | "bad" | "muted"> = {
  met: "good",
  short: "bad",
  warning: "open",
  "new-without-experience": "bad",
  "not-required": "muted",
};
