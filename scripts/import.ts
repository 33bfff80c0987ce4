// npm run import -- students FILE [--yes]     npm run import -- destinations FILE [--yes]
// Imports a roster or graduate destinations as the bureau (any school, named in the 学校 column), over
// DATABASE_URL or the embedded PGlite, exactly as /imports does: every row checked first; a bad row →
// the error list on stdout and exit 1, nothing written; a file that would replace records exits 2
// unless --yes; otherwise the whole file is written in one transaction (a progress bar on stderr when it is a terminal).
import { readFile } from "node:fs/promises";
import path from "node:path";
import cliProgress from "cli-progress";
import { readConfig } from "../app/config.server";
import { kindOfSlug } from "../app/features/roster-import/columns";
import { analyseUpload, countsOf, errorsOf, writeJob } from "../app/features/roster-import/index.server";
import { todayInHohhot } from "../app/lib/dates";
import { openMigratedDatabase } from "../app/server/boot.server";

const EXIT = { ok: 0, rowErrors: 1, wouldReplace: 2, usage: 64 } as const;

const args = process.argv.slice(2);
const yes = args.includes("--yes");
const [slug, file, ...rest] = args.filter((a) => a !== "--yes");
const kind = kindOfSlug(slug);
if (!kind || !file || rest.length > 0) {
  console.error("用法 usage: npm run import -- students|destinations FILE [--yes]");
  process.exit(EXIT.usage);
}

let bytes: Uint8Array;
try {
  bytes = new Uint8Array(await readFile(file));
} catch {
  console.log(`无法读取文件：${file}`);
  process.exit(EXIT.rowErrors);
}

// Notes from opening the database (migrations applied) go to stderr: stdout is the error list (issue 14).
const log = console.log;
console.log = console.error;
const db = await openMigratedDatabase(readConfig());
console.log = log;
let code: number = EXIT.ok;
try {
  const actor = { userId: null, schoolId: null };
  const today = todayInHohhot();
  const analysed = await analyseUpload(db.prisma, actor, kind, { fileName: path.basename(file), bytes }, today);
  if ("error" in analysed) {
    console.log(analysed.error);
    code = EXIT.rowErrors;
  } else if (analysed.job.status === "INVALID") {
    const errors = errorsOf(analysed.job);
    console.log(`文件有 ${errors.length} 处错误，没有写入任何记录：`);
    for (const e of errors) console.log(`第 ${e.row} 行\t${e.column || "-"}\t${e.message}`);
    code = EXIT.rowErrors;
  } else {
    const planned = countsOf(analysed.job);
    console.log(`检查通过：${analysed.job.totalRows} 行；将新增 ${planned.add}，更新 ${planned.update}，替换 ${planned.replace}，无变化 ${planned.unchanged}`);
    if (planned.replace > 0 && !yes) {
      console.log(`有 ${planned.replace} 行将替换已有记录（学号属于另一人，或学生已确认或有异议的去向将被改动）。核对后加 --yes 确认替换；本次没有写入任何记录。`);
      code = EXIT.wouldReplace;
    } else {
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar({ stream: process.stderr, format: "写入 {bar} {value}/{total} 行" }, cliProgress.Presets.shades_classic)
        : null;
      bar?.start(analysed.job.totalRows, 0);
      const outcome = await writeJob(db.prisma, analysed.job.id, actor, { replace: yes, today, progress: (done) => bar?.update(done) });
      bar?.stop();
      if ("written" in outcome) {
        const w = outcome.written;
        console.log(`导入完成：新增 ${w.added}，更新 ${w.updated}，替换 ${w.replaced}，无变化 ${w.unchanged}`);
      } else {
        console.log("refused" in outcome ? outcome.refused : "需要确认替换");
        code = EXIT.rowErrors;
      }
    }
  }
} finally {
  await db.close();
}
process.exit(code);
