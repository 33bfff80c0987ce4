import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import type { Prisma } from "~/generated/prisma/client";
import { badRequest } from "./http.server";
import { NOT_RUNNING_MESSAGE, type CheckInFair } from "./access.server";
import { SCAN_OUTCOME_LABEL, withinFairDays, type FairScanOutcome } from "~/lib/fairs";
import { readPass } from "~/lib/fair-pass.server";
import { SCAN_LIMITS, type ScanInput } from "./scan-schema";

// 签到 (issue 12 item 4, docs/decisions/0014): one scan at a fair's entrance, judged pretix-style.
// Order of the questions, each answered by the first that fails:
//   not a pass, an unknown registration, or a mac that does not verify for the registration's student → FORGED
//   a true pass of another fair → WRONG_FAIR
//   the registration cancelled → NOT_REGISTERED
//   the device's time outside the fair's days in Hohhot (withinFairDays) → EXPIRED
//   already checked in → ALREADY_CHECKED_IN (by whom, when; harmless)
//   else → CHECKED_IN (name, school, program)
// Every scan becomes a FairScan row. (scanner, nonce) is unique: a retried or re-uploaded scan returns the
// stored answer and counts nothing again; two same-nonce posts at once end with one row, the loser's
// unique violation read back as a replay. The registration's row lock (FOR UPDATE) puts two scanners
// scanning one student in a line: one CHECKED_IN, the other ALREADY_CHECKED_IN. A late (offline) scan
// keeps its device time and the registration keeps the earliest accepted time and its scanner.

type Tx = Prisma.TransactionClient;

// A burst at the entrance queues on one registration's lock at most (a double scan): a few ms. The
// defaults (2 s for a connection) would answer a busy pool with a 500; these let it wait instead.
const TRANSACTION = { maxWait: 10_000, timeout: 10_000 } as const;

export type ScanAnswer = {
  nonce: string;
  /** null: refused before it became a scan (the device's clock is ahead of the server's). */
  outcome: FairScanOutcome | null;
  message: string;
  /** True when this nonce was answered before: the stored answer, nothing counted again. */
  replay: boolean;
  scannedAt: string;
  student?: { name: string; school: string; program: string };
  /** ALREADY_CHECKED_IN: when and by whom the student was first let in. */
  checkedInAt?: string;
  checkedInBy?: string | null;
};

export const FUTURE_MESSAGE = "扫码时间晚于服务器时间，请校准设备时间后重新扫码";
export const AFTER_CLOSE_MESSAGE = "招聘会已结束，只能上传结束前的扫码";

const uniqueClash = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

type LockedRegistration = { id: number; fairId: number; studentId: number; cancelledAt: Date | null; checkedInAt: Date | null };

/**
 * What a pass names, judged against `fairId`: FORGED (no pass, no such registration, or a mac that does
 * not verify), WRONG_FAIR (a true pass of another fair), or the registration, locked FOR UPDATE when
 * `lock` (the caller is in a transaction and may change it).
 */
export async function judgePass(
  tx: Tx,
  code: string,
  fairId: number,
  lock: boolean,
): Promise<{ outcome: "FORGED" | "WRONG_FAIR" } | { outcome: null; registration: LockedRegistration }> {
  const pass = readPass(code);
  if (!pass) return { outcome: "FORGED" };
  const rows = lock
    ? await tx.$queryRaw<LockedRegistration[]>`
        SELECT "id", "fairId", "studentId", "cancelledAt", "checkedInAt" FROM "FairRegistration" WHERE "id" = ${pass.registrationId} FOR UPDATE`
    : await tx.$queryRaw<LockedRegistration[]>`
        SELECT "id", "fairId", "studentId", "cancelledAt", "checkedInAt" FROM "FairRegistration" WHERE "id" = ${pass.registrationId}`;
  const registration = rows[0];
  if (!registration || registration.fairId !== pass.fairId || !pass.verify(registration.studentId)) return { outcome: "FORGED" };
  if (registration.fairId !== fairId) return { outcome: "WRONG_FAIR" };
  return { outcome: null, registration };
}

/** Name, school and program of a registration's student, for the answer. */
async function studentOf(tx: Tx, registrationId: number) {
  const r = await tx.fairRegistration.findUnique({
    where: { id: registrationId },
    select: {
      checkedInAt: true,
      checkedInBy: { select: { displayName: true } },
      student: {
        select: {
          name: true,
          school: { select: { organisation: { select: { name: true } } } },
          schoolProgram: { select: { program: { select: { name: true } } } },
        },
      },
    },
  });
  if (!r) return null;
  return {
    student: { name: r.student.name, school: r.student.school.organisation.name, program: r.student.schoolProgram.program.name },
    checkedInAt: r.checkedInAt?.toISOString(),
    checkedInBy: r.checkedInBy?.displayName ?? null,
  };
}

async function answerOf(
  tx: Tx,
  scan: { nonce: string; outcome: FairScanOutcome; registrationId: number | null; scannedAt: Date },
  replay: boolean,
): Promise<ScanAnswer> {
  const answer: ScanAnswer = {
    nonce: scan.nonce,
    outcome: scan.outcome,
    message: SCAN_OUTCOME_LABEL[scan.outcome],
    replay,
    scannedAt: scan.scannedAt.toISOString(),
  };
  if ((scan.outcome === "CHECKED_IN" || scan.outcome === "ALREADY_CHECKED_IN") && scan.registrationId !== null) {
    const who = await studentOf(tx, scan.registrationId);
    if (who) {
      answer.student = who.student;
      if (scan.outcome === "ALREADY_CHECKED_IN") {
        answer.checkedInAt = who.checkedInAt;
        answer.checkedInBy = who.checkedInBy;
      }
    }
  }
  return answer;
}

async function storedScan(tx: Tx, scannerId: number, nonce: string) {
  return tx.fairScan.findUnique({
    where: { scannerId_nonce: { scannerId, nonce } },
    select: { nonce: true, outcome: true, registrationId: true, scannedAt: true },
  });
}

/** Judges and records one scan at `fair` (the caller checked fair.checkIn and that it is RUNNING). */
export async function scanAt(user: SessionUser, fair: CheckInFair, input: ScanInput, now = new Date()): Promise<ScanAnswer> {
  if (input.scannedAt.getTime() > now.getTime() + SCAN_LIMITS.futureSkewMs) {
    return { nonce: input.nonce, outcome: null, message: FUTURE_MESSAGE, replay: false, scannedAt: input.scannedAt.toISOString() };
  }
  // A closed fair takes only the late uploads of scans made before its end (see scanBatch).
  if (fair.status === "CLOSED" && input.scannedAt > fair.endsAt) {
    return { nonce: input.nonce, outcome: null, message: AFTER_CLOSE_MESSAGE, replay: false, scannedAt: input.scannedAt.toISOString() };
  }
  try {
    return await prisma().$transaction(async (tx) => {
      const stored = await storedScan(tx, user.id, input.nonce);
      if (stored) return answerOf(tx, stored, true);
      const judged = await judgePass(tx, input.code, fair.id, true);
      let outcome: FairScanOutcome;
      let registrationId: number | null = null;
      if (judged.outcome) {
        outcome = judged.outcome;
      } else {
        const r = judged.registration;
        registrationId = r.id;
        if (r.cancelledAt) outcome = "NOT_REGISTERED";
        else if (!withinFairDays(fair, input.scannedAt)) outcome = "EXPIRED";
        else if (r.checkedInAt) {
          outcome = "ALREADY_CHECKED_IN";
          // A late (offline) scan made before the accepted one: the registration keeps the earliest time.
          if (input.scannedAt < r.checkedInAt) {
            await tx.fairRegistration.update({ where: { id: r.id }, data: { checkedInAt: input.scannedAt, checkedInById: user.id } });
          }
        } else {
          outcome = "CHECKED_IN";
          await tx.fairRegistration.update({ where: { id: r.id }, data: { checkedInAt: input.scannedAt, checkedInById: user.id } });
        }
      }
      const scan = await tx.fairScan.create({
        data: {
          fairId: fair.id,
          scannerId: user.id,
          nonce: input.nonce,
          code: input.code.slice(0, SCAN_LIMITS.code),
          outcome,
          registrationId,
          scannedAt: input.scannedAt,
          offline: input.offline,
        },
        select: { nonce: true, outcome: true, registrationId: true, scannedAt: true },
      });
      return answerOf(tx, scan, false);
    }, TRANSACTION);
  } catch (error) {
    if (!uniqueClash(error)) throw error;
    // The same nonce posted twice at once: the other post recorded it; answer as it did.
    const db = prisma();
    const stored = await storedScan(db as unknown as Tx, user.id, input.nonce);
    if (!stored) throw error;
    return answerOf(db as unknown as Tx, stored, true);
  }
}

/**
 * POST /fairs/:fairId/check-in/scans: judges a batch in the order scanned (each scan its own
 * transaction, so one scan's answer never waits for the rest to commit) at `fair`, which the caller
 * read through fairForCheckIn (404/403). A RUNNING fair takes every scan; a CLOSED one the late
 * uploads of a device's queue (issue 12 item 4: "the server accepts late scans with their scan time"),
 * i.e. scans made before the fair's end, each judged as at the entrance; later ones are refused
 * unrecorded (AFTER_CLOSE_MESSAGE). Otherwise (not yet running, cancelled) 400.
 */
export async function scanBatch(user: SessionUser, fair: CheckInFair, scans: ScanInput[]): Promise<ScanAnswer[]> {
  if (fair.status !== "RUNNING" && fair.status !== "CLOSED") badRequest(NOT_RUNNING_MESSAGE);
  const answers: ScanAnswer[] = [];
  for (const input of scans) answers.push(await scanAt(user, fair, input));
  return answers;
}
