import type { DestinationChangeVia, GraduateDestination, Prisma } from "~/generated/prisma/client";
import { isoDayOf } from "~/lib/dates";
import { sameDestination, type DestinationSnapshot } from "~/lib/destinations";

// Writing destinations (毕业去向), the one way every writer goes: the school's form, the import, an
// accepted proposal, the demo. Each change is audited in DestinationChange (who, when, via what, the row
// before and after); a row that would not change is not written, so the same import twice changes nothing.
// A changed destination is the student's to confirm again (confirmation back to UNCONFIRMED).

type Tx = Prisma.TransactionClient;

export type DestinationEntry = { studentId: number; destination: DestinationSnapshot };
export type DestinationActor = { userId: number | null; via: DestinationChangeVia; note?: string };
export type RecordOutcome = { created: number; updated: number; unchanged: number };

/** The audited fields of a stored destination. */
export function snapshotOf(row: GraduateDestination): DestinationSnapshot {
  return {
    kind: row.kind,
    graduationYear: row.graduationYear,
    employerName: row.employerName,
    employerOrganisationId: row.employerOrganisationId,
    employerProvince: row.employerProvince,
    employerCity: row.employerCity,
    employerSize: row.employerSize,
    sector: row.sector,
    monthlyIncome: row.monthlyIncome,
    promoted: row.promoted,
    employedOn: row.employedOn ? isoDayOf(row.employedOn) : null,
  };
}

const columns = (d: DestinationSnapshot) => ({ ...d, employedOn: d.employedOn === null ? null : new Date(`${d.employedOn}T00:00:00Z`) });

const CHUNK = 2000;

/**
 * Writes each entry's destination inside the caller's transaction: creates it, changes it (and asks the
 * student to confirm again) or leaves it when nothing differs; one DestinationChange per write. A student
 * appears at most once in `entries` (the caller reports duplicates before writing). Permissions are the
 * caller's: this only writes.
 */
export async function recordDestinations(tx: Tx, actor: DestinationActor, entries: readonly DestinationEntry[]): Promise<RecordOutcome> {
  const outcome: RecordOutcome = { created: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    const existing = new Map(
      (await tx.graduateDestination.findMany({ where: { studentId: { in: chunk.map((e) => e.studentId) } } })).map((d) => [d.studentId, d]),
    );
    const fresh = chunk.filter((e) => !existing.has(e.studentId));
    const changes: Prisma.DestinationChangeCreateManyInput[] = [];
    if (fresh.length > 0) {
      const made = await tx.graduateDestination.createManyAndReturn({
        data: fresh.map((e) => ({ studentId: e.studentId, ...columns(e.destination) })),
        select: { id: true, studentId: true },
      });
      const byStudent = new Map(fresh.map((e) => [e.studentId, e.destination]));
      for (const m of made) changes.push(change(actor, m.id, m.studentId, null, byStudent.get(m.studentId)!));
      outcome.created += made.length;
    }
    for (const e of chunk) {
      const row = existing.get(e.studentId);
      if (!row) continue;
      const before = snapshotOf(row);
      if (sameDestination(before, e.destination)) {
        outcome.unchanged++;
        continue;
      }
      await tx.graduateDestination.update({
        where: { id: row.id },
        data: { ...columns(e.destination), confirmation: "UNCONFIRMED", confirmedAt: null, disputeNote: null },
      });
      changes.push(change(actor, row.id, e.studentId, before, e.destination));
      outcome.updated++;
    }
    if (changes.length > 0) await tx.destinationChange.createMany({ data: changes });
  }
  return outcome;
}

function change(actor: DestinationActor, destinationId: number, studentId: number, before: DestinationSnapshot | null, after: DestinationSnapshot) {
  return {
    destinationId,
    studentId,
    actorUserId: actor.userId,
    via: actor.via,
    note: actor.note ?? null,
    before: before === null ? undefined : (before as Prisma.InputJsonObject),
    after: after as Prisma.InputJsonObject,
  } satisfies Prisma.DestinationChangeCreateManyInput;
}

export type StudentAnswer = { confirmation: "CONFIRMED" | "DISPUTED"; note: string | null };

/**
 * The student's answer to what is recorded (本人确认 / 有异议), inside the caller's transaction: sets
 * confirmation, confirmedAt and (for a dispute) disputeNote, and audits it as a change via STUDENT whose
 * before/after are the snapshot with the old and the new confirmation and whose note is the student's.
 * The destination's own fields are not touched. The caller checks who may answer and locks the row.
 */
export async function recordConfirmation(tx: Tx, userId: number, row: GraduateDestination, answer: StudentAnswer, at = new Date()): Promise<void> {
  await tx.graduateDestination.update({
    where: { id: row.id },
    data: { confirmation: answer.confirmation, confirmedAt: at, disputeNote: answer.confirmation === "DISPUTED" ? answer.note : null },
  });
  const snapshot = snapshotOf(row);
  await tx.destinationChange.create({
    data: {
      destinationId: row.id,
      studentId: row.studentId,
      actorUserId: userId,
      via: "STUDENT",
      note: answer.note,
      before: { ...snapshot, confirmation: row.confirmation } as Prisma.InputJsonObject,
      after: { ...snapshot, confirmation: answer.confirmation } as Prisma.InputJsonObject,
      at,
    },
  });
}
