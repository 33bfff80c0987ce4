import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { fromBeforeAll } from "./test-database";

// Debian's Chromium, driven by playwright-core (playwright's own browser download is not possible here).
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export type TestBrowser = { context: BrowserContext; close(): Promise<void> };

export async function launchBrowser(): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), "qc-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: FLAGS,
    headless: true,
    locale: "zh-CN",
    viewport: { width: 390, height: 844 }, // a phone: the pages must work there
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Chromium for this file's tests: launched in beforeAll, closed in afterAll (call it after useTestApp(), so it closes first). */
export function useBrowser(): TestBrowser {
  return fromBeforeAll("useBrowser()", launchBrowser, (browser) => browser.close());
}

/** A new page that collects the Content Security Policy violations its console reports (scripts must run under the nonce). */
export async function pageWatchingCsp(context: BrowserContext): Promise<{ page: Page; cspViolations: string[] }> {
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { page, cspViolations };
}
