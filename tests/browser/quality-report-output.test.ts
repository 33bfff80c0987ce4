import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { gotoHydrated, pageWatchingCsp, useBrowser } from "../support/browser";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";
import { makeReportWorld } from "../quality-report/world";

// The quality report in Chromium on a phone (390×844), over the report world of tests/quality-report/world.ts
// for the 2025届. Figures typed from that world's meaning (definitions.test.ts counts them): school A has 10
// graduates, 8 placed (待就业 and no destination are not), 3 in 升学, 2 to 本科, 5 of the 8 in 内蒙古; school B
// adds one graduate employed in 呼和浩特, so the city has 11 graduates, 9 placed, 6 of them in 内蒙古 (66.67%).

const YEAR = 2025;
const t = useTestApp();
const browser = useBrowser();
const cast = fromBeforeAll("the cast", async () => {
  const w = await makeReportWorld(t.db, t.make, YEAR);
  const bureau = await t.make.user({ role: "BUREAU_ADMIN", organisationId: (await t.make.bureau()).id });
  const officeA = await t.make.user({ role: "SCHOOL_STAFF", organisationId: w.schoolA.id });
  return { w, bureau, officeA };
});

async function signIn(userId: number) {
  await browser.context.clearCookies();
  const cookie = (await t.clientFor(userId)).cookie;
  const eq = cookie.indexOf("=");
  await browser.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: t.url }]);
}

const noPageScroll = (page: import("playwright-core").Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe("the quality report on a phone", () => {
  it("the bureau opens the city report: every table, the charts drawn, no sideways page scroll; the workbook downloads", async () => {
    await signIn(cast.bureau.id);
    const { page, cspViolations } = await pageWatchingCsp(browser.context);
    await gotoHydrated(page, `${t.url}/reports/${YEAR}`);
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    for (const title of ["附表1：人才培养质量计分卡", "附表3：服务贡献表", "附表4：教学资源表", "附表6：落实政策表", "表5：中职学校对接六大产业集群情况", "产教融合：平台记录的校企合作与育人", "毕业去向"]) {
      await page.getByRole("heading", { name: title, exact: true }).waitFor();
    }
    const row = (figure: string) => page.locator(`tr[data-figure="${figure}"] [data-figure-value]`);
    expect(await row("附表1.1").textContent()).toBe("11");
    expect(await row("附表1.2").textContent()).toBe("9");
    expect(await row("附表1.5").textContent()).toBe("66.67");
    await page.locator('[data-chart="clusters"][data-drawn="yes"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-chart="destinations"][data-drawn="yes"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-chart="clusters"] canvas').count()).toBeGreaterThan(0);
    expect(await noPageScroll(page)).toBeLessThanOrEqual(390);
    // A wide table scrolls in its own box, not the page.
    const box = page.locator('[data-table="附表1"] .table-wrap');
    expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");
    expect(cspViolations).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-file="xlsx"]').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.getWorksheet("附表1")!;
    expect(sheet.getCell("A1").value).toBe("附表1：人才培养质量计分卡");
    expect((sheet.getRow(2).values as unknown[]).slice(1, 5)).toEqual(["序号", "指标", "单位", "值"]);
    expect((sheet.getRow(3).values as unknown[]).slice(1, 5)).toEqual([1, "毕业生人数", "人", 11]);
    expect((sheet.getRow(4).values as unknown[]).slice(1, 5)).toEqual([2, "毕业去向落实人数", "人", 9]);
    expect((sheet.getRow(7).values as unknown[]).slice(1, 5)).toEqual([5, "毕业生本省去向落实率", "%", 66.67]);
    expect(sheet.getCell("D7").numFmt).toBe("0.00");
    const t3 = book.getWorksheet("附表3")!;
    expect((t3.getRow(4).values as unknown[]).slice(1, 5)).toEqual(["A", "其中：A类：留在当地就业", "人", 2]);
    expect(book.getWorksheet("说明")!.getCell("B4").value).toBe("呼和浩特市（全市）");
    await page.close();
  });

  it("printed: no navigation, no download links, the title with year and scope", async () => {
    await signIn(cast.bureau.id);
    const page = await browser.context.newPage();
    await gotoHydrated(page, `${t.url}/reports/${YEAR}`);
    await page.locator(".quality-report h1").waitFor();
    expect(await page.locator("header.site-header").isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.site-header").isVisible()).toBe(false);
    expect(await page.locator(".quality-report .report-files").isVisible()).toBe(false);
    expect(await page.locator(".quality-report h1").textContent()).toBe(`呼和浩特市 中等职业教育质量年度报告（${YEAR}年度）`);
    expect(await page.locator('[data-table="附表1"] table').evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
    await page.close();
  });

  it("a school's office opens its own school's report, and is refused another school's (404)", async () => {
    await signIn(cast.officeA.id);
    const page = await browser.context.newPage();
    await gotoHydrated(page, `${t.url}/reports/${YEAR}/${cast.w.schoolA.id}`);
    await page.getByRole("heading", { name: "附表1：人才培养质量计分卡", exact: true }).waitFor();
    expect(await page.locator('tr[data-figure="附表1.1"] [data-figure-value]').textContent()).toBe("10");
    expect(await page.locator('tr[data-figure="附表1.5"] [data-figure-value]').textContent()).toBe("62.50");
    expect(await page.locator(".quality-report h1").textContent()).toContain("示例·甲职业学校");
    expect(await page.locator('a[data-file="xlsx"]').getAttribute("href")).toBe(`/reports/${YEAR}/${cast.w.schoolA.id}.xlsx`);
    expect(await noPageScroll(page)).toBeLessThanOrEqual(390);

    const other = await page.goto(`${t.url}/reports/${YEAR}/${cast.w.schoolB.id}`);
    expect(other!.status()).toBe(404);
    expect(await page.content()).not.toContain("示例·乙职业学校");
    const workbook = await page.request.get(`${t.url}/reports/${YEAR}/${cast.w.schoolB.id}.xlsx`);
    expect(workbook.status()).toBe(404);
    await page.close();
  });
});
