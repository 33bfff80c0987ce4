// npm run bench:import — a 24,000-row roster imported (issue 14 item 6), on PostgreSQL and on PGlite:
//   bash scripts/with-postgres.sh npm run bench:import
// Generates a city roster (24,000 students over 10 schools of 8 programs each) as .xlsx and as GBK CSV,
// then for each database: a fresh one, migrated, with the schools and programs; the .xlsx checked
// (read + every row validated + the plan: all ADD) and written in one transaction, as the pages and
// `npm run import` do; then the GBK CSV of the same rows checked and written again (all UNCHANGED).
// Prints rows/s and seconds for each, the goal (≤ 10 s for the roster on PostgreSQL) and the ratio.
// BENCH_ROWS changes the size. Timing is printed, never asserted.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { openDatabase, type Database } from "../app/db/database.server";
import { migrate } from "../app/db/migrate.server";
import { analyseUpload, countsOf, writeJob } from "../app/features/roster-import/index.server";
import { scratchPostgres } from "./bench/scratch-postgres";

const ROWS = Number(process.env.BENCH_ROWS ?? 24_000);
const SCHOOLS = 10;
const PROGRAMS = 8;
const GOAL_S = 10;
const TODAY = "2026-11-30";
const HEADERS = ["学校", "学号", "姓名", "性别", "出生日期", "专业", "入学年份", "毕业年份"];

const schoolName = (s: number) => `基准测试职业学校${s + 1}`;
const programName = (p: number) => `基准测试专业${p + 1}`;

function roster(): (string | number | Date)[][] {
  return Array.from({ length: ROWS }, (_, i) => {
    const cohort = 2024 + (i % 3);
    return [schoolName(i % SCHOOLS), String(20_000_000 + i), `示例·学生${i}`, i % 2 ? "男" : "女", new Date(Date.UTC(cohort - 15, i % 12, (i % 28) + 1)), programName(i % PROGRAMS), cohort, cohort + 3];
  });
}

async function files() {
  const rows = roster();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("学生名册");
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(r);
  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  const csvText = [HEADERS, ...rows.map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : String(c))))].map((r) => r.join(",")).join("\r\n");
  const csv = new Uint8Array(iconv.encode(csvText, "gbk"));
  return { xlsx, csv };
}

async function world(db: Database) {
  const p = db.prisma;
  const category = await p.programCategory.create({ data: { code: "BENCH", name: "基准测试类" } });
  const programs = [];
  for (let i = 0; i < PROGRAMS; i++) programs.push(await p.program.create({ data: { name: programName(i), categoryId: category.id } }));
  for (let s = 0; s < SCHOOLS; s++) {
    const org = await p.organisation.create({ data: { kind: "SECONDARY_SCHOOL", name: schoolName(s) } });
    await p.school.create({ data: { organisationId: org.id, ownership: "PUBLIC", supervisingLevel: "CITY" } });
    await p.schoolProgram.createMany({ data: programs.map((pr) => ({ schoolId: org.id, programId: pr.id })) });
  }
}

async function importOnce(db: Database, label: string, fileName: string, bytes: Uint8Array) {
  const actor = { userId: null, schoolId: null };
  const started = performance.now();
  const analysed = await analyseUpload(db.prisma, actor, "STUDENTS", { fileName, bytes }, TODAY);
  if ("error" in analysed || analysed.job.status !== "PREVIEW") throw new Error(`${label}: not importable ${JSON.stringify("error" in analysed ? analysed.error : analysed.job.errors).slice(0, 500)}`);
  const checkedAt = performance.now();
  const outcome = await writeJob(db.prisma, analysed.job.id, actor, { replace: false, today: TODAY });
  if (!("written" in outcome)) throw new Error(`${label}: ${JSON.stringify(outcome)}`);
  const seconds = (performance.now() - started) / 1000;
  const check = (checkedAt - started) / 1000;
  console.log(
    `  ${label.padEnd(34)} ${seconds.toFixed(2).padStart(6)} s  (检查 check ${check.toFixed(2)} s + 写入 write ${(seconds - check).toFixed(2)} s)  ${Math.round(ROWS / seconds).toLocaleString("en").padStart(7)} rows/s  ` +
      `planned ${JSON.stringify(countsOf(analysed.job))} written ${JSON.stringify(outcome.written)}`,
  );
  return seconds;
}

async function run(db: Database, kind: string, goal: boolean) {
  await migrate(db.sql);
  await world(db);
  const { xlsx, csv } = await files();
  console.log(`${kind}: ${ROWS.toLocaleString("en")} rows · xlsx ${(xlsx.byteLength / 1024 / 1024).toFixed(1)} MB · GBK CSV ${(csv.byteLength / 1024 / 1024).toFixed(1)} MB`);
  const first = await importOnce(db, "xlsx, all new (ADD)", "roster.xlsx", xlsx);
  await importOnce(db, "GBK CSV, same rows (UNCHANGED)", "roster.csv", csv);
  const count = await db.prisma.student.count();
  if (count !== ROWS) throw new Error(`expected ${ROWS} students, found ${count}`);
  if (goal) console.log(`  目标 goal ≤ ${GOAL_S} s for ${ROWS.toLocaleString("en")} rows: ${first.toFixed(2)} s, ratio ${(first / GOAL_S).toFixed(2)} (${first <= GOAL_S ? "met" : "NOT met"})`);
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const scratch = await scratchPostgres(adminUrl, "qc_import");
    const db = await openDatabase({ kind: "postgres", url: scratch.url });
    try {
      await run(db, "PostgreSQL", true);
    } finally {
      await db.close();
      await scratch.drop();
    }
  } else {
    console.log("PostgreSQL: skipped (no DATABASE_URL; run with bash scripts/with-postgres.sh npm run bench:import)");
  }
  const lite = await openDatabase({ kind: "pglite" });
  try {
    await run(lite, "PGlite (embedded, in memory)", false);
  } finally {
    await lite.close();
  }
}

await main();
