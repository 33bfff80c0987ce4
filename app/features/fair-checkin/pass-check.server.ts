import type { Prisma } from "~/generated/prisma/client";
import { readPass } from "~/lib/fair-pass.server";

type Tx = Prisma.TransactionClient;

/** A registration as a scan needs it: its state and, for the answer, who the student is. */
export type PassRegistration = {
  id: number;
  fairId: number;
  studentId: number;
  cancelledAt: Date | null;
  checkedInAt: Date | null;
  /** Display name of the scanner who let the student in; null if not in or that account is gone. */
  checkedInBy: string | null;
  studentUserId: number | null;
  student: { name: string; school: string; program: string };
};

type Row = Omit<PassRegistration, "student"> & { studentName: string; schoolName: string; programName: string };

/**
 * What a pass names, judged against `fairId`: FORGED (no pass, no such registration, or a mac that does
 * not verify), WRONG_FAIR (a true pass of another fair), or the registration as it is now, with its
 * student's name, school and program. One query, no lock: a writer re-checks what it read (see
 * recordScan); at the entrance every round trip is paid by the queue (bench:fair, issue 12 item 8).
 */
export async function judgePass(
  tx: Tx,
  code: string,
  fairId: number,
): Promise<{ outcome: "FORGED" | "WRONG_FAIR" } | { outcome: null; registration: PassRegistration }> {
  const pass = readPass(code);
  if (!pass) return { outcome: "FORGED" };
  const rows = await tx.$queryRawUnsafe<Row[]>(`
    SELECT r."id", r."fairId", r."studentId", r."cancelledAt", r."checkedInAt", u."displayName" AS "checkedInBy",
           s."userId" AS "studentUserId", s."name" AS "studentName", o."name" AS "schoolName", p."name" AS "programName"
      FROM "FairRegistration" r
      JOIN "Student" s ON s."id" = r."studentId"
      JOIN "Organisation" o ON o."id" = s."schoolId"
      JOIN "SchoolProgram" sp ON sp."id" = s."schoolProgramId"
      JOIN "Program" p ON p."id" = sp."programId"
      LEFT JOIN "User" u ON u."id" = r."checkedInById"
     WHERE r."id" = $1`, pass.registrationId);
  const row = rows[0];
  if (!row || row.fairId !== pass.fairId || !pass.verify(row.studentId)) return { outcome: "FORGED" };
  if (row.fairId !== fairId) return { outcome: "WRONG_FAIR" };
  const { studentName, schoolName, programName, ...registration } = row;
  return { outcome: null, registration: { ...registration, student: { name: studentName, school: schoolName, program: programName } } };
}
