import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import type { Prisma } from "~/generated/prisma/client";
import { badRequest } from "./http.server";
import { NOT_RUNNING_MESSAGE, type CheckInFair } from "./access.server";
import { SCAN_OUTCOME_LABEL, withinFairDays, type FairScanOutcome } from "~/lib/fairs";
import { judgePass, type PassRegistration } from "./pass-check.server";
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
// stored answer and counts nothing again; two same-nonce posts at once end with one row, the later
// insert waiting for the earlier and then answering as a replay. Each scan is written only if the
// registration is still as it was read (recordScan), so two scanners scanning one student at once
// end with one CHECKED_IN and one ALREADY_CHECKED_IN. A late (offline) scan
// keeps its device time and the registration keeps the earliest accepted time and its scanner.

type Tx = Prisma.TransactionClient;

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
  // No transaction: each attempt reads the registration, judges it here, and records the scan with one
  // statement that first locks the registration if it is still as read (compare-and-set). If another
  // scanner changed it in between, nothing is written and the scan is judged again on what is there now.
  // A replayed nonce finds its scan already there (ON CONFLICT), changes nothing and is answered from
  // the stored row; a same-nonce post still in flight is waited for by the insert. Two statements a
  // scan instead of BEGIN, lock, write, COMMIT: at the entrance each round trip is paid by the queue.
  const db = prisma();
  for (let attempt = 1; ; attempt++) {
    const judged = await judgePass(db, input.code, fair.id);
    const verdict = judgeScan(fair, input, judged);
    const read = judged.outcome ? null : judged.registration;
    if (await recordScan(user, fair, input, verdict, read)) return freshAnswer(user, input, verdict, read);
    const stored = await storedScan(db, user.id, input.nonce);
    if (stored) return answerOf(db, stored, true);
    // Changed under us by another scanner (a double scan at two doors); a handful of rounds at most.
    if (attempt === MAX_ATTEMPTS) throw new Error(`扫码多次与其他扫码冲突 (nonce ${input.nonce})`);
  }
}

const MAX_ATTEMPTS = 5;

type Verdict = { outcome: FairScanOutcome; registrationId: number | null; checkIn: boolean };

/** The scan's outcome on the registration as read, and whether its time becomes the check-in. */
function judgeScan(fair: CheckInFair, input: ScanInput, judged: Awaited<ReturnType<typeof judgePass>>): Verdict {
  if (judged.outcome) return { outcome: judged.outcome, registrationId: null, checkIn: false };
  const r = judged.registration;
  if (r.cancelledAt) return { outcome: "NOT_REGISTERED", registrationId: r.id, checkIn: false };
  if (!withinFairDays(fair, input.scannedAt)) return { outcome: "EXPIRED", registrationId: r.id, checkIn: false };
  if (r.checkedInAt) {
    // A late (offline) scan made before the accepted one: the registration keeps the earliest time.
    const checkIn = input.scannedAt < r.checkedInAt;
    return { outcome: "ALREADY_CHECKED_IN", registrationId: r.id, checkIn };
  }
  return { outcome: "CHECKED_IN", registrationId: r.id, checkIn: true };
}

/**
 * Records the scan and, when `verdict.checkIn`, the registration's check-in, in one statement, only
 * if the registration is still as `read` (its row locked for the statement). False when nothing was
 * written: the nonce was recorded before, or the registration changed since it was read.
 */
async function recordScan(user: SessionUser, fair: CheckInFair, input: ScanInput, verdict: Verdict, read: PassRegistration | null) {
  const [written] = await prisma().$queryRaw<{ recorded: number }[]>`
    WITH registration AS (
      SELECT "id" FROM "FairRegistration"
       WHERE "id" = ${verdict.registrationId}::int
         AND "cancelledAt" IS NOT DISTINCT FROM ${read?.cancelledAt ?? null}::timestamp(3)
         AND "checkedInAt" IS NOT DISTINCT FROM ${read?.checkedInAt ?? null}::timestamp(3)
         FOR UPDATE
    ), scan AS (
      INSERT INTO "FairScan" ("fairId", "scannerId", "nonce", "code", "outcome", "registrationId", "scannedAt", "offline")
      SELECT ${fair.id}::int, ${user.id}::int, ${input.nonce}::text, ${input.code.slice(0, SCAN_LIMITS.code)}::text,
             ${verdict.outcome}::"FairScanOutcome", ${verdict.registrationId}::int, ${input.scannedAt}::timestamp(3), ${input.offline}::boolean
       WHERE ${verdict.registrationId}::int IS NULL OR EXISTS (SELECT 1 FROM registration)
      ON CONFLICT ("scannerId", "nonce") DO NOTHING
      RETURNING "id"
    ), checkin AS (
      UPDATE "FairRegistration" SET "checkedInAt" = ${input.scannedAt}::timestamp(3), "checkedInById" = ${user.id}::int
       WHERE "id" = ${verdict.checkIn ? verdict.registrationId : null}::int AND EXISTS (SELECT 1 FROM scan)
    )
    SELECT count(*)::int AS "recorded" FROM scan`;
  return Boolean(written?.recorded);
}

function freshAnswer(user: SessionUser, input: ScanInput, verdict: Verdict, r: PassRegistration | null): ScanAnswer {
  const { outcome, checkIn } = verdict;
  const answer: ScanAnswer = {
    nonce: input.nonce,
    outcome,
    message: SCAN_OUTCOME_LABEL[outcome],
    replay: false,
    scannedAt: input.scannedAt.toISOString(),
  };
  if (r && (outcome === "CHECKED_IN" || outcome === "ALREADY_CHECKED_IN")) {
    answer.student = r.student;
    if (outcome === "ALREADY_CHECKED_IN") {
      answer.checkedInAt = (checkIn ? input.scannedAt : r.checkedInAt)?.toISOString();
      answer.checkedInBy = checkIn ? user.displayName : r.checkedInBy;
    }
  }
  return answer;
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
