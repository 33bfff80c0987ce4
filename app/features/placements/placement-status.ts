// The states of a 岗位实习 placement and who may move it where. The school's office (placement.manage)
// makes every move; a student only asks (PlacementRequest). Nothing leaves COMPLETED or TERMINATED.
//   PLANNED → ACTIVE       启用: only when every rule of placement-rules.ts and the quotas hold
//   PLANNED → TERMINATED   取消 (with a reason)
//   ACTIVE  → COMPLETED    结束: on or after the end date, or early with a reason
//   ACTIVE  → TERMINATED   终止 (with a reason)

export const PLACEMENT_STATUSES = ["PLANNED", "ACTIVE", "COMPLETED", "TERMINATED"] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const PLACEMENT_STATUS_LABEL: Record<PlacementStatus, string> = {
  PLANNED: "待开始",
  ACTIVE: "实习中",
  COMPLETED: "已结束",
  TERMINATED: "已终止",
};

export const PLACEMENT_STATUS_TONE: Record<PlacementStatus, "open" | "good" | "bad" | "muted"> = {
  PLANNED: "open",
  ACTIVE: "good",
  COMPLETED: "muted",
  TERMINATED: "bad",
};

const MOVES: Record<PlacementStatus, readonly PlacementStatus[]> = {
  PLANNED: ["ACTIVE", "TERMINATED"],
  ACTIVE: ["COMPLETED", "TERMINATED"],
  COMPLETED: [],
  TERMINATED: [],
};

/** Whether the state machine has the edge from → to (who may take it is permissions.server.ts's question). */
export const isMove = (from: PlacementStatus, to: PlacementStatus) => MOVES[from].includes(to);

export const refusedMoveMessage = (from: PlacementStatus, to: PlacementStatus) =>
  `该实习当前为「${PLACEMENT_STATUS_LABEL[from]}」，不能改为「${PLACEMENT_STATUS_LABEL[to]}」`;

export const REQUEST_KIND_LABEL = { END: "申请终止实习", TRANSFER: "申请调换实习单位" } as const;
export const REQUEST_DECISION_LABEL = { PENDING: "待处理", APPROVED: "已同意", DECLINED: "未同意" } as const;
