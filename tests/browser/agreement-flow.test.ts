import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gotoHydrated, openSiteMenu, useBrowser, waitForHydration } from "../support/browser";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";
import { PDF_BYTES } from "../agreements/world";

// Issue 11, item 8's first step in Chromium on a phone (390×844): a school proposes an agreement with
// its signed PDF through the header menu and the form, the enterprise confirms it on its own phone,
// and both sides then read 生效 on the agreement's page and in their lists.

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };
const cast = fromBeforeAll("the cast", async () => {
  const school = await t.make.school({ name: "呼和浩特市第一职业中等专业学校（测试）" });
  const enterprise = await t.make.enterprise({ name: "西贝餐饮（测试）有限公司" });
  const program = await t.make.program({ name: "中餐烹饪（协议测试）" });
  const schoolUser = await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id });
  const enterpriseUser = await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id });
  return { school, enterprise, program, schoolUser, enterpriseUser };
});

async function signIn(context: BrowserContext, userId: number): Promise<{ page: Page; dialogs: string[] }> {
  await context.clearCookies();
  const cookie = (await t.clientFor(userId)).cookie;
  const eq = cookie.indexOf("=");
  await context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: t.url }]);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}

/** Waits for a client-side navigation to reach a path (waitForURL waits for a load event that never comes). */
async function waitForPath(page: Page, pattern: RegExp) {
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toMatch(pattern);
}

const badge = (page: Page) => page.locator("main .status-badge").first();

describe("a school proposes, the enterprise confirms, on phones", () => {
  it("propose with a PDF → confirm → 生效 on both sides", async () => {
    const school = await signIn(browser.context, cast.schoolUser.id);
    const page = school.page;
    await gotoHydrated(page, `${t.url}/`);
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await openSiteMenu(page);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "合作协议", exact: true }).click();
    await waitForPath(page, /\/agreements$/);
    await page.getByRole("link", { name: "提出合作协议" }).click();
    await waitForPath(page, /\/agreements\/new$/);
    await waitForHydration(page);

    await page.getByLabel("协议类型").selectOption({ label: "订单班" });
    await page.getByLabel("协议名称").fill("西贝喜悦班订单培养协议");
    await page.getByLabel("合作企业（已核验）").selectOption({ label: cast.enterprise.name });
    await page.getByLabel(cast.program.name).check();
    await page.getByLabel("开始日期").fill("2026-09-01");
    await page.getByLabel("结束日期").fill("2029-07-31");
    await page.getByLabel(/签署的协议文本/).setInputFiles({ name: "西贝喜悦班协议.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF_BYTES) });
    await page.getByRole("button", { name: "提交协议" }).click();
    await waitForPath(page, /\/agreements\/\d+$/);
    await expect.poll(() => badge(page).innerText(), SLOW).toBe("待确认");
    expect(await page.getByRole("link", { name: /西贝喜悦班协议\.pdf/ }).count()).toBe(1);
    const id = Number(/\/agreements\/(\d+)$/.exec(page.url())![1]);
    const stored = await t.db.prisma.partnershipAgreement.findUniqueOrThrow({ where: { id }, include: { programs: true, document: true } });
    expect(stored).toMatchObject({ status: "PROPOSED", kind: "ORDER_CLASS", schoolId: cast.school.id, enterpriseId: cast.enterprise.id });
    expect(stored.programs.map((p) => p.programId)).toEqual([cast.program.id]);
    expect(stored.document?.mediaType).toBe("application/pdf");

    const enterprise = await signIn(browser.context, cast.enterpriseUser.id);
    const ep = enterprise.page;
    await gotoHydrated(ep, `${t.url}/agreements`);
    await ep.locator(`[data-row-id="${id}"] a`).first().click();
    await waitForPath(ep, new RegExp(`/agreements/${id}$`));
    await waitForHydration(ep);
    await ep.getByRole("button", { name: "确认协议" }).click();
    await expect.poll(() => badge(ep).innerText(), { timeout: 15_000 }).toBe("生效");
    expect(await ep.getByText("待确认 → 生效").count()).toBe(1);

    const again = await signIn(browser.context, cast.schoolUser.id);
    await gotoHydrated(again.page, `${t.url}/agreements`);
    expect((await again.page.locator(`[data-row-id="${id}"] [data-cell=status]`).innerText()).trim()).toBe("生效");
    await gotoHydrated(again.page, `${t.url}/agreements/${id}`);
    expect(await badge(again.page).innerText()).toBe("生效");
    // No horizontal scrolling on the phone.
    expect(await again.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect([...school.dialogs, ...enterprise.dialogs, ...again.dialogs]).toEqual([]);
    expect((await t.db.prisma.partnershipAgreement.findUniqueOrThrow({ where: { id } })).status).toBe("ACTIVE");
  });
});
