import { beforeAll, expect, it } from "vitest";
import { gotoHydrated, useBrowser } from "../support/browser";
import { TEST_PASSWORD } from "../support/factories";
import { useTestApp } from "../support/test-app";

// Issue 8, item 8 in Chromium: `/login?redirectTo=/%09/evil.example/phish` took the user to
// evil.example after signing in, because Chromium drops the tab from `/\t/evil.example/phish` and
// reads `//evil.example/phish`. After the fix the user lands on this site's home page.

const t = useTestApp();
const browser = useBrowser();
let username: string;

beforeAll(async () => {
  const school = await t.make.school();
  username = (await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id })).username;
});

it("signing in from /login?redirectTo=/%09/evil.example/phish stays on this site", async () => {
  const page = await browser.context.newPage();
  const visited: string[] = [];
  page.on("request", (request) => visited.push(request.url()));
  await gotoHydrated(page, `${t.url}/login?redirectTo=/%09/evil.example/phish`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(TEST_PASSWORD);
  await page.getByLabel("密码").press("Enter");
  await expect.poll(() => page.url(), { timeout: 15_000 }).toBe(`${t.url}/`);
  expect(visited.filter((url) => new URL(url).hostname.endsWith("evil.example"))).toEqual([]);
  await page.close();
});

it("the same with JavaScript off (a plain form post and a 302)", async () => {
  const context = await browser.context.browser()?.newContext({ javaScriptEnabled: false });
  const page = await (context ?? browser.context).newPage();
  if (!context) await page.route("**/*.js", (route) => route.abort());
  const visited: string[] = [];
  page.on("request", (request) => visited.push(request.url()));
  await page.goto(`${t.url}/login?redirectTo=/%09/evil.example/phish`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(TEST_PASSWORD);
  await page.getByLabel("密码").press("Enter");
  await page.waitForLoadState("load");
  await expect.poll(() => page.url(), { timeout: 15_000 }).toBe(`${t.url}/`);
  expect(visited.filter((url) => new URL(url).hostname.endsWith("evil.example"))).toEqual([]);
  await page.close();
  await context?.close();
});
