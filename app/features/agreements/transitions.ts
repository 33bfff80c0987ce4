// The agreement's state machine (issue 11, item 2; docs/decisions/0011-agreements.md):
//   PROPOSED --confirm (the other side, signed document attached)--> ACTIVE
//   PROPOSED --decline (the other side, with a reason)-------------> DECLINED
//   ACTIVE   --terminate (either side, with a reason)--------------> TERMINATED
// DECLINED and TERMINATED are final. 已到期 is never a move: it is read from endsOn (app/lib/agreements.ts),
// and it is final too: an agreement past its end day is not terminated afterwards (已到期 would read
// 已终止) nor confirmed into one that is over as it starts (`ended`: endsOn before today in Hohhot).
// Who is a party at all (the two organisations' staff, never the bureau) is permissions.server.ts's.

export type AgreementStatusName = "PROPOSED" | "ACTIVE" | "DECLINED" | "TERMINATED";
export type AgreementSideName = "SCHOOL" | "ENTERPRISE";
export const AGREEMENT_MOVES = ["confirm", "decline", "terminate"] as const;
export type AgreementMove = (typeof AGREEMENT_MOVES)[number];

export const MOVE_TARGET: Record<AgreementMove, AgreementStatusName> = {
  confirm: "ACTIVE",
  decline: "DECLINED",
  terminate: "TERMINATED",
};

export const MOVE_LABEL: Record<AgreementMove, string> = { confirm: "确认协议", decline: "拒绝", terminate: "终止协议" };

export type AgreementFacts = {
  status: AgreementStatusName;
  proposedBy: AgreementSideName;
  /** Whether the signed agreement is attached (confirming needs it). */
  hasDocument: boolean;
  /** Whether its end day has passed (app/lib/agreements.ts agreementEnded); absent is not ended. */
  ended?: boolean;
};

/** Why `side` may not make `move` on `agreement`, in Chinese, or null when it may. */
export function moveProblem(
  agreement: AgreementFacts,
  side: AgreementSideName,
  move: AgreementMove,
): string | null {
  switch (move) {
    case "confirm":
      if (agreement.status !== "PROPOSED") return "该协议已不是待确认状态，不能确认";
      if (agreement.proposedBy === side) return "不能确认本方提出的协议，须由对方确认";
      if (agreement.ended) return "该协议的结束日期已过，不能再确认；如需合作请重新提出协议";
      if (!agreement.hasDocument) return "请先上传签署的协议文本，再确认协议";
      return null;
    case "decline":
      if (agreement.status !== "PROPOSED") return "该协议已不是待确认状态，不能拒绝";
      if (agreement.proposedBy === side) return "不能拒绝本方提出的协议，须由对方答复";
      return null;
    case "terminate":
      if (agreement.status !== "ACTIVE") return "只有已生效的协议可以终止";
      if (agreement.ended) return "协议已到期，无需也不能再终止";
      return null;
  }
}

/** The moves `side` may make now, for the page's buttons (the server asks moveProblem again). */
export function movesFor(
  agreement: AgreementFacts,
  side: AgreementSideName,
): AgreementMove[] {
  // Confirm is offered without a document too: pressing it says what is missing.
  return AGREEMENT_MOVES.filter((m) => {
    const problem = moveProblem(agreement, side, m);
    return problem === null || (m === "confirm" && !agreement.hasDocument && moveProblem({ ...agreement, hasDocument: true }, side, m) === null);
  });
}

/** Whether the signed document may still be attached or replaced: only while proposed. */
export const documentOpen = (status: AgreementStatusName) => status === "PROPOSED";
