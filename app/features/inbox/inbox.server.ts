import { prisma } from "~/db/db.server";
import { can } from "~/features/auth/permissions.server";
import { moment } from "~/lib/dates";
import type { SessionUser } from "~/features/auth/session.server";
import { paging } from "~/lib/search-params.server";
import { notFound } from "~/lib/errors.server";

// A user's own notices and nobody else's: every query is keyed by the acting user.

export const INBOX_PAGE = 30;

/** Only links within the platform are followed; a stored link is never trusted to go elsewhere. */
const internal = (link: string | null) => (link && link.startsWith("/") && !link.startsWith("//") ? link : null);

/** For the site header on every page: one indexed count. */
export function unreadCount(user: SessionUser): Promise<number> {
  return prisma().notification.count({ where: { userId: user.id, readAt: null } });
}

export async function inboxOf(user: SessionUser, requestedPage: number) {
  const db = prisma();
  const [total, unread] = await Promise.all([
    db.notification.count({ where: { userId: user.id } }),
    db.notification.count({ where: { userId: user.id, readAt: null } }),
  ]);
  const page = paging(requestedPage, total, INBOX_PAGE);
  const rows = await db.notification.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.take,
    select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
  return {
    unread,
    page,
    notices: rows.map((n) => ({
      id: n.id,
      title: n.title,
      body: n.body,
      link: internal(n.link),
      read: n.readAt !== null,
      at: moment(n.createdAt),
    })),
  };
}

/**
 * Marks one of the user's notices read and returns where it leads (an internal link, or null).
 * Someone else's notice does not exist for the user (404), so ids cannot be probed.
 */
export async function markRead(user: SessionUser, notificationId: number): Promise<string | null> {
  const notice = await prisma().notification.findUnique({ where: { id: notificationId }, select: { userId: true, link: true } });
  if (!notice || !can(user, { action: "notification.read", ownerUserId: notice.userId })) notFound("找不到该消息");
  await prisma().notification.updateMany({
    where: { id: notificationId, userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return internal(notice.link);
}

export async function markAllRead(user: SessionUser): Promise<number> {
  const { count } = await prisma().notification.updateMany({
    where: { userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
