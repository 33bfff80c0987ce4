import { describe, expect, it } from "vitest";
import { STUDENT_HEADERS, xlsxOf, type Cell } from "../import/files";
import { importTables, jobIdFrom, studentRow, upload, useImportWorld } from "../import/world";

// break14b, issue 14 item 1 "the whole file is written or nothing is" at its far edge: 20,000 rows, a blank
// row left in the middle (Excel keeps numbering past it), and only the very last row bad. The job is
// INVALID, nothing is written, and the error names the row Excel shows (header 1 + 20,000 rows + the
// blank one = 20002), not the data row's index; a confirm of that job is refused.

const w = useImportWorld();

describe("20,000 rows, only the last is bad", () => {
  it("nothing written; the error names Excel's row 20002 and the column", async () => {
    const school = w.school.name;
    const program = w.programNames[0]!;
    const rows: Cell[][] = Array.from({ length: 20_000 }, (_, i) => studentRow(school, program, String(700000 + i)));
    rows[19_999] = studentRow(school, program, "719999", { 性别: "未知" });
    rows.splice(9, 0, STUDENT_HEADERS.map(() => null)); // Excel row 11 left blank
    const before = await importTables(w.db);
    const response = await upload(w.schoolStaff.client, "STUDENTS", await xlsxOf(STUDENT_HEADERS, rows));
    expect(response.status).toBe(302);
    const id = jobIdFrom(response);
    const job = await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("INVALID");
    expect(job.totalRows).toBe(20_000);
    expect(job.errors).toEqual([{ row: 20_002, column: "性别", message: expect.stringMatching(/性别/) }]);
    const page = await w.schoolStaff.client.get(`/imports/${id}`);
    expect(await page.text()).toContain("20002");
    const confirm = await w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm" });
    expect(confirm.status).toBe(400);
    expect(await importTables(w.db)).toEqual(before);
  }, 300_000);
});
