import { beforeAll, describe, expect, it } from "vitest";
import { ROLE_LABEL } from "~/lib/labels";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { seed } from "../../prisma/seed/seed";
import { openSiteMenu, pageWatchingCsp, useBrowser, waitForHydration } from "../support/browser";
import { useTestApp } from "../support/test-app";

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };

beforeAll(async () => {
  await seed(t.db.prisma);
});

describe("demo accounts in a real browser (phone-sized)", () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a] as const))("%s signs in and sees their home page", async (_name, account) => {
    const { page, cspViolations } = await pageWatchingCsp(browser.context);
    await page.goto(`${t.url}/`);
    await page.waitForURL(/\/login/, { waitUntil: "commit" });

    // Client-side validation only works if the hydrated scripts ran under the CSP nonce. Wait for them:
    // a press before hydration posts natively (a full page load) or is stopped by the browser's own bubble.
    await waitForHydration(page);
    await page.getByRole("button", { name: "登录" }).click();
    await expect.poll(() => page.getByText("请输入用户名").count(), SLOW).toBeGreaterThan(0);

    await page.getByLabel("用户名").fill(account.username);
    await page.getByLabel("密码").fill(account.password);
    // Enter, not a click: the error lines vanish on blur and the button moves under a pending click.
    await page.getByLabel("密码").press("Enter");
    // Remix navigates on the client after sign-in, so poll the URL rather than wait for a load event.
    await expect.poll(() => page.url(), { timeout: 15_000 }).toBe(`${t.url}/`);

    const header = page.locator("header.site-header");
    await expect.poll(() => header.textContent(), SLOW).toContain(ROLE_LABEL[account.role]);
    expect(await header.textContent()).toContain(account.organisation);
    expect(await page.locator("main h1").first().textContent()).toBeTruthy();
    expect(cspViolations).toEqual([]);

    await openSiteMenu(page); // on a phone the header's links are behind its 菜单 button
    await page.getByRole("button", { name: "退出" }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain("/login");
    await page.close();
  });
});
