import type { Prisma } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";
import { user } from "./user";

// An unread inbox notice, for a new student account unless `userId` is given.

export type NotificationTraits = Partial<Prisma.NotificationUncheckedCreateInput>;

export async function notification(ctx: FactoryContext, traits: NotificationTraits = {}) {
  const n = next();
  const userId = traits.userId ?? (await user(ctx, { role: "STUDENT" })).id;
  return ctx.db.prisma.notification.create({
    data: { title: `测试通知${n}`, body: "测试通知内容", ...traits, userId },
  });
}
