import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Issue 14 item 4: with --format json the report command prints only the JSON on stdout. scripts/report.ts
// does; npm itself (11.x) prints its "> qingcheng-chanjiaotong@0.1.0 report" banner on stdout before any
// script, unless silent (`npm run -s report …`, as the README says for piping) — or the JSON is written with
// --out FILE. Making npm silent or json for the whole project (.npmrc) was tried and rejected: silent hides
// npm install's errors, json prints thousands of lines on every install (docs/decisions/0016).
// On an empty embedded database in a directory of its own (the CLI applies the migrations).

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "report-banner-"));
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  env = { ...rest, DATA_DIR: dir };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const npm = (...args: string[]) =>
  new Promise<{ code: number; stdout: string }>((resolve) =>
    execFile("npm", args, { env, cwd: process.cwd(), maxBuffer: 16 << 20 }, (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout })),
  );

describe("npm run report -- --format json: only JSON on stdout", () => {
  it("npm run -s report (silent): stdout parses as the report's JSON", async () => {
    const run = await npm("run", "-s", "report", "--", "--year", "2026", "--format", "json");
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout) as object)).toContain("附表1");
  }, 240_000);
});
