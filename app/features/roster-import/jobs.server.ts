import { database } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import type { ImportKind } from "~/generated/prisma/enums";
import { todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { analyseUpload, countsOf, errorsOf, writeJob, type WriteOutcome } from "./import.server";
import type { ImportActor } from "./validate.server";

// The import pages' services, scoped to the acting user: a school's office imports for its own school
// and sees its school's jobs; the bureau imports for any school and sees every job. Another school's
// job is "not found".

/** Files with more data rows than this are written after the response; the page polls the job's progress. */
export const BACKGROUND_ROWS = 2000;

export function importActor(user: SessionUser): ImportActor {
  assertCan(user, { action: "import.create" }, "只有学校管理人员或教育局可以导入名册");
  return { userId: user.id, schoolId: user.role === "BUREAU_ADMIN" ? null : user.organisationId };
}

export async function startImport(user: SessionUser, kind: ImportKind, file: { fileName: string; bytes: Uint8Array }) {
  return analyseUpload(database().prisma, importActor(user), kind, file, todayInHohhot());
}

export type ImportListFilter = { kind: ImportKind | null };

export async function listImports(user: SessionUser, filter: ImportListFilter) {
  const actor = importActor(user);
  const rows = await database().prisma.importJob.findMany({
    where: { ...(actor.schoolId === null ? {} : { schoolId: actor.schoolId }), ...(filter.kind ? { kind: filter.kind } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, kind: true, fileName: true, status: true, totalRows: true, counts: true, createdAt: true, user: { select: { displayName: true } }, school: { select: { organisation: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ ...r, counts: r.counts as Record<string, number>, school: r.school?.organisation.name ?? null, user: r.user?.displayName ?? null }));
}

/** The job, if the user may see it (else 404, exactly as a missing one). */
export async function getImport(user: SessionUser, importId: number) {
  const job = await database().prisma.importJob.findUnique({ where: { id: importId } });
  if (!job) notFound();
  assertVisible(user, { action: "import.read", schoolId: job.schoolId });
  return job;
}

export async function importView(user: SessionUser, importId: number) {
  const job = await getImport(user, importId);
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    status: job.status,
    totalRows: job.totalRows,
    processedRows: job.status === "WRITING" ? Math.max(job.processedRows, progress.get(job.id) ?? 0) : job.processedRows,
    counts: countsOf(job),
    errors: errorsOf(job),
    failure: job.failure,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    canConfirm: job.status === "PREVIEW" && can(user, job.schoolId),
  };
}

const can = (user: SessionUser, schoolId: number | null) => user.role === "BUREAU_ADMIN" || (user.role === "SCHOOL_STAFF" && user.organisationId === schoolId);

/** Rows written so far per job being written by this process (PGlite cannot be read beside the open transaction). */
const progress = new Map<number, number>();

/**
 * Confirms a PREVIEW job. Small files are written before this returns; a large one is claimed and
 * written after (the page shows its progress), so the outcome is "started".
 */
export async function confirmImport(user: SessionUser, importId: number, replace: boolean): Promise<WriteOutcome | { started: true }> {
  const job = await getImport(user, importId);
  const actor = importActor(user);
  // The job's own scope, not the confirming user's: the bureau confirming a school's job writes as that school.
  const scope: ImportActor = { userId: actor.userId, schoolId: job.schoolId };
  const db = database();
  const report = async (done: number) => {
    progress.set(importId, done);
    // On PostgreSQL another connection can record it for other app instances; PGlite has only the one in the transaction.
    if (db.kind === "postgres") await db.prisma.importJob.update({ where: { id: importId }, data: { processedRows: done } });
  };
  const run = () =>
    writeJob(db.prisma, importId, scope, { replace, today: todayInHohhot(), progress: report }).finally(() => progress.delete(importId));
  if (job.totalRows <= BACKGROUND_ROWS || job.status !== "PREVIEW") return run();
  if (countsOf(job).replace > 0 && !replace) return { needsConfirmation: countsOf(job).replace };
  void run().catch((error: unknown) => console.error(`导入 ${importId} 失败`, error));
  return { started: true };
}
