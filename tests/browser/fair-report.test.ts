import { describe, expect, it } from "vitest";
import { gotoHydrated, pageWatchingCsp, useBrowser } from "../support/browser";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";
import { EXPECTED, makeReportWorld } from "../fairs/report/world";

// The fair report on a phone (390×844) in Chromium: the organiser's office opens it, the ECharts
// charts are drawn in the browser (under the page's CSP), the tables are cards that fit the screen,
// and a number opens the records behind it.

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };
const cast = fromBeforeAll("the cast", async () => {
  const w = await makeReportWorld(t);
  const office = await t.make.user({ role: "SCHOOL_STAFF", organisationId: w.schoolA.id });
  return { w, office };
});

describe("the fair report on a phone", () => {
  it("draws both charts, fits the screen, and a number opens its records", async () => {
    await browser.context.clearCookies();
    const cookie = (await t.clientFor(cast.office.id)).cookie;
    const eq = cookie.indexOf("=");
    await browser.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: t.url }]);
    const { page, cspViolations } = await pageWatchingCsp(browser.context);
    await gotoHydrated(page, `${t.url}/fairs/${cast.w.fair.id}/report`);
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await page.getByRole("heading", { name: "招聘会报告" }).waitFor();
    await page.locator('[data-chart="schools"][data-drawn="yes"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-chart="funnel"][data-drawn="yes"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-chart="schools"] canvas').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(cspViolations).toEqual([]);

    const href = await page.getByRole("link", { name: `报名学生：${EXPECTED.studentsRegistered}，查看记录` }).first().getAttribute("href");
    await gotoHydrated(page, `${t.url}${href}`);
    await page.getByRole("heading", { name: "报名学生" }).waitFor();
    await expect.poll(() => page.locator("[data-testid=figure-value]").textContent(), SLOW).toBe(String(EXPECTED.studentsRegistered));
    expect(await page.locator("tr[data-row-id]").count()).toBe(EXPECTED.studentsRegistered);
  });
});
