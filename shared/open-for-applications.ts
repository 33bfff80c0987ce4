// When a position takes applications: it is published, its deadline (if any) is today or later
// in Hohhot, and its enterprise is in good standing — verified by the bureau and not suspended
// (issue 11, item 1); for one student, also not blocked by that student's school. The one statement
// of the rule, for the position page, apply, recommendations and the directory (which call
// openForApplications) and for search, which marks a document searchable by OPEN_STATUS and
// OPEN_STANDING and compares the deadline with today when it searches (days pass without any write
// to re-index); a school's blocks travel with the student's query as excluded enterprises.
// Here rather than in app/ because search/ may not import app/.

/** The position status under which applications are taken (Prisma enum PositionStatus). */
export const OPEN_STATUS = "PUBLISHED";

/** The enterprise standing under which its positions reach students (Prisma enum EnterpriseStanding). */
export const OPEN_STANDING = "VERIFIED";

/**
 * deadline: the last day applications are taken, YYYY-MM-DD, or null for none.
 * standing: the enterprise's EnterpriseStanding. blocked: the viewing student's school keeps this
 * enterprise away from its students (SchoolEnterpriseBlock); absent or false for everyone else.
 */
export type Opening = { status: string; deadline: string | null; standing: string; blocked?: boolean };

/** Whether students may see this enterprise's published positions at all (page, search, recommendations). */
export const reachesStudents = (position: Pick<Opening, "standing" | "blocked">): boolean =>
  position.standing === OPEN_STANDING && !position.blocked;

/** Why this position takes no applications on `today` (YYYY-MM-DD in Hohhot), or null when it does. */
export function closedToApplications(position: Opening, today: string): string | null {
  if (position.standing !== OPEN_STANDING) return "该企业尚未通过市教育局核验或已被暂停，岗位暂不接受申请";
  if (position.blocked) return "你的学校已暂停与该企业的合作，不能申请其岗位";
  if (position.status !== OPEN_STATUS) return "该岗位已停止招聘";
  if (position.deadline !== null && position.deadline < today) return "该岗位报名已截止";
  return null;
}

export const isOpenForApplications = (position: Opening, today: string): boolean => closedToApplications(position, today) === null;
