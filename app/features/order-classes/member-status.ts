import type { OrderClassMemberStatus } from "~/generated/prisma/enums";

// A student's place in an order-class (订单班 / 现代学徒制班). Who may move it where:
//   student: (none) → 待审核 (asks to join); 未通过 / 已退出 → 待审核 (asks again);
//            待审核 / 已入班 → 已退出 (withdraws)
//   school office: (none) → 已入班 (enrols a student directly: the office is the one that approves);
//            待审核 → 已入班 (approves, holds a seat) / 未通过 (declines, with a reason)
// Nothing else: no move out of 未通过 or 已退出 but the student's own new request, and the office cannot
// put back someone who declined or withdrew (docs/decisions/0012-order-classes.md).

export const MEMBER_STATUSES = ["REQUESTED", "ENROLLED", "DECLINED", "WITHDRAWN"] as const satisfies readonly OrderClassMemberStatus[];
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export type MemberSide = "student" | "school";

export const MEMBER_STATUS_LABEL: Record<MemberStatus, string> = {
  REQUESTED: "待审核",
  ENROLLED: "已入班",
  DECLINED: "未通过",
  WITHDRAWN: "已退出",
};
export const MEMBER_STATUS_TONE: Record<MemberStatus, "open" | "good" | "bad" | "muted"> = {
  REQUESTED: "open",
  ENROLLED: "good",
  DECLINED: "bad",
  WITHDRAWN: "muted",
};

/** `null` is "no membership yet". */
const MOVES: Record<MemberSide, Record<MemberStatus | "NONE", readonly MemberStatus[]>> = {
  student: { NONE: ["REQUESTED"], REQUESTED: ["WITHDRAWN"], ENROLLED: ["WITHDRAWN"], DECLINED: ["REQUESTED"], WITHDRAWN: ["REQUESTED"] },
  school: { NONE: ["ENROLLED"], REQUESTED: ["ENROLLED", "DECLINED"], ENROLLED: [], DECLINED: [], WITHDRAWN: [] },
};

export function mayMoveMember(side: MemberSide, from: MemberStatus | null, to: MemberStatus): boolean {
  return MOVES[side][from ?? "NONE"].includes(to);
}

export function refusedMemberMessage(from: MemberStatus | null, to: MemberStatus): string {
  if (from === null) return "该学生还没有报名这个班";
  if (from === to) return `该学生已是「${MEMBER_STATUS_LABEL[from]}」`;
  return `「${MEMBER_STATUS_LABEL[from]}」的报名不能改为「${MEMBER_STATUS_LABEL[to]}」`;
}

export const ORDER_CLASS_KIND_LABEL = { ORDER_CLASS: "订单班", MODERN_APPRENTICESHIP: "现代学徒制班" } as const;

export const SEATS_FULL_MESSAGE = "名额已满，不能再入班";
