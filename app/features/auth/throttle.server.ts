import { prisma } from "~/db/db.server";

// Limits on password checks (sign-in and the account page's current password), after OWASP's
// authentication cheat sheet: no hard lock-outs anyone could trigger, delays instead, and three
// keys with one job each (docs/decisions/0005-sign-in-throttling.md):
//
// - pair "pair:<username>|<address>": PAIR_FREE_FAILURES free failures, then a delay that doubles
//   with every further failure (1, 2, 4 … minutes, at most PAIR_MAX_DELAY_MINUTES). Always applies.
//   Forgotten after PAIR_QUIET_HOURS without a failure; a success clears it.
// - address "address:<address>": ADDRESS_ACCOUNT_LIMIT distinct usernames failing there within
//   ADDRESS_WINDOW_MINUTES is password spraying: the address waits DELAY_MINUTES.
// - account "account:<username>": ACCOUNT_LIMIT failures from all addresses without a quiet hour
//   is credential stuffing: the account waits DELAY_MINUTES.
// The address and account limits do not hold a check from a known source (a device cookie or an
// address this user signed in from before), so neither a school's shared public address nor an
// attacker elsewhere keeps the owner out.
//
// The check and the counting are one step: a check claims its failure before the password is
// verified, in one transaction over row locks, and a right password gives the claim back. So 30
// parallel wrong tries on one pair have exactly PAIR_FREE_FAILURES passwords verified.

export const PAIR_FREE_FAILURES = 5;
export const PAIR_MAX_DELAY_MINUTES = 30;
export const PAIR_QUIET_HOURS = 24;
export const ACCOUNT_LIMIT = 20;
export const ACCOUNT_QUIET_MINUTES = 60;
export const ADDRESS_ACCOUNT_LIMIT = 30;
export const ADDRESS_WINDOW_MINUTES = 15;
export const DELAY_MINUTES = 15;

const MINUTE = 60_000;

/** The delay after `failures` failures on one pair, in minutes (0 while failures are still free). */
export function pairDelayMinutes(failures: number): number {
  if (failures < PAIR_FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - PAIR_FREE_FAILURES), PAIR_MAX_DELAY_MINUTES);
}

export const normalUsername = (username: string) => username.trim().toLowerCase();

export type PasswordAttempt = {
  username: string;
  clientIp: string;
  /** Signed in from this device or address before: the account and address limits do not apply. */
  knownSource: boolean;
};

export type CheckOutcome = { outcome: "right" } | { outcome: "wrong" } | { outcome: "refused"; retryAfterMinutes: number };

type Row = { key: string; failures: number; accounts: string[]; windowStartedAt: Date; lastFailureAt: Date; now: Date };

/**
 * Runs `verify` (the password check) unless a limit refuses it, and counts a wrong answer.
 * Refused: `verify` is not called and nothing is counted; retryAfterMinutes is rounded up.
 */
export async function throttledCheck(attempt: PasswordAttempt, verify: () => Promise<boolean>): Promise<CheckOutcome> {
  const username = normalUsername(attempt.username);
  const keys = {
    pair: `pair:${username}|${attempt.clientIp}`,
    account: `account:${username}`,
    address: `address:${attempt.clientIp}`,
  };
  const claim = await claimAttempt(keys, username, attempt.knownSource);
  if (claim.refusedUntil) {
    const minutes = Math.max(1, Math.ceil((claim.refusedUntil.getTime() - claim.now.getTime()) / MINUTE));
    return { outcome: "refused", retryAfterMinutes: minutes };
  }
  if (!(await verify())) return { outcome: "wrong" };
  // The right password: this pair starts afresh, and the claimed failure is given back.
  await prisma().$transaction([
    prisma().signInThrottle.deleteMany({ where: { key: keys.pair } }),
    prisma().$executeRaw`UPDATE "SignInThrottle" SET "failures" = greatest("failures" - 1, 0) WHERE "key" = ${keys.account}`,
    prisma().$executeRaw`UPDATE "SignInThrottle" SET "accounts" = array_remove("accounts", ${username}) WHERE "key" = ${keys.address}`,
  ]);
  return { outcome: "right" };
}

/** Locks the three rows (in key order, so two claims never deadlock), decides, and counts the failure in advance. */
async function claimAttempt(
  keys: { pair: string; account: string; address: string },
  username: string,
  knownSource: boolean,
): Promise<{ refusedUntil: Date | null; now: Date }> {
  return prisma().$transaction(async (tx) => {
    const sorted = Object.values(keys).sort();
    for (const key of sorted) {
      await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key") VALUES (${key}) ON CONFLICT ("key") DO NOTHING`;
    }
    const rows = await tx.$queryRaw<Row[]>`
      SELECT "key", "failures", "accounts", "windowStartedAt", "lastFailureAt", now()::timestamp(3) AS "now"
      FROM "SignInThrottle" WHERE "key" IN (${sorted[0]}, ${sorted[1]}, ${sorted[2]}) ORDER BY "key" FOR UPDATE`;
    const row = (key: string) => rows.find((r) => r.key === key)!;
    const pair = row(keys.pair);
    const account = row(keys.account);
    const address = row(keys.address);
    const now = pair.now;
    const since = (time: Date) => now.getTime() - time.getTime();

    const pairFailures = since(pair.lastFailureAt) > PAIR_QUIET_HOURS * 60 * MINUTE ? 0 : pair.failures;
    const accountFailures = since(account.lastFailureAt) > ACCOUNT_QUIET_MINUTES * MINUTE ? 0 : account.failures;
    const addressAccounts = address.accounts ?? [];
    const after = (time: Date, minutes: number) => new Date(time.getTime() + minutes * MINUTE);
    const holds: Date[] = [after(pair.lastFailureAt, pairDelayMinutes(pairFailures))];
    if (!knownSource) {
      if (accountFailures >= ACCOUNT_LIMIT) holds.push(after(account.lastFailureAt, DELAY_MINUTES));
      if (addressAccounts.length >= ADDRESS_ACCOUNT_LIMIT) holds.push(after(address.lastFailureAt, DELAY_MINUTES));
    }
    const until = holds.filter((h) => h > now).sort((a, b) => b.getTime() - a.getTime())[0];
    if (until) return { refusedUntil: until, now };

    const windowOver = since(address.windowStartedAt) > ADDRESS_WINDOW_MINUTES * MINUTE;
    const tried = windowOver ? [] : addressAccounts;
    const accounts = tried.includes(username) ? tried : [...tried, username];
    // now() is the transaction's start, the same instant as `now` above.
    await tx.$executeRaw`UPDATE "SignInThrottle" SET "failures" = ${pairFailures + 1}, "lastFailureAt" = now() WHERE "key" = ${keys.pair}`;
    await tx.$executeRaw`UPDATE "SignInThrottle" SET "failures" = ${accountFailures + 1}, "lastFailureAt" = now() WHERE "key" = ${keys.account}`;
    await tx.$executeRaw`
      UPDATE "SignInThrottle" SET "accounts" = ${accounts}::text[], "lastFailureAt" = now(),
        "windowStartedAt" = CASE WHEN ${windowOver} THEN now() ELSE "windowStartedAt" END
      WHERE "key" = ${keys.address}`;
    return { refusedUntil: null, now };
  }, CLAIM_WAIT);
}

// A burst of checks queues on one row lock and for pool connections; each holds them for milliseconds
// (no hashing inside), so waiting beats Prisma's 2-second default failing a request with a 500.
const CLAIM_WAIT = { maxWait: 15_000, timeout: 15_000 };

/** Throttle rows nobody is held to any more (quiet longer than the longest rule), for the clean-up. */
export function staleThrottleCutoff(now = new Date()): Date {
  return new Date(now.getTime() - PAIR_QUIET_HOURS * 60 * MINUTE);
}
