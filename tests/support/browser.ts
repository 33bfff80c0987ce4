import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { fromBeforeAll } from "./test-database";

// Chromium driven by playwright-core (playwright's own browser download is not possible here), found
// in this order:
//   1. CHROMIUM_PATH, when set;
//   2. Debian's Chromium at /usr/bin/chromium (apt-get install chromium), what CI uses; the path can be
//      moved with SYSTEM_CHROMIUM_PATH, which is how the fallback below is tested on a machine that has it;
//   3. the Chromium build inside the @sparticuz/chromium devDependency, so `npm install && npm test`
//      needs nothing but Node. Its binary comes with the package (unpacked to /tmp on first use, about
//      10 s); it has no CJK fonts, which matters to screenshots only, never to assertions on text.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// @sparticuz/chromium's own flags are tuned for AWS Lambda; these two would loosen the very browser
// rules the tests rely on (same-origin policy, mixed content), so the fallback leaves them out.
const LOOSENING_FLAGS = new Set(["--disable-web-security", "--allow-running-insecure-content"]);

export type ChromiumChoice = { executablePath: string; args: string[]; source: "CHROMIUM_PATH" | "system" | "@sparticuz/chromium" };

/** Which Chromium the browser tests launch, and with which flags (see the order above). */
export async function chooseChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  if (env.CHROMIUM_PATH) return { executablePath: env.CHROMIUM_PATH, args: FLAGS, source: "CHROMIUM_PATH" };
  const system = env.SYSTEM_CHROMIUM_PATH || "/usr/bin/chromium";
  if (existsSync(system)) return { executablePath: system, args: FLAGS, source: "system" };
  const { default: packaged } = await import("@sparticuz/chromium");
  return {
    executablePath: await packaged.executablePath(),
    args: packaged.args.filter((flag) => !LOOSENING_FLAGS.has(flag)),
    source: "@sparticuz/chromium",
  };
}

// libfaketime (LD_PRELOAD=…/libfaketime.so.1 FAKETIME=…, how the suite is run at a chosen hour, e.g. just
// past midnight in Hohhot) makes Chromium abort or never finish its page loads. So Chromium runs without
// it, and when it was preloaded its pages get the faked clock from Playwright instead (followFakedClock):
// times taken on the device (a scan's scannedAt) then agree with the server's.
const isFaketime = (lib: string) => /libfaketime/.test(lib);

/** The environment Chromium is launched with: this process's, without libfaketime in LD_PRELOAD. */
export function chromiumEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const kept = (env.LD_PRELOAD ?? "").split(/[\s:]+/).filter((lib) => lib && !isFaketime(lib));
  if (kept.length > 0) out.LD_PRELOAD = kept.join(" ");
  else delete out.LD_PRELOAD;
  return out;
}

/** Under libfaketime, sets the pages' clock of `context` to this process's faked time (it then runs on); otherwise does nothing. */
export async function followFakedClock(context: BrowserContext, env: NodeJS.ProcessEnv = process.env) {
  if ((env.LD_PRELOAD ?? "").split(/[\s:]+/).some(isFaketime)) await context.clock.install({ time: new Date() });
}

export type TestBrowser = { context: BrowserContext; close(): Promise<void> };

/**
 * A phone-sized Chromium of its own. `touch` makes it a touch phone (hasTouch, isMobile) so tests can
 * page.tap(); `javaScript: false` turns scripts off, to walk the pages as they work before (or without) hydration.
 */
export async function launchBrowser(options: { touch?: boolean; javaScript?: boolean } = {}): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), "qc-chromium-"));
  const { executablePath, args } = await chooseChromium();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args,
    headless: true,
    locale: "zh-CN",
    viewport: { width: 390, height: 844 }, // a phone: the pages must work there
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    javaScriptEnabled: options.javaScript ?? true,
    env: chromiumEnv(),
  });
  await followFakedClock(context);
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

/**
 * Opens url and waits until React has hydrated the page (root.tsx marks <html data-hydrated>).
 * Typing into a form before that races hydration: a click then submits natively, and the browser's own
 * validation bubble (invisible to the test) stands in for the page's messages.
 */
export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url);
  await waitForHydration(page);
  return response;
}

/** Waits for the current document to be hydrated (after a reload or a full-page navigation). */
export async function waitForHydration(page: Page) {
  await page.waitForSelector("html[data-hydrated]", { state: "attached", timeout: 30_000 });
}

/**
 * Opens the site header's menu (a <details>) when it is shut, as a person on a phone does before
 * they can reach the navigation; on a wide screen the navigation is always shown and this does nothing.
 */
export async function openSiteMenu(page: Page) {
  const summary = page.locator("header details.site-menu > summary");
  if ((await summary.count()) === 0 || !(await summary.isVisible())) return;
  const isOpen = () => summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
  if (await isOpen()) return;
  await summary.click();
  await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>("header details.site-menu")?.open === true, null, { timeout: 15_000 });
}

/**
 * A new page of `context` signed in as `userId`: the session cookie the test app issues for that user,
 * set on the context (its other cookies cleared first, so one context can change user between steps).
 */
export async function signInPage(context: BrowserContext, app: { clientFor(userId: number): Promise<{ cookie: string }>; url: string }, userId: number): Promise<Page> {
  await context.clearCookies();
  const cookie = (await app.clientFor(userId)).cookie;
  const eq = cookie.indexOf("=");
  await context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: app.url }]);
  return context.newPage();
}
