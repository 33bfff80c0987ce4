import { spawn } from "node:child_process";
import path from "node:path";

export type CliRun = { code: number | null; stdout: string; stderr: string };

/** `npm run import -- …args` as its own process (tsx, like the npm script), with exactly `env`; resolves when it exits. */
export function runImportCli(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], { cwd: path.resolve("."), env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] as const });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code: number | null) => resolve({ code, stdout, stderr }));
  });
}
