// 招聘会意向 (booth leads, issue 12 item 5): the student's two answers. A lead made at a booth waits
// for the student (待确认); confirming turns it into an ordinary application (已转为投递), dismissing
// sets it aside (已忽略). Both answers are final: a dismissed lead's positions can still be applied
// for on their own pages, and a confirmed one is an application with its own life.

export type LeadStatus = "PENDING" | "CONFIRMED" | "DISMISSED";

export const LEAD_STATUS_LABEL: Record<LeadStatus, string> = {
  PENDING: "待确认",
  CONFIRMED: "已转为投递",
  DISMISSED: "已忽略",
};

const MOVES: Record<LeadStatus, readonly LeadStatus[]> = {
  PENDING: ["CONFIRMED", "DISMISSED"],
  CONFIRMED: [],
  DISMISSED: [],
};

export function mayMoveLead(from: LeadStatus, to: LeadStatus): boolean {
  return MOVES[from].includes(to);
}

/** Why a lead in `from` cannot be answered again. */
export function leadDecidedMessage(from: LeadStatus): string {
  return from === "CONFIRMED" ? "该意向已转为投递" : from === "DISMISSED" ? "该意向已忽略" : "该意向不能这样处理";
}
