import { beforeAll, describe, expect, it } from "vitest";
import { installDatabase } from "~/db/db.server";
import { removeExpired, startCleanup } from "~/features/auth/cleanup.server";
import { useTestDatabase } from "../support/test-database";

// Sessions expire after 12 h (absolute) or 2 h idle, throttle rows matter for 24 h after their last
// failure, known sign-in sources for 180 days: all from decisions 3 and 5, typed here, not imported.
const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms);
const ahead = (ms: number) => new Date(Date.now() + ms);

describe("removing what has expired", () => {
  const t = useTestDatabase();
  let userId: number;
  beforeAll(async () => {
    installDatabase(t.db);
    userId = (await t.make.user({ role: "TEACHER", organisationId: (await t.make.school()).id })).id;
  });

  async function seed() {
    const p = t.db.prisma;
    await p.session.deleteMany();
    await p.signInThrottle.deleteMany();
    await p.knownSignInSource.deleteMany();
    const session = (id: string, lastSeenAt: Date, expiresAt: Date) => p.session.create({ data: { id, userId, lastSeenAt, expiresAt } });
    await session("past-absolute", ago(60_000), ago(1000));
    await session("idle-2h", ago(2 * HOUR + 60_000), ahead(HOUR));
    await session("idle-1h59", ago(2 * HOUR - 60_000), ahead(HOUR));
    await session("fresh", ago(0), ahead(12 * HOUR));
    const throttle = (key: string, lastFailureAt: Date) => p.signInThrottle.create({ data: { key, failures: 3, lastFailureAt } });
    await throttle("pair:quiet-25h|10.0.0.1", ago(25 * HOUR));
    await throttle("pair:quiet-23h|10.0.0.1", ago(23 * HOUR));
    const source = (source: string, lastUsedAt: Date) => p.knownSignInSource.create({ data: { userId, source, lastUsedAt } });
    await source("address:10.0.0.1", ago(181 * 24 * HOUR));
    await source("address:10.0.0.2", ago(179 * 24 * HOUR));
  }

  const left = async () => ({
    sessions: (await t.db.prisma.session.findMany({ orderBy: { id: "asc" } })).map((s) => s.id),
    throttles: (await t.db.prisma.signInThrottle.findMany()).map((r) => r.key),
    sources: (await t.db.prisma.knownSignInSource.findMany()).map((r) => r.source),
  });
  const kept = { sessions: ["fresh", "idle-1h59"], throttles: ["pair:quiet-23h|10.0.0.1"], sources: ["address:10.0.0.2"] };

  it("deletes expired and idle sessions, throttle rows quiet for over 24 h and sources unused for over 180 days, and nothing else", async () => {
    await seed();
    expect(await removeExpired()).toEqual({ sessions: 2, throttles: 1, knownSources: 1 });
    expect(await left()).toEqual(kept);
    expect(await removeExpired()).toEqual({ sessions: 0, throttles: 0, knownSources: 0 });
  });

  it("startCleanup (called by bootPlatform) runs once at start, without waiting for the first hour", async () => {
    await seed();
    const cleanup = startCleanup();
    await cleanup.firstRun;
    cleanup.stop();
    expect(await left()).toEqual(kept);
  });
});
