import type { FairStatus } from "~/lib/fairs";

// The fair's state machine (issue 12 item 1; docs/decisions/0014-job-fairs.md):
//   DRAFT --publish--> OPEN --start--> RUNNING --close--> CLOSED
//   DRAFT | OPEN --cancel (with a reason)--> CANCELLED
// CLOSED and CANCELLED are final; a running fair is closed, never cancelled (its check-ins happened).
// Who may move at all — the organiser's own staff (fair.manage) — is permissions.server.ts's.

export const FAIR_MOVES = ["publish", "start", "close", "cancel"] as const;
export type FairMove = (typeof FAIR_MOVES)[number];

export const MOVE_FROM: Record<FairMove, readonly FairStatus[]> = {
  publish: ["DRAFT"],
  start: ["OPEN"],
  close: ["RUNNING"],
  cancel: ["DRAFT", "OPEN"],
};

export const MOVE_TARGET: Record<FairMove, FairStatus> = {
  publish: "OPEN",
  start: "RUNNING",
  close: "CLOSED",
  cancel: "CANCELLED",
};

export const MOVE_LABEL: Record<FairMove, string> = { publish: "发布", start: "开始", close: "结束", cancel: "取消招聘会" };

/** Why `move` may not be made from `status`, in Chinese, or null when it may. */
export function moveProblem(status: FairStatus, move: FairMove): string | null {
  if (MOVE_FROM[move].includes(status)) return null;
  if (status === "CLOSED") return "招聘会已结束，不能再变更状态";
  if (status === "CANCELLED") return "招聘会已取消，不能再变更状态";
  switch (move) {
    case "publish":
      return "只有草稿可以发布";
    case "start":
      return "只有报名中的招聘会可以开始";
    case "close":
      return "只有进行中的招聘会可以结束";
    case "cancel":
      return "进行中的招聘会不能取消，只能结束";
  }
}

/** The moves the page offers for `status` (the server asks moveProblem again). */
export const movesFrom = (status: FairStatus): FairMove[] => FAIR_MOVES.filter((m) => moveProblem(status, m) === null);

/** Whether the fair's particulars may still be edited: before it runs. */
export const editable = (status: FairStatus) => status === "DRAFT" || status === "OPEN";
