import { prisma } from "~/db/db.server";

// Failed sign-ins are counted per account and per address in the database (shared by every app
// instance). Past the limit within the window, that key is locked for LOCK_MINUTES.
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 20;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export const accountKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** The latest lock among the keys, if any is still locked. */
export async function lockedUntil(keys: string[]): Promise<Date | null> {
  const rows = await prisma().signInThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: new Date() } },
    select: { lockedUntil: true },
  });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts one failure atomically (two instances failing at once must both count). */
export async function recordFailure(key: string, limit: number): Promise<void> {
  await prisma().$executeRaw`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStartedAt", "lockedUntil")
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit}::int THEN now() + make_interval(mins => ${LOCK_MINUTES}::int) END)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."windowStartedAt" < now() - make_interval(mins => ${WINDOW_MINUTES}::int)
                        THEN 1 ELSE t."failures" + 1 END,
      "windowStartedAt" = CASE WHEN t."windowStartedAt" < now() - make_interval(mins => ${WINDOW_MINUTES}::int)
                        THEN now() ELSE t."windowStartedAt" END,
      "lockedUntil" = CASE WHEN t."windowStartedAt" >= now() - make_interval(mins => ${WINDOW_MINUTES}::int)
                            AND t."failures" + 1 >= ${limit}::int
                        THEN now() + make_interval(mins => ${LOCK_MINUTES}::int) ELSE t."lockedUntil" END`;
}

export async function clearFailures(key: string): Promise<void> {
  await prisma().signInThrottle.deleteMany({ where: { key } });
}
