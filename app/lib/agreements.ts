import type { Prisma } from "~/generated/prisma/client";
import { dayColumn } from "./dates";

// Whether a partnership agreement (校企合作协议) is in force on a day. Expiry is not stored: an ACTIVE
// agreement whose end date has passed reads 已到期 (issue 11: "expiry follows from the dates, never set
// by hand"). Shared by every feature that counts partners (matching, homes, order-classes, reports).

/** The where-clause of agreements in force on `today` (YYYY-MM-DD, Hohhot): ACTIVE, started, not ended. */
export function agreementInForce(today: string): Prisma.PartnershipAgreementWhereInput {
  const day = dayColumn(today);
  return { status: "ACTIVE", startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] };
}

/** What a reader sees for an agreement's state on `today`: 待确认, 生效, 已到期, 已拒绝, 已终止 (or 未开始 before its start). */
export function agreementStateLabel(
  agreement: { status: "PROPOSED" | "ACTIVE" | "DECLINED" | "TERMINATED"; startsOn: Date; endsOn: Date | null },
  today: string,
): string {
  if (agreement.status === "PROPOSED") return "待确认";
  if (agreement.status === "DECLINED") return "已拒绝";
  if (agreement.status === "TERMINATED") return "已终止";
  if (agreementEnded(agreement, today)) return "已到期";
  if (agreement.startsOn > dayColumn(today)) return "未开始";
  return "生效";
}

/** Whether the agreement's end day is before `today` (YYYY-MM-DD, Hohhot): 已到期 once ACTIVE; a 长期 one never ends. */
export function agreementEnded(agreement: { endsOn: Date | null }, today: string): boolean {
  return agreement.endsOn !== null && agreement.endsOn < dayColumn(today);
}
