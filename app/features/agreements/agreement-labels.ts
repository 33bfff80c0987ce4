// Words for agreements, shared by the list, the form and the agreement's page (browser-safe).

export const AGREEMENT_KINDS = [
  "COOPERATION",
  "ORDER_CLASS",
  "APPRENTICESHIP",
  "INTERNSHIP_BASE",
  "TRAINING_BASE",
  "INDUSTRY_COLLEGE",
] as const;
export type AgreementKindName = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_KIND_LABEL: Record<AgreementKindName, string> = {
  COOPERATION: "校企合作",
  ORDER_CLASS: "订单班",
  APPRENTICESHIP: "现代学徒制",
  INTERNSHIP_BASE: "实习基地",
  TRAINING_BASE: "实训基地",
  INDUSTRY_COLLEGE: "产业学院",
};

/**
 * The states a reader filters by: the stored status, with ACTIVE split by the dates as
 * app/lib/agreements.ts agreementStateLabel reads them (未开始 / 生效 / 已到期).
 */
export const AGREEMENT_STATES = ["PROPOSED", "UPCOMING", "IN_FORCE", "EXPIRED", "DECLINED", "TERMINATED"] as const;
export type AgreementStateName = (typeof AGREEMENT_STATES)[number];

export const AGREEMENT_STATE_LABEL: Record<AgreementStateName, string> = {
  PROPOSED: "待确认",
  UPCOMING: "未开始",
  IN_FORCE: "生效",
  EXPIRED: "已到期",
  DECLINED: "已拒绝",
  TERMINATED: "已终止",
};

/** The badge colour of each label agreementStateLabel() returns. */
export function stateTone(label: string): "open" | "good" | "bad" | "muted" {
  if (label === "待确认" || label === "未开始") return "open";
  if (label === "生效") return "good";
  if (label === "已拒绝" || label === "已终止") return "bad";
  return "muted";
}

export const STATUS_LABEL = { PROPOSED: "待确认", ACTIVE: "生效", DECLINED: "已拒绝", TERMINATED: "已终止" } as const;

export const SIDE_LABEL = { SCHOOL: "学校", ENTERPRISE: "企业" } as const;
