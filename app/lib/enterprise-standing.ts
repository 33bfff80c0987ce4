import type { EnterpriseStanding } from "~/generated/prisma/enums";

// 企业资质 (issue 11, item 1): the bureau verifies an enterprise before its positions reach students
// or it hosts interns, may suspend one (with a reason shown to the enterprise) and reinstate it.
// Nothing returns to 待核验: once looked at, an enterprise is either in good standing or suspended.
// Whether students see its positions is shared/open-for-applications.ts (OPEN_STANDING).

export const STANDING_LABEL: Record<EnterpriseStanding, string> = {
  UNVERIFIED: "待核验",
  VERIFIED: "已核验",
  SUSPENDED: "已暂停",
};

/** What the enterprise may do in each standing, in its own words. */
export const STANDING_MEANS: Record<EnterpriseStanding, string> = {
  UNVERIFIED: "市教育局核验统一社会信用代码后，岗位才会向学生展示；在此之前可以填写岗位草稿，但不能发布，也不能接收实习学生。",
  VERIFIED: "可以发布岗位、接收学生申请和实习学生。",
  SUSPENDED: "已发布的岗位暂不向学生展示，不能发布新岗位，也不能接收实习学生；可以继续编辑岗位草稿。",
};

export type StandingMove = "verify" | "suspend" | "reinstate";

/** The bureau's moves: from which standings each may be taken, and where it leads. */
export const STANDING_MOVES: Record<StandingMove, { from: readonly EnterpriseStanding[]; to: EnterpriseStanding; verb: string }> = {
  verify: { from: ["UNVERIFIED"], to: "VERIFIED", verb: "核验通过" },
  suspend: { from: ["UNVERIFIED", "VERIFIED"], to: "SUSPENDED", verb: "暂停" },
  reinstate: { from: ["SUSPENDED"], to: "VERIFIED", verb: "恢复" },
};

/** The moves open from `standing`, in the order the page shows them. */
export const movesFrom = (standing: EnterpriseStanding): StandingMove[] =>
  (Object.keys(STANDING_MOVES) as StandingMove[]).filter((m) => STANDING_MOVES[m].from.includes(standing));
