// 双师型教师认定's state machine (issue 13 item 3; docs/decisions/0015, "Certification"):
//   SUBMITTED --certify (the bureau, with a validity period)--> CERTIFIED
//   SUBMITTED --refuse (the bureau, with a reason)------------> REFUSED
//   SUBMITTED --withdraw (the submitting school's office)-----> WITHDRAWN
// CERTIFIED, REFUSED and WITHDRAWN are final. 已过期 is never a move: it is read from validUntil
// (levels.ts certificationState). A renewal is a new submission, not a move of the one it renews.
// Which school's office and whether the user is the bureau at all is permissions.server.ts's.

export type CertificationStatusName = "SUBMITTED" | "CERTIFIED" | "REFUSED" | "WITHDRAWN";
export type CertificationActor = "BUREAU" | "SCHOOL";
export const CERTIFICATION_MOVES = ["certify", "refuse", "withdraw"] as const;
export type CertificationMove = (typeof CERTIFICATION_MOVES)[number];

export const MOVE_TARGET: Record<CertificationMove, CertificationStatusName> = {
  certify: "CERTIFIED",
  refuse: "REFUSED",
  withdraw: "WITHDRAWN",
};

export const MOVE_LABEL: Record<CertificationMove, string> = { certify: "认定通过", refuse: "不予认定", withdraw: "撤回申请" };

/** Who makes each move: the bureau decides, the school withdraws its own. */
const MOVER: Record<CertificationMove, CertificationActor> = { certify: "BUREAU", refuse: "BUREAU", withdraw: "SCHOOL" };

/** Why `actor` may not make `move` on a certification in `status`, in Chinese, or null when it may. */
export function moveProblem(status: CertificationStatusName, actor: CertificationActor, move: CertificationMove): string | null {
  if (MOVER[move] !== actor) return move === "withdraw" ? "只有提交申请的学校可以撤回" : "只有市教育局可以认定或不予认定";
  if (status !== "SUBMITTED") return "该申请已不是待认定状态，不能再处理";
  return null;
}

/** The moves `actor` may make on a certification in `status`. */
export function movesFor(status: CertificationStatusName, actor: CertificationActor): CertificationMove[] {
  return CERTIFICATION_MOVES.filter((m) => moveProblem(status, actor, m) === null);
}
