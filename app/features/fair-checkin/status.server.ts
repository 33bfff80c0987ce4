import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { moment } from "~/lib/dates";
import { FAIR_STATUS_LABEL, SCAN_OUTCOME_LABEL } from "~/lib/fairs";
import { fairForCheckIn } from "./access.server";

// What the entrance scanner page shows beside the scanner: the live count (students inside of those
// registered, cancelled registrations not counted) and the failed-scan log, newest first.

export const LOG_SIZE = 50;

/** A code as the log shows it: long enough to recognise, never the whole of a 300-character scan. */
export const shortCode = (code: string) => (code.length > 24 ? `${code.slice(0, 21)}…` : code);

export async function checkInCount(fairId: number) {
  const db = prisma();
  const [registered, checkedIn] = await Promise.all([
    db.fairRegistration.count({ where: { fairId, cancelledAt: null } }),
    db.fairRegistration.count({ where: { fairId, cancelledAt: null, checkedInAt: { not: null } } }),
  ]);
  return { registered, checkedIn };
}

export async function checkInPage(user: SessionUser, fairId: number) {
  const fair = await fairForCheckIn(user, fairId);
  const [count, failed] = await Promise.all([
    checkInCount(fairId),
    prisma().fairScan.findMany({
      where: { fairId, outcome: { notIn: ["CHECKED_IN", "ALREADY_CHECKED_IN"] } },
      orderBy: [{ scannedAt: "desc" }, { id: "desc" }],
      take: LOG_SIZE,
      select: { id: true, code: true, outcome: true, scannedAt: true, offline: true, scanner: { select: { displayName: true } } },
    }),
  ]);
  return {
    fair: { id: fair.id, title: fair.title, status: fair.status, statusLabel: FAIR_STATUS_LABEL[fair.status], running: fair.status === "RUNNING" },
    count,
    failed: failed.map((s) => ({
      id: s.id,
      at: moment(s.scannedAt),
      code: shortCode(s.code),
      reason: SCAN_OUTCOME_LABEL[s.outcome],
      scanner: s.scanner.displayName,
      offline: s.offline,
    })),
  };
}
