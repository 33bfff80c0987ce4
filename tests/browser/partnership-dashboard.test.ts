import { describe, expect, it } from "vitest";
import { gotoHydrated, openSiteMenu, pageWatchingCsp, useBrowser, waitForHydration } from "../support/browser";
import { dayFromToday } from "../support/dates";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// The bureau's partnership dashboard on a phone (390×844) in Chromium: the bureau opens it from the
// site menu, the ECharts charts are drawn (under the page's CSP), the page fits the screen, and the
// number of agreements expiring within 90 days opens exactly the records behind it.

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };
const cast = fromBeforeAll("the cast", async () => {
  const m = t.make;
  const school = await m.school();
  const e1 = await m.enterprise();
  const e2 = await m.enterprise();
  const expiring = await m.agreement({ schoolId: school.id, enterpriseId: e1.id, title: "即将到期的合作协议", startsOn: dayFromToday(-100), endsOn: dayFromToday(20) });
  await m.agreement({ schoolId: school.id, enterpriseId: e2.id, title: "长期合作协议", startsOn: dayFromToday(-100) });
  const bureau = await m.user({ role: "BUREAU_ADMIN", organisationId: (await m.bureau()).id });
  return { bureau, expiring };
});

describe("the partnership dashboard on a phone", () => {
  it("the bureau opens it from the menu, sees the charts, and follows a number to its records", async () => {
    await browser.context.clearCookies();
    const cookie = (await t.clientFor(cast.bureau.id)).cookie;
    const eq = cookie.indexOf("=");
    await browser.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: t.url }]);
    const { page, cspViolations } = await pageWatchingCsp(browser.context);
    await gotoHydrated(page, `${t.url}/`);
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await openSiteMenu(page);
    await page.getByRole("link", { name: "合作概览" }).first().click();
    await page.getByRole("heading", { name: "全市校企合作概览" }).waitFor();
    await waitForHydration(page);
    for (const chart of ["kinds", "states", "clusters", "districts"]) {
      await page.locator(`[data-chart="${chart}"][data-drawn="yes"]`).waitFor({ timeout: 30_000 });
    }
    expect(await page.locator('[data-chart="kinds"] canvas').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole("link", { name: "90天内到期的协议：1，查看记录" }).click();
    await page.getByRole("heading", { name: "90天内到期的协议" }).waitFor();
    await expect.poll(() => page.locator("[data-testid=figure-value]").textContent(), SLOW).toBe("1");
    expect(page.url()).toContain("/bureau/partnerships/records?figure=expiring");
    const rows = page.locator("tr[data-row-id]");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute("data-row-id")).toBe(String(cast.expiring.id));
    await page.getByRole("link", { name: "即将到期的合作协议" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(cspViolations).toEqual([]);
  });
});
