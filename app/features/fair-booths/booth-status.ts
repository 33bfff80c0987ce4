import { BOOTH_STATUS_LABEL, type FairBoothStatus } from "~/lib/fairs";

// A booth request's life (展位申请, issue 12 item 2, docs/decisions/0014). Who may move it where:
//   enterprise: (none) → 待审核 (asks, once per fair); 待审核 / 已通过 → 已撤回 (withdraws; the number is freed)
//   organiser:  待审核 → 已通过 (approves, with or without a number) / 未通过 (refuses, with a reason)
// Nothing else. 未通过 and 已撤回 are final: one request per fair (a unique index), so a refused enterprise
// is not approved later by mistake, and a withdrawn booth is not revived behind the enterprise's back.
// The organiser cannot withdraw for the enterprise, nor the enterprise decide its own request.

export const BOOTH_STATUSES = ["REQUESTED", "APPROVED", "REFUSED", "WITHDRAWN"] as const satisfies readonly FairBoothStatus[];
export type BoothSide = "enterprise" | "organiser";

export const BOOTH_STATUS_TONE: Record<FairBoothStatus, "open" | "good" | "bad" | "muted"> = {
  REQUESTED: "open",
  APPROVED: "good",
  REFUSED: "bad",
  WITHDRAWN: "muted",
};

const MOVES: Record<BoothSide, Record<FairBoothStatus | "NONE", readonly FairBoothStatus[]>> = {
  enterprise: { NONE: ["REQUESTED"], REQUESTED: ["WITHDRAWN"], APPROVED: ["WITHDRAWN"], REFUSED: [], WITHDRAWN: [] },
  organiser: { NONE: [], REQUESTED: ["APPROVED", "REFUSED"], APPROVED: [], REFUSED: [], WITHDRAWN: [] },
};

/** Whether `side` may move a request from `from` (null: none yet) to `to`. */
export function mayMoveBooth(side: BoothSide, from: FairBoothStatus | null, to: FairBoothStatus): boolean {
  return MOVES[side][from ?? "NONE"].includes(to);
}

/** The Chinese refusal for a move mayMoveBooth refuses. */
export function refusedBoothMessage(from: FairBoothStatus | null, to: FairBoothStatus): string {
  if (from === null) return "还没有展位申请";
  if (from === to) return `该展位申请已是「${BOOTH_STATUS_LABEL[from]}」`;
  return `「${BOOTH_STATUS_LABEL[from]}」的展位申请不能改为「${BOOTH_STATUS_LABEL[to]}」`;
}

/** Whether the enterprise may still change its representatives, programs and positions. */
export const editableBooth = (status: FairBoothStatus) => status === "REQUESTED" || status === "APPROVED";

export const BOOTHS_FULL_MESSAGE = "展位已满，不能再通过新的展位申请";
export const BOOTH_TAKEN_MESSAGE = "该展位已被占用，请选择其他展位";
