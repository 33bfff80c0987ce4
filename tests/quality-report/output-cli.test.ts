import { execFile } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "~/db/database.server";
import { migrate } from "~/db/migrate.server";
import { createTestDatabase, destroyTestDatabase, serverUrlOf } from "../support/database";
import { makeFactories } from "../support/factories";
import { makeReportWorld, YEAR } from "./world";

// `npm run report` (scripts/report.ts) as a child process over the report world of world.ts (the 2030届):
// on PostgreSQL through DATABASE_URL, otherwise an embedded PGlite on disk (DATA_DIR), as an operator runs
// it. The expected figures are those of definitions.test.ts, counted by hand from world.ts: school A's
// 2030届 has 10 graduates, 8 with a destination other than 待就业, 3 in 升学, 2 to 本科, 5 of the 8 in
// 内蒙古 (62.50%); 5 employed; the city adds school B's one graduate (11). Each run is a process of its own
// that opens the database: minutes on a busy machine, hence the timeouts.

const RUN_TIMEOUT = 240_000;
type Run = { code: number; stdout: string; stderr: string };
let env: NodeJS.ProcessEnv;
let dir: string;
let server: Database | undefined;

function report(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "scripts/report.ts", ...args], { env, cwd: process.cwd(), maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "qc-report-cli-"));
  const { DATABASE_URL: adminUrl, ...rest } = process.env;
  let db: Database;
  if (adminUrl) {
    server = db = await createTestDatabase();
    env = { ...rest, DATABASE_URL: serverUrlOf(db)!, DATA_DIR: dir };
  } else {
    db = await openDatabase({ kind: "pglite", dataDir: dir }); // its files in dir/pglite, as DATA_DIR=dir opens them
    await migrate(db.sql);
    env = { ...rest, DATA_DIR: dir };
  }
  await makeReportWorld(db, makeFactories(db));
  if (!adminUrl) await db.close(); // the embedded database is one process's at a time
});

afterAll(async () => {
  if (server) await destroyTestDatabase(server);
  await rm(dir, { recursive: true, force: true });
});

describe("npm run report", () => {
  it("--format json prints only the JSON, keyed by the report's numbering", async () => {
    const run = await report("--year", String(YEAR), "--format", "json", "--school", "示例·甲职业学校");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout); // nothing but the JSON on stdout (migrations are reported on stderr)
    expect(Object.keys(json)).toEqual(["附表1", "附表3", "附表4", "附表6", "表5", "产教融合"]);
    expect(Object.keys(json["附表1"])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(json["附表1"]).toMatchObject({ "1": 10, "2": 8, "3": 3, "4": 2, "5": 62.5, "6": 3001 });
    expect(Object.keys(json["附表3"])).toEqual(["1", "A", "B", "C", "D"]);
    expect(json["附表3"]).toEqual({ "1": 5, A: 1, B: 3, C: 3, D: 1 });
    expect(json["表5"]["测试集群·甲"]).toEqual({ 专业个数: 2, 毕业生人数: 10, "2030级": 3, "2029级": 0, "2028级": 2, 合计: 5 });
  }, RUN_TIMEOUT);

  it("the city when no school is named", async () => {
    const run = await report("--year", String(YEAR), "--format", "json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json["附表1"]["1"]).toBe(11);
    expect(json["附表1"]["6"]).toBe(3334);
    expect(run.stderr).not.toContain("提示");
  }, RUN_TIMEOUT);

  it("--format csv prints table,row,label,unit,value lines", async () => {
    const run = await report("--year", String(YEAR), "--format", "csv", "--school", "示例·甲职业学校");
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("table,row,label,unit,value");
    expect(lines).toContain("附表1,1,毕业生人数,人,10");
    expect(lines).toContain("附表1,5,毕业生本省去向落实率,%,62.50");
    expect(lines).toContain("附表1,12,毕业三年晋升比例,%,50.00");
    expect(lines).toContain("附表3,B,B类：到西部和东北地区就业,人,3");
    expect(lines).toContain("附表6,19,行业导师年课时总量,课时,42"); // world.ts: 王 10 + 5, 李 20, the other host's 王 7
    expect(lines).toContain("表5,测试集群·甲,2028级,人,2");
    for (const line of lines) expect(line.split(",").length, line).toBe(5);
  }, RUN_TIMEOUT);

  it("--format xlsx writes the workbook to --out and says where on stderr", async () => {
    const out = path.join(dir, "甲.xlsx");
    const run = await report("--year", String(YEAR), "--format", "xlsx", "--school", "示例·甲职业学校", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(out);
    expect((await stat(out)).size).toBeGreaterThan(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("附表1")!;
    expect(sheet.getCell("A1").value).toBe("附表1：人才培养质量计分卡");
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([1, "毕业生人数", "人", 10]);
    expect((sheet.getRow(7).values as unknown[]).slice(1)).toEqual([5, "毕业生本省去向落实率", "%", 62.5]);
  }, RUN_TIMEOUT);

  it("an unknown school: a Chinese message on stderr, exit code 2, nothing on stdout", async () => {
    const run = await report("--year", String(YEAR), "--format", "json", "--school", "示例·不存在的学校");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain("没有名为“示例·不存在的学校”的学校");
  }, RUN_TIMEOUT);

  it("a name that fits several schools asks for the full name (exit 2)", async () => {
    const run = await report("--year", String(YEAR), "--format", "json", "--school", "职业学校");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain("对应多所学校");
  }, RUN_TIMEOUT);

  it("bad years, formats and options: a Chinese message, exit code 2", async () => {
    const runs = await Promise.all([
      report("--year", "20x6", "--format", "json"),
      report("--year", "1999", "--format", "json"),
      report("--year", "2101", "--format", "json"),
      report("--format", "json"),
      report("--year", String(YEAR), "--format", "pdf"),
      report("--year", String(YEAR)),
      report("--year", String(YEAR), "--format", "json", "--colour", "red"),
      report("--year", String(YEAR), "--format", "json", "--school", " "),
      report("--year", String(YEAR - 1), "--year", String(YEAR), "--format", "json"),
      report("--year", String(YEAR), "--format", "json", "--format", "csv"),
    ]);
    const messages = [
      "年份“20x6”无效", "年份“1999”无效", "年份“2101”无效", "缺少 --year", "格式“pdf”不支持", "缺少 --format", "参数有误", "--school 需要学校名称",
      "--year 只能给一次（收到 2 次）", "--format 只能给一次（收到 2 次）",
    ];
    runs.forEach((run, i) => {
      expect(run.code, messages[i]).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(messages[i]);
    });
  }, RUN_TIMEOUT);

  it("the last year accepted (2100) runs; 2101 above is refused", async () => {
    const run = await report("--year", "2100", "--format", "csv");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("附表1,1,毕业生人数,人,0");
    // A year without graduates is said to be one on stderr, with the latest year that has some (world.ts's
    // p2031 graduated a year after the 2030届).
    expect(run.stderr).toContain(`提示：2100 届没有毕业生记录，报告中的数字都为 0。最近有毕业生的是 ${YEAR + 1} 届（--year ${YEAR + 1}）。`);
  }, RUN_TIMEOUT);
});
