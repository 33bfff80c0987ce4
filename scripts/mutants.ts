// The mutation check: applies each deliberate fault of scripts/mutants/faults.ts on its own, runs
// the test files listed for it, and reports whether the suite caught it. Every fault must be caught.
//
//   npm run test:mutants                      all faults
//   npm run test:mutants -- <id> [<id> ...]   only these
//   npm run test:mutants -- --list            the list, without running anything
//
// Tests run on PGlite unless DATABASE_URL is set (as the suites themselves decide); e.g.
//   bash scripts/with-postgres.sh npm run test:mutants
// The tests import the Remix build, so a fault in app/ or search/ is built before its tests run,
// and the untouched product is built again at the end. The changed file is restored from memory
// after each fault, also on an exception or Ctrl-C. Exit code: 0 only when every fault was caught
// and no entry was stale.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FAULTS, type Fault } from "./mutants/faults";

type Outcome = { fault: Fault; result: "caught" | "SURVIVED" | "STALE" | "BUILD FAILED"; detail: string };

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);

/** Files changed right now, with their untouched text: restored on every way out. */
const pristine = new Map<string, string>();
let rebuildNeeded = false;

function restoreAll() {
  for (const [file, text] of pristine) writeFileSync(file, text);
  pristine.clear();
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    restoreAll();
    console.error(`\n${signal}: restored the changed file.${rebuildNeeded ? " Run `npx remix build` before testing again." : ""}`);
    process.exit(130);
  });
}

/** Runs a command; resolves with its exit code and combined output (echoed only when `echo`). */
function run(command: string, commandArgs: string[], echo = false): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The product as the tests see it: app/ and search/ are bundled into build/index.js. */
const builtFrom = (file: string) => file.startsWith("app/") || file.startsWith("search/");

async function build(): Promise<{ ok: boolean; output: string }> {
  const { code, output } = await run("npx", ["remix", "build"]);
  return { ok: code === 0, output };
}

const occurrences = (text: string, snippet: string) => text.split(snippet).length - 1;

type VitestJson = {
  testResults?: Array<{ name: string; status: string; message?: string; assertionResults?: Array<{ fullName: string; status: string }> }>;
};

/** Which tests failed, from vitest's JSON report: the evidence a fault was caught. */
function failures(reportFile: string): string[] {
  let report: VitestJson;
  try {
    report = JSON.parse(readFileSync(reportFile, "utf8")) as VitestJson;
  } catch {
    return [];
  }
  return (report.testResults ?? []).flatMap((file) => {
    const failed = (file.assertionResults ?? []).filter((a) => a.status === "failed").map((a) => a.fullName);
    if (failed.length > 0) return failed;
    return file.status === "failed" ? [`${path.relative(root, file.name)}: ${(file.message ?? "failed to run").split("\n")[0]}`] : [];
  });
}

async function check(fault: Fault, reportDir: string): Promise<Outcome> {
  const file = path.join(root, fault.file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { fault, result: "STALE", detail: `${fault.file} does not exist` };
  }
  const found = occurrences(text, fault.original);
  if (found !== 1) return { fault, result: "STALE", detail: `original snippet found ${found} times in ${fault.file}, expected once` };

  pristine.set(file, text);
  try {
    writeFileSync(file, text.replace(fault.original, () => fault.replacement));
    if (builtFrom(fault.file)) {
      rebuildNeeded = true;
      const built = await build();
      if (!built.ok) return { fault, result: "BUILD FAILED", detail: built.output.trim().split("\n").slice(-3).join(" ") };
    }
    const reportFile = path.join(reportDir, `${fault.id}.json`);
    const { code } = await run("npx", ["vitest", "run", "--bail=1", "--reporter=json", `--outputFile=${reportFile}`, ...fault.tests]);
    if (code === 0) return { fault, result: "SURVIVED", detail: `${fault.tests.join(", ")} all passed` };
    const failed = failures(reportFile);
    return { fault, result: "caught", detail: failed[0] ?? `vitest exited ${code} without a failed test (see its output)` };
  } finally {
    restoreAll();
  }
}

/** How often the entry's original snippet occurs in its file now (-1: no such file); 1 is the only usable answer. */
function snippetCount(fault: Fault): number {
  try {
    return occurrences(readFileSync(path.join(root, fault.file), "utf8"), fault.original);
  } catch {
    return -1;
  }
}

/** The list, with stale entries marked; false when any is stale. */
function printList(faults: Fault[]): boolean {
  let fresh = true;
  for (const f of faults) {
    const count = snippetCount(f);
    const stale = count === 1 ? "" : ` STALE (${count < 0 ? "no such file" : `snippet found ${count} times`})`;
    if (stale) fresh = false;
    console.log(`${f.id.padEnd(40)} ${f.description}${stale}\n${"".padEnd(40)} ${f.file} → ${f.tests.join(", ")}`);
  }
  return fresh;
}

function printTable(outcomes: Outcome[]) {
  const width = Math.max(...outcomes.map((o) => o.fault.id.length), 5);
  console.log(`\n${"fault".padEnd(width)}  ${"result".padEnd(12)}  evidence`);
  console.log(`${"-".repeat(width)}  ${"-".repeat(12)}  ${"-".repeat(40)}`);
  for (const o of outcomes) console.log(`${o.fault.id.padEnd(width)}  ${o.result.padEnd(12)}  ${o.detail}`);
}

async function main(): Promise<number> {
  const ids = args.filter((a) => !a.startsWith("--"));
  const unknown = ids.filter((id) => !FAULTS.some((f) => f.id === id));
  if (unknown.length > 0) {
    console.error(`unknown fault id: ${unknown.join(", ")} (npm run test:mutants -- --list)`);
    return 2;
  }
  const duplicates = FAULTS.map((f) => f.id).filter((id, i, all) => all.indexOf(id) !== i);
  if (duplicates.length > 0) {
    console.error(`duplicate fault id in scripts/mutants/faults.ts: ${duplicates.join(", ")}`);
    return 2;
  }
  const chosen = ids.length > 0 ? FAULTS.filter((f) => ids.includes(f.id)) : FAULTS;
  if (args.includes("--list")) return printList(chosen) ? 0 : 1;

  console.log(`${chosen.length} faults, on ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "PGlite"}`);
  const reportDir = mkdtempSync(path.join(tmpdir(), "mutants-"));
  const outcomes: Outcome[] = [];
  try {
    for (const [i, fault] of chosen.entries()) {
      const started = Date.now();
      process.stdout.write(`[${i + 1}/${chosen.length}] ${fault.id} … `);
      const outcome = await check(fault, reportDir);
      console.log(`${outcome.result} (${Math.round((Date.now() - started) / 1000)} s)`);
      outcomes.push(outcome);
    }
  } finally {
    restoreAll();
    rmSync(reportDir, { recursive: true, force: true });
    if (rebuildNeeded) {
      process.stdout.write("rebuilding the untouched product … ");
      const built = await build();
      console.log(built.ok ? "done" : `FAILED\n${built.output}`);
    }
  }
  printTable(outcomes);
  const bad = outcomes.filter((o) => o.result !== "caught");
  console.log(
    bad.length === 0
      ? `\nall ${outcomes.length} faults caught`
      : `\n${bad.length} of ${outcomes.length} not caught: ${bad.map((o) => `${o.fault.id} (${o.result})`).join(", ")}`,
  );
  return bad.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    restoreAll();
    console.error(error);
    process.exit(1);
  },
);
