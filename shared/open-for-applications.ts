// When a position takes applications: it is published, and its deadline (if any) is today or later
// in Hohhot. The one statement of the rule, for the position page, apply and recommendations (which
// call openForApplications) and for search, which marks a document searchable by OPEN_STATUS and
// compares the deadline with today when it searches (days pass without any write to re-index).
// Here rather than in app/ because search/ may not import app/.

/** The position status under which applications are taken (Prisma enum PositionStatus). */
export const OPEN_STATUS = "PUBLISHED";

/** deadline: the last day applications are taken, YYYY-MM-DD, or null for none. */
export type Opening = { status: string; deadline: string | null };

/** Why this position takes no applications on `today` (YYYY-MM-DD in Hohhot), or null when it does. */
export function closedToApplications(position: Opening, today: string): string | null {
  if (position.status !== OPEN_STATUS) return "该岗位已停止招聘";
  if (position.deadline !== null && position.deadline < today) return "该岗位报名已截止";
  return null;
}

export const isOpenForApplications = (position: Opening, today: string): boolean => closedToApplications(position, today) === null;
