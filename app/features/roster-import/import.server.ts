import { createHash } from "node:crypto";
import type { ImportJob, PrismaClient } from "~/generated/prisma/client";
import { Prisma } from "~/generated/prisma/client";
import type { ImportKind } from "~/generated/prisma/enums";
import { readTable, UnreadableFile, type Table } from "./read-table.server";
import { checkTable, type ImportActor, type PlanCounts, type RowIssue } from "./validate.server";
import { writePlan, type WriteCounts } from "./write.server";
import { isUniqueViolation } from "~/lib/db-errors";

// The import's two steps, the same for the pages and `npm run import`: analyse an upload into an
// ImportJob (INVALID with its errors, or PREVIEW with what it would add, update and replace, the parsed
// rows kept), then write a PREVIEW job once confirmed (a job that would replace needs `replace: true`).
// The write checks the rows again inside its transaction: records may have changed since the preview,
// and then it refuses rather than write what the importer did not see.

/** Stored with the job until it is written: the table as read (rows as [rowNumber, ...cells]). */
type StoredRows = { format: Table["format"]; headers: string[]; rows: (number | string)[][] };
const storeRows = (t: Table): StoredRows => ({ format: t.format, headers: t.headers, rows: t.rows.map((r) => [r.row, ...r.cells]) });
const tableOf = (s: StoredRows): Table => ({ format: s.format, headers: s.headers, rows: s.rows.map(([row, ...cells]) => ({ row: row as number, cells: cells as string[] })) });

export type AnalyseOutcome = { job: ImportJob } | { error: string };

/** Reads and checks an upload for `actor`; records an ImportJob unless the file cannot be read at all. */
export async function analyseUpload(
  prisma: PrismaClient,
  actor: ImportActor,
  kind: ImportKind,
  file: { fileName: string; bytes: Uint8Array },
  today: string,
): Promise<AnalyseOutcome> {
  let table: Table;
  try {
    table = await readTable(file.bytes);
  } catch (error) {
    if (error instanceof UnreadableFile) return { error: error.message };
    throw error;
  }
  const checked = await checkTable(prisma, actor, kind, table, today);
  const valid = checked.errors.length === 0;
  const job = await prisma.importJob.create({
    data: {
      userId: actor.userId,
      schoolId: actor.schoolId,
      kind,
      fileName: file.fileName,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      fileBytes: new Uint8Array(file.bytes) as Uint8Array<ArrayBuffer>,
      status: valid ? "PREVIEW" : "INVALID",
      totalRows: table.rows.length,
      counts: checked.counts,
      errors: checked.errors,
      rows: valid ? (storeRows(table) as unknown as Prisma.InputJsonObject) : Prisma.DbNull,
    },
  });
  return { job };
}

export const countsOf = (job: ImportJob) => job.counts as unknown as PlanCounts & Partial<WriteCounts>;
export const errorsOf = (job: ImportJob) => job.errors as unknown as RowIssue[];

export type WriteOutcome =
  | { written: WriteCounts }
  | { needsConfirmation: number } // rows that would replace; ask, then call again with replace: true
  | { refused: string };

export class ImportRefused extends Error {}

/** The advisory lock key that serialises import writes (any constant no other code uses: "IMPORT" in ASCII). */
const IMPORT_WRITE_LOCK = 0x494d504f5254;

/**
 * Claims a PREVIEW job (one writer wins: the others are refused) and writes it in one transaction.
 * `progress(n)` is told the rows done after each chunk (for the page's poll and the CLI's bar).
 */
export async function writeJob(
  prisma: PrismaClient,
  jobId: number,
  actor: ImportActor,
  options: { replace: boolean; today: string; progress?: (done: number) => Promise<void> | void },
): Promise<WriteOutcome> {
  const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } });
  if (job.status !== "PREVIEW") return { refused: job.status === "INVALID" ? "文件中有错误，不能导入" : "该导入已确认，不能重复确认" };
  const planned = countsOf(job);
  if (planned.replace > 0 && !options.replace) return { needsConfirmation: planned.replace };
  const claimed = await prisma.importJob.updateMany({ where: { id: jobId, status: "PREVIEW" }, data: { status: "WRITING", processedRows: 0 } });
  if (claimed.count === 0) return { refused: "该导入已确认，不能重复确认" };
  try {
    const written = await prisma.$transaction(
      async (tx) => {
        // Imports write one at a time, city-wide (a few seconds each): the check below then sees whatever an
        // import that finished meanwhile wrote, so two files adding the same 学号 do not both plan ADD (the
        // second becomes UNCHANGED, or refused if it would now replace). Released at COMMIT or ROLLBACK.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_WRITE_LOCK}::bigint)`;
        const checked = await checkTable(tx, actor, job.kind, tableOf(job.rows as unknown as StoredRows), options.today);
        if (checked.errors.length > 0) throw new ImportRefused("预览之后记录已有变化，文件中出现了错误：请重新上传");
        if (checked.counts.replace > 0 && !options.replace) throw new ImportRefused("预览之后记录已有变化，有行将替换已有记录：请重新上传并确认");
        return writePlan(tx, checked, actor, options.today, options.progress);
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
    await prisma.importJob.update({
      where: { id: jobId },
      data: { status: "DONE", counts: { ...planned, ...written }, processedRows: job.totalRows, rows: Prisma.DbNull, fileBytes: null, finishedAt: new Date() },
    });
    return { written };
  } catch (error) {
    // A unique clash here is a record written by someone else after the re-check (the same 学号 or destination):
    // say so, so the importer knows uploading again will show it.
    const clash = isUniqueViolation(error);
    const message =
      error instanceof ImportRefused ? error.message : clash ? "写入时发现他人刚刚登记了相同的记录（如同一学号），没有写入任何记录：请重新上传" : "写入失败，没有写入任何记录";
    await prisma.importJob.update({ where: { id: jobId }, data: { status: "FAILED", failure: message, rows: Prisma.DbNull, finishedAt: new Date() } });
    if (!(error instanceof ImportRefused) && !clash) console.error(`导入 ${jobId} 写入失败`, error);
    return { refused: message };
  }
}
