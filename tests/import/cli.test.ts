import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "~/db/database.server";
import { migrate } from "~/db/migrate.server";
import { makeFactories } from "../support/factories";
import { serverUrlOf } from "../support/database";
import { useTestDatabase } from "../support/test-database";
import { STUDENT_HEADERS, csvOf, xlsxOf } from "./files";
import { studentRow } from "./world";
import { runImportCli } from "./run-cli";

// `npm run import -- students|destinations FILE [--yes]` as a child process, as the bureau: exit 0 and
// the counts when the file is good; 1 and the error list on stdout when a row is bad (nothing written);
// 2 when it would replace without --yes. On PostgreSQL it runs over the test's database; on PGlite over
// a data directory of its own (PGlite is one process's), which the test opens before and after.

const t = useTestDatabase();
let dir: string;
let env: Record<string, string>;
let schoolName: string;
let program: string;

/** The database the CLI sees, for `fn`: the test's on PostgreSQL; the data directory's PGlite otherwise (opened only between runs). */
async function onCliDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  if (serverUrlOf(t.db)) return fn(t.db);
  const db = await openDatabase({ kind: "pglite", dataDir: dir });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const runCli = (...args: string[]) => runImportCli(env, ...args);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "import-cli-"));
  const url = serverUrlOf(t.db);
  env = { PATH: process.env.PATH!, HOME: process.env.HOME ?? dir, ...(url ? { DATABASE_URL: url } : { DATA_DIR: dir }) };
  await onCliDb(async (db) => {
    if (!url) await migrate(db.sql);
    const make = makeFactories(db);
    const school = await make.school();
    const p = await make.program();
    await make.schoolProgram({ schoolId: school.id, programId: p.id });
    schoolName = school.name;
    program = p.name;
  });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const studentsOf = () => onCliDb((db) => db.prisma.student.findMany({ where: { studentNumber: { startsWith: "7" } }, orderBy: { studentNumber: "asc" }, select: { studentNumber: true, name: true } }));

describe("npm run import", () => {
  it("a bad row: exit 1, the errors by row and column on stdout, nothing written", async () => {
    const file = path.join(dir, "bad.csv");
    await writeFile(file, csvOf(STUDENT_HEADERS, [studentRow(schoolName, program, "70001"), studentRow(schoolName, program, "70002", { 性别: "X" })], "gbk"));
    const run = await runCli("students", file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("第 3 行\t性别\t性别应为“男”或“女”");
    expect(await studentsOf()).toEqual([]);
  }, 120_000);

  it("a good file: exit 0 and the counts; the same file again: 0 added, 0 updated", async () => {
    const file = path.join(dir, "good.xlsx");
    await writeFile(file, await xlsxOf(STUDENT_HEADERS, [studentRow(schoolName, program, "70001"), studentRow(schoolName, program, "70002")]));
    const first = await runCli("students", file);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("导入完成：新增 2，更新 0，替换 0，无变化 0");
    const again = await runCli("students", file);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("导入完成：新增 0，更新 0，替换 0，无变化 2");
    expect(await studentsOf()).toEqual([
      { studentNumber: "70001", name: "学生70001" },
      { studentNumber: "70002", name: "学生70002" },
    ]);
  }, 120_000);

  it("a file that would replace: exit 2 without --yes (nothing written), 0 with it", async () => {
    const file = path.join(dir, "replace.xlsx");
    await writeFile(file, await xlsxOf(STUDENT_HEADERS, [studentRow(schoolName, program, "70002", { 姓名: "换了的人" })]));
    const refused = await runCli("students", file);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain("--yes");
    expect((await studentsOf())[1]!.name).toBe("学生70002");
    const yes = await runCli("students", file, "--yes");
    expect(yes.code).toBe(0);
    expect(yes.stdout).toContain("替换 1");
    expect((await studentsOf())[1]!.name).toBe("换了的人");
  }, 120_000);

  it("no such kind or no file: usage, exit 64; a file that is not a spreadsheet: exit 1", async () => {
    expect((await runCli("teachers", "x.xlsx")).code).toBe(64);
    expect((await runCli("students")).code).toBe(64);
    const file = path.join(dir, "picture.png");
    await writeFile(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const run = await runCli("students", file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("只能导入 Excel（.xlsx）或 CSV 文件");
  }, 120_000);
});
