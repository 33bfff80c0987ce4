import pg from "pg";
import { expect, it } from "vitest";
import { STUDENT_HEADERS, csvOf } from "../import/files";
import { importTables, jobIdFrom, studentRow, upload, useImportWorld } from "../import/world";
import { serverUrlOf } from "../support/database";
import { describeOnPostgres } from "../support/postgres-only";

// break14b, issue 14 item 1 "the whole file or nothing" when the write itself fails late: after the preview,
// and after the confirm's own re-check, another connection takes one of the file's 学号 (uncommitted, then
// committed while the import waits on the unique index). The import's insert clashes: the job is FAILED
// with a Chinese message (it said only "写入失败", now that someone else just recorded the same 学号), none of the file's students is written, and the other connection's row stays.

const w = useImportWorld();

describeOnPostgres("on PostgreSQL: a unique clash from another connection during the write", () => {
  it("FAILED in Chinese, nothing of the file written", async () => {
    const school = w.school.name;
    const program = w.programNames[0]!;
    const numbers = ["880001", "880002", "880003"];
    const response = await upload(w.schoolStaff.client, "STUDENTS", csvOf(STUDENT_HEADERS, numbers.map((n) => studentRow(school, program, n))), "名册.csv");
    const id = jobIdFrom(response);
    expect((await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } })).status).toBe("PREVIEW");
    // Someone else's student of the school, about to take 学号 880003 in a transaction not yet committed.
    const theirs = await w.make.student({ schoolId: w.school.id, schoolProgramId: w.programs[0]!.id, studentNumber: "889999" });
    const other = new pg.Client({ connectionString: serverUrlOf(w.db)! });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`UPDATE "Student" SET "studentNumber" = '880003' WHERE id = $1`, [theirs.id]);
      const before = await importTables(w.db);
      const confirming = w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm" });
      // Let the import re-check (880003 still free for it) and reach its insert, which waits on the index.
      await expect.poll(async () => (await other.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)).rows[0].n, { timeout: 30_000 }).toBeGreaterThan(0);
      await other.query("COMMIT");
      const confirmed = await confirming;
      expect(confirmed.status).toBe(400);
      expect(await confirmed.text()).toContain("他人刚刚登记了相同的记录（如同一学号），没有写入任何记录");
      const job = await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } });
      expect(job.status).toBe("FAILED");
      expect(job.failure).toMatch(/[\u4e00-\u9fff]/);
      expect(await w.db.prisma.student.count({ where: { schoolId: w.school.id, studentNumber: { in: numbers } } })).toBe(1); // theirs only
      expect((await w.db.prisma.student.findUniqueOrThrow({ where: { id: theirs.id } })).studentNumber).toBe("880003");
      // Nothing else changed: the tables as before, but for the other connection's 学号.
      const expected = { ...before, students: before.students.map((s) => (s.id === theirs.id ? { ...s, studentNumber: "880003" } : s)) };
      expect(await importTables(w.db)).toEqual(expected);
    } finally {
      await other.end();
    }
  }, 120_000);
});
