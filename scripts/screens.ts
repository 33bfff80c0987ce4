// Phone screenshots of the key pages, for before/after comparisons (issue 9's acceptance).
//
//   npm run screens -- before     → docs/screens/before/<name>.png
//   npm run screens -- after      → docs/screens/after/<name>.png
//
// Starts the built app the way `npm start` does (tsx server.ts, embedded PGlite, the demo seed on first
// start) in a fresh data directory, signs in as each demo role through the login form, and photographs
// each page at 390×844 (the page's top, up to two screens tall). Chromium: CHROMIUM_PATH, else Debian's
// /usr/bin/chromium. Screenshots need a CJK font on the machine (Debian: fonts-wqy-zenhei), or the
// Chinese renders as boxes.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-accounts";

const label = process.argv[2];
if (!label || !/^[a-z0-9-]+$/.test(label)) {
  console.error("用法: npm run screens -- <label>   (例如 before 或 after)");
  process.exit(2);
}
const outDir = path.resolve("docs/screens", label);
const VIEWPORT = { width: 390, height: 844 };
const MAX_HEIGHT = VIEWPORT.height * 2;

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `tsx server.ts` as `npm start` runs it, resolved once it says it listens. */
async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATA_DIR: dataDir, PORT: String(port) };
  delete env.DATABASE_URL;
  delete env.MEILI_URL;
  const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "server.ts"], { env, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("青城产教通已启动")) resolve();
    });
    child.once("exit", (code: number | null) => reject(new Error(`server exited (${code}) before it listened:\n${output}`)));
  });
  return child;
}

type Shot = { name: string; url: string | ((page: Page) => Promise<string>) };

/** The first href on the current page matching pattern, as a path. */
async function firstHref(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const found = hrefs.find((href) => pattern.test(href));
  if (!found) throw new Error(`no link matching ${pattern} on ${from}`);
  return found;
}

const SHOTS: Record<string, Shot[]> = {
  student: [
    { name: "student-home", url: "/" },
    { name: "student-applications", url: "/applications" },
    { name: "student-inbox", url: "/inbox" },
    { name: "student-positions", url: "/positions" },
    { name: "student-recommended", url: "/recommended" },
  ],
  enterprise: [
    { name: "enterprise-home", url: "/" },
    { name: "enterprise-positions", url: "/enterprise/positions" },
    { name: "enterprise-matching", url: "/enterprise/matching" },
    { name: "enterprise-applicants", url: (page) => firstHref(page, "/enterprise/positions", /^\/enterprise\/positions\/\d+\/applicants$/) },
    { name: "enterprise-position-form", url: "/enterprise/positions/new" },
    { name: "enterprise-inbox", url: "/inbox" },
  ],
  school: [
    { name: "school-home", url: "/" },
    { name: "school-applications", url: "/school/applications" },
    {
      name: "school-students",
      // the school staff's own school, found by name in the directory (the roll is theirs to see)
      url: async (page) => {
        await page.goto("/schools");
        const own = DEMO_ACCOUNTS.find((a) => a.username === "school")!.organisation;
        return `${await page.locator("main a", { hasText: own }).first().getAttribute("href")}/students`;
      },
    },
    { name: "school-inbox", url: "/inbox" },
  ],
  teacher: [{ name: "teacher-home", url: "/" }],
  bureau: [
    { name: "bureau-home", url: "/" },
    { name: "bureau-positions", url: "/bureau/positions" },
    { name: "directory-schools", url: "/schools" },
    { name: "directory-enterprises", url: "/enterprises" },
    { name: "enterprise-page", url: (page) => firstHref(page, "/enterprises", /^\/enterprises\/\d+$/) },
  ],
};

async function photograph(browser: Browser, base: string, username: string, shots: Shot[]) {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN", baseURL: base });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("用户名").fill(account.username);
  await page.getByLabel("密码").fill(account.password);
  await page.getByLabel("密码").press("Enter");
  await page.waitForURL(`${base}/`, { waitUntil: "load" });
  for (const shot of shots) {
    const url = typeof shot.url === "string" ? shot.url : await shot.url(page);
    await page.goto(url, { waitUntil: "load" });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const file = path.join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.min(height, MAX_HEIGHT) } });
    console.log(`${file}  ← ${username} ${url}`);
  }
  await context.close();
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), "qc-screens-"));
let server: ChildProcess | undefined;
let browser: Browser | undefined;
try {
  await mkdir(outDir, { recursive: true });
  const port = await freePort();
  console.log(`启动应用（全新 PGlite: ${dataDir}，首次启动写入示例数据）…`);
  server = await startServer(dataDir, port);
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (set CHROMIUM_PATH)`);
  browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  for (const [username, shots] of Object.entries(SHOTS)) await photograph(browser, `http://127.0.0.1:${port}`, username, shots);
} finally {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
}
