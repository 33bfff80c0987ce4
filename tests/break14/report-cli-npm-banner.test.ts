import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// break14b finding (NOT fixed): issue 14 item 4 says `npm run report -- --year 2023 --format json` prints
// ONLY the JSON on stdout. scripts/report.ts does, but npm itself (11.x) prints its banner
// "> qingcheng-chanjiaotong@0.1.0 report / > tsx scripts/report.ts …" on stdout before it, so piping the
// command as the issue writes it into a JSON reader fails. Only npm's loglevel silent drops the banner
// (`npm run -s report …`, which the README now says for piping); making it the project's default
// (.npmrc loglevel=silent) would also hide npm's own warnings for everyone, so it is left to decide.
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
  // Fails today: npm's banner comes first on stdout.
  it.fails("npm run report, as the issue writes it: stdout parses as JSON", async () => {
    const run = await npm("run", "report", "--", "--year", "2026", "--format", "json");
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  }, 240_000);
});
