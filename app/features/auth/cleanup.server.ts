import { prisma } from "~/db/db.server";
import { staleSourceCutoff } from "./known-source.server";
import { IDLE_TIMEOUT_MS } from "./session.server";
import { staleThrottleCutoff } from "./throttle.server";

// Expired sessions, throttle rows nobody is held to any more and long-unused known sources would
// otherwise stay for ever (a session row is only deleted when its cookie comes back). Removed at
// start and hourly after; several instances doing it too is harmless.

export const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;

export type Removed = { sessions: number; throttles: number; knownSources: number };

/** Deletes what has expired by `now`: sessions past their absolute or idle expiry, throttle rows quiet for 24 h, sources unused for 180 days. */
export async function removeExpired(now = new Date()): Promise<Removed> {
  const db = prisma();
  const [sessions, throttles, knownSources] = await db.$transaction([
    db.session.deleteMany({
      where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - IDLE_TIMEOUT_MS) } }] },
    }),
    db.signInThrottle.deleteMany({ where: { lastFailureAt: { lt: staleThrottleCutoff(now) } } }),
    db.knownSignInSource.deleteMany({ where: { lastUsedAt: { lt: staleSourceCutoff(now) } } }),
  ]);
  return { sessions: sessions.count, throttles: throttles.count, knownSources: knownSources.count };
}

/**
 * Runs removeExpired now and every CLEANUP_INTERVAL_MS. The timer does not keep the process alive.
 * `firstRun` settles when the start-up run is done (its failure is logged, never thrown: the next run retries).
 */
export function startCleanup(): { firstRun: Promise<void>; stop(): void } {
  const run = () =>
    removeExpired().then(
      () => undefined,
      (error: unknown) => console.error("清理过期会话与登录限制记录失败，一小时后重试", error),
    );
  const timer = setInterval(() => void run(), CLEANUP_INTERVAL_MS);
  timer.unref();
  return { firstRun: run(), stop: () => clearInterval(timer) };
}
