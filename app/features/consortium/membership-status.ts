import type { ConsortiumActivityKind, ConsortiumMemberStatus, OrganisationKind } from "~/generated/prisma/enums";

// 五万产业工人留呼 consortium membership (docs/decisions/0015, "Consortium"). Who may move it where:
//   the organisation (its school office or enterprise staff):
//            (none) → 待审核 (asks to join); 未通过 / 已退出 → 待审核 (asks again, the same row);
//            成员 → 已退出 (leaves)
//   the bureau: 待审核 → 成员 (approves, joinedOn = that day) / 未通过 (declines, with a reason)
// Nothing else: a pending request is not withdrawn (the bureau declines it), the bureau never removes a
// member nor puts back one who left, and a decided request is not decided again.

export const MEMBERSHIP_STATUSES = ["REQUESTED", "APPROVED", "DECLINED", "LEFT"] as const satisfies readonly ConsortiumMemberStatus[];
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export type MembershipSide = "organisation" | "bureau";

export const MEMBERSHIP_STATUS_LABEL: Record<MembershipStatus, string> = {
  REQUESTED: "待审核",
  APPROVED: "成员",
  DECLINED: "未通过",
  LEFT: "已退出",
};
export const MEMBERSHIP_STATUS_TONE: Record<MembershipStatus, "open" | "good" | "bad" | "muted"> = {
  REQUESTED: "open",
  APPROVED: "good",
  DECLINED: "bad",
  LEFT: "muted",
};

const MOVES: Record<MembershipSide, Record<MembershipStatus | "NONE", readonly MembershipStatus[]>> = {
  organisation: { NONE: ["REQUESTED"], REQUESTED: [], APPROVED: ["LEFT"], DECLINED: ["REQUESTED"], LEFT: ["REQUESTED"] },
  bureau: { NONE: [], REQUESTED: ["APPROVED", "DECLINED"], APPROVED: [], DECLINED: [], LEFT: [] },
};

/** Whether `side` may move a membership from `from` (null: none yet) to `to`. */
export function mayMoveMembership(side: MembershipSide, from: MembershipStatus | null, to: MembershipStatus): boolean {
  return MOVES[side][from ?? "NONE"].includes(to);
}

export function refusedMembershipMessage(from: MembershipStatus | null, to: MembershipStatus): string {
  if (from === null) return "该单位还没有申请加入共同体";
  if (from === to) return `该单位已是「${MEMBERSHIP_STATUS_LABEL[from]}」`;
  return `「${MEMBERSHIP_STATUS_LABEL[from]}」不能改为「${MEMBERSHIP_STATUS_LABEL[to]}」`;
}

/**
 * 成员类型, as the report counts the launch (6.5 案例19: 政府单位、本科高校、高职院校、中职学校、企业、媒体).
 * The type is the organisation's kind; the bureau (市教育局) is a government unit. 行业协会 is not among the
 * report's six: an association that joins is counted under its own seventh type.
 */
export const MEMBER_TYPES = ["GOVERNMENT", "UNIVERSITY", "HIGHER_VOCATIONAL", "SECONDARY_SCHOOL", "ENTERPRISE", "MEDIA", "INDUSTRY_ASSOCIATION"] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];

export const MEMBER_TYPE_LABEL: Record<MemberType, string> = {
  GOVERNMENT: "政府单位",
  UNIVERSITY: "本科高校",
  HIGHER_VOCATIONAL: "高职院校",
  SECONDARY_SCHOOL: "中职学校",
  ENTERPRISE: "企业",
  MEDIA: "媒体",
  INDUSTRY_ASSOCIATION: "行业协会",
};

export function memberTypeOf(kind: OrganisationKind): MemberType {
  return kind === "BUREAU" ? "GOVERNMENT" : kind;
}

/** The organisation kinds one member type stands for. */
export function kindsOfType(type: MemberType): OrganisationKind[] {
  return type === "GOVERNMENT" ? ["GOVERNMENT", "BUREAU"] : [type];
}

export const ACTIVITY_KIND_LABEL: Record<ConsortiumActivityKind, string> = {
  MEETING: "会议",
  JOINT_PROJECT: "合作项目",
  TRAINING: "培训",
};
