import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gotoHydrated, openSiteMenu, useBrowser, waitForHydration } from "../support/browser";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";
import { makeRetentionWorld } from "../retention/world";

// Issue 13 item 5 in Chromium on a phone (390×844): the bureau opens 留呼工程 from the header menu, sees
// the chart drawn and the month table, follows July 2024's number (2: 甲一, 甲二) to the people behind it.

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };
const cast = fromBeforeAll("the world", async () => {
  await makeRetentionWorld(t);
  const bureauOrg = await t.make.bureau();
  return { bureau: await t.make.user({ role: "BUREAU_ADMIN", organisationId: bureauOrg.id }) };
});

async function waitForPath(page: Page, pattern: RegExp) {
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search, { timeout: 15_000 }).toMatch(pattern);
}

describe("the bureau follows a month's number to the people", () => {
  it("/retention → 2024年7月新增 → the two people", async () => {
    const cookie = (await t.clientFor(cast.bureau.id)).cookie;
    const eq = cookie.indexOf("=");
    await browser.context.clearCookies();
    await browser.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: t.url }]);
    const page = await browser.context.newPage();
    await gotoHydrated(page, `${t.url}/`);
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await openSiteMenu(page);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "留呼工程", exact: true }).click();
    await waitForPath(page, /^\/retention$/);
    await waitForHydration(page);
    await expect.poll(() => page.getByTestId("retention-total").textContent(), { timeout: 15_000 }).toBe("6");
    await page.locator('[data-chart="trajectory"][data-drawn="yes"]').waitFor({ timeout: 30_000 });
    const july = page.getByRole("link", { name: "2024年7月新增：2人，查看名单" });
    await july.scrollIntoViewIfNeeded();
    await july.click();
    await waitForPath(page, /^\/retention\/people\?month=2024-07$/);
    await expect.poll(() => page.getByTestId("people-total").textContent(), { timeout: 15_000 }).toBe("2");
    const list = page.getByRole("table", { name: "留呼名单" });
    await expect.poll(() => list.locator("tbody tr").count(), SLOW).toBe(2);
    await expect.poll(() => list.textContent(), SLOW).toContain("甲一");
    expect(await list.textContent()).toContain("甲二");
    // No sideways scrolling on the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});
