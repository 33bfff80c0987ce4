// npm run report -- --year 2026 --format json|xlsx|csv [--school NAME] [--out FILE]
// One year's quality report (issue 14 item 4) from the database DATABASE_URL names, or the embedded PGlite
// in DATA_DIR as the server and `npm run db:seed` use (scripts/seed.ts):
//   json  prints ONLY the report's JSON (report-json.ts: tables and rows by the report's numbering) on stdout;
//   csv   prints table,row,label,unit,value lines (a header first; 表5 as 表5,<cluster>,<column>,…);
//   xlsx  writes the workbook (default report-<year>[-<school>].xlsx) and prints its path on stderr.
// --out FILE writes any format to FILE instead (its path on stderr). Everything else this prints goes to
// stderr. A bad year, format or option, or a school name that names no school → a Chinese message on
// stderr and exit code 2.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

// The platform's modules are imported once the arguments are read, so a usage error answers at once.
const platform = () =>
  Promise.all([
    import("../app/config.server"),
    import("../app/db/db.server"),
    import("../app/features/quality-report/index.server"),
    import("../app/features/quality-report/report-csv"),
    import("../app/features/quality-report/report-json"),
    import("../app/features/quality-report/workbook.server"),
    import("../app/server/boot.server"),
  ]);

const FORMATS = ["json", "xlsx", "csv"] as const;
type Format = (typeof FORMATS)[number];
const USAGE = "用法：npm run report -- --year 2026 --format json|xlsx|csv [--school 学校名称] [--out 文件]";

class UsageError extends Error {}

function options(argv: string[]): { year: number; format: Format; school?: string; out?: string } {
  let given: Partial<Record<"year" | "format" | "school" | "out", string[]>>;
  try {
    // Each option as a list, so one given twice (--year 2025 --year 2026) is refused rather than the last taken.
    const option = { type: "string", multiple: true } as const;
    ({ values: given } = parseArgs({
      args: argv,
      options: { year: option, format: option, school: option, out: option },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`参数有误（${(error as Error).message}）。\n${USAGE}`);
  }
  for (const [name, list] of Object.entries(given)) {
    if (list !== undefined && list.length > 1) throw new UsageError(`--${name} 只能给一次（收到 ${list.length} 次）。\n${USAGE}`);
  }
  const values = { year: given.year?.[0], format: given.format?.[0], school: given.school?.[0], out: given.out?.[0] };
  if (values.year === undefined) throw new UsageError(`缺少 --year（毕业年份，如 2026）。\n${USAGE}`);
  if (!/^\d{4}$/.test(values.year) || Number(values.year) < 2000 || Number(values.year) > 2100) {
    throw new UsageError(`年份“${values.year}”无效：请给出 2000 至 2100 之间的四位年份，如 --year 2026。`);
  }
  const format = values.format ?? "";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`${values.format === undefined ? "缺少 --format" : `格式“${format}”不支持`}：可选 json、xlsx、csv。\n${USAGE}`);
  }
  if (values.school !== undefined && values.school.trim() === "") throw new UsageError("--school 需要学校名称。");
  if (values.out !== undefined && values.out.trim() === "") throw new UsageError("--out 需要文件路径。");
  return { year: Number(values.year), format: format as Format, school: values.school?.trim(), out: values.out };
}

type PrismaOf = Awaited<ReturnType<typeof platform>>[1]["prisma"];

/** The school a name names: the exact name, else the one school whose name contains it. */
async function schoolNamed(prisma: PrismaOf, name: string): Promise<{ id: number; name: string }> {
  const where = { school: { isNot: null } } as const;
  const exact = await prisma().organisation.findFirst({ where: { ...where, name }, select: { id: true, name: true } });
  if (exact) return exact;
  const like = await prisma().organisation.findMany({ where: { ...where, name: { contains: name } }, select: { id: true, name: true }, take: 6, orderBy: { name: "asc" } });
  if (like.length === 1) return like[0]!;
  if (like.length === 0) throw new UsageError(`没有名为“${name}”的学校。`);
  throw new UsageError(`“${name}”对应多所学校，请写全称：${like.map((s) => s.name).join("、")}${like.length > 5 ? " 等" : ""}。`);
}

async function main(): Promise<number> {
  let opts;
  try {
    opts = options(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }
  const [{ readConfig }, { installDatabase, prisma }, { computeReport }, { reportCsv }, { reportJson }, { reportWorkbook }, { openMigratedDatabase }] =
    await platform();
  // Stdout is the report's alone: what opening the database says (applied migrations) goes to stderr.
  console.log = console.error;
  const db = await openMigratedDatabase(readConfig());
  installDatabase(db);
  try {
    const school = opts.school === undefined ? null : await schoolNamed(prisma, opts.school);
    const report = await computeReport({ year: opts.year, schoolId: school?.id ?? null });
    if (reportJson(report)["附表1"]?.["1"] === 0) {
      // A year with no graduates gives a report of zeros: say so (on stderr), and where the graduates are.
      const latest = await prisma().student.aggregate({ where: { status: "GRADUATED", ...(school ? { schoolId: school.id } : {}) }, _max: { graduationYear: true } });
      const y = latest._max.graduationYear;
      console.error(`提示：${opts.year} 届没有毕业生记录，报告中的数字都为 0。${y ? `最近有毕业生的是 ${y} 届（--year ${y}）` : "还没有任何毕业生记录"}。`);
    }
    const bytes =
      opts.format === "xlsx"
        ? await reportWorkbook(report)
        : Buffer.from(opts.format === "json" ? `${JSON.stringify(reportJson(report), null, 2)}\n` : reportCsv(report), "utf8");
    const out = opts.out ?? (opts.format === "xlsx" ? defaultFile(opts.year, school?.name) : undefined);
    if (out === undefined) {
      await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
    } else {
      await writeFile(out, bytes);
      console.error(`已写入 ${path.resolve(out)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  } finally {
    await db.close();
  }
}

const defaultFile = (year: number, school: string | undefined) => `report-${year}${school ? `-${school.replace(/[\\/:*?"<>|\s]+/g, "_")}` : ""}.xlsx`;

function usage(message: string): number {
  console.error(message);
  return 2;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error("生成质量年报失败：", error);
  return 1;
});
