import { expect, it } from "vitest";
import { throughGate } from "../support/lock-gate";
import { describeOnPostgres } from "../support/postgres-only";
import { STUDENT_HEADERS, xlsxOf } from "./files";
import { jobIdFrom, studentRow, upload, useImportWorld } from "./world";

// Imports at the same time, on a real PostgreSQL server with a connection pool (PGlite is one connection:
// nothing can overlap). Run with bash scripts/with-postgres.sh npx vitest run tests/import/concurrency.test.ts

const ROWS = 40;

describeOnPostgres("imports at the same time (skipped on PGlite: one connection cannot race)", () => {
  const w = useImportWorld();

  const previewOf = async (numbers: string[]) => {
    const bytes = await xlsxOf(STUDENT_HEADERS, numbers.map((n) => studentRow(w.school.name, w.programNames[0]!, n)));
    const response = await upload(w.schoolStaff.client, "STUDENTS", bytes);
    expect(response.status).toBe(302);
    return jobIdFrom(response);
  };
  const numbers = (from: number) => Array.from({ length: ROWS }, (_, i) => String(from + i));
  const confirm = (id: number) => w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm" });
  const jobs = (ids: number[]) => w.db.prisma.importJob.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });

  it("one job confirmed twice at once: written once, the second press refused (400), nothing doubled", async () => {
    const id = await previewOf(numbers(500_000));
    const responses = await Promise.all([confirm(id), confirm(id)]);
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
    const refused = await responses.find((r) => r.status === 400)!.text();
    expect(refused).toContain("该导入已确认，不能重复确认");
    const [job] = await jobs([id]);
    expect(job!.status).toBe("DONE");
    expect(job!.counts).toMatchObject({ added: ROWS });
    expect(await w.db.prisma.student.count({ where: { schoolId: w.school.id, studentNumber: { in: numbers(500_000) } } })).toBe(ROWS);
  });

  it("the same roster previewed by two people and confirmed together: both done, the students written once, the later one finds them unchanged", async () => {
    const ids = [await previewOf(numbers(600_000)), await previewOf(numbers(600_000))];
    expect((await jobs(ids)).map((j) => j.counts)).toEqual([{ add: ROWS, update: 0, replace: 0, unchanged: 0 }, { add: ROWS, update: 0, replace: 0, unchanged: 0 }]);
    // The gate holds the school's row: each write, once it has checked its rows, waits there to insert
    // (the students' foreign key to it) — unless it is still waiting for its turn to check.
    const responses = await throughGate(
      w.db,
      (gate) => gate.query(`SELECT 1 FROM "School" WHERE "organisationId" = $1 FOR UPDATE`, [w.school.id]),
      2,
      () => Promise.all(ids.map(confirm)),
    );
    expect(responses.map((r) => r.status)).toEqual([302, 302]);
    const done = await jobs(ids);
    expect(done.map((j) => j.status)).toEqual(["DONE", "DONE"]);
    expect(done.map((j) => j.counts as { added: number; unchanged: number }).map((c) => [c.added, c.unchanged]).sort()).toEqual([
      [0, ROWS],
      [ROWS, 0],
    ]);
    expect(await w.db.prisma.student.count({ where: { schoolId: w.school.id, studentNumber: { in: numbers(600_000) } } })).toBe(ROWS);
  });
});
