import { beforeAll, describe, expect, it } from "vitest";
import { gotoHydrated, pageWatchingCsp, useBrowser } from "../support/browser";
import { dayFromToday } from "../support/dates";
import { useTestApp } from "../support/test-app";

// The position pages with JavaScript on a phone-sized screen: the form validates in the browser
// with the same Chinese messages as the server, and the search box suggests titles as you type.

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };
let programName: string;

beforeAll(async () => {
  programName = (await t.make.program()).name;
});

/** A page signed in as userId, watching for CSP violations (scripts must run under the nonce). */
async function pageAs(userId: number) {
  const cookie = (await t.clientFor(userId)).cookie;
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  await browser.context.addCookies([{ name, value, url: t.url }]);
  return pageWatchingCsp(browser.context);
}

describe("positions in a real browser (phone-sized)", () => {
  it("enterprise staff create and publish a position; a student finds it through a suggestion", async () => {
    const enterprise = await t.make.enterprise();
    const staff = await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id });
    const { page, cspViolations } = await pageAs(staff.id);
    await gotoHydrated(page, `${t.url}/enterprise/positions/new`);

    await page.getByLabel("岗位名称").fill("西式面点实习生");
    await page.getByLabel("岗位类型").selectOption("INTERNSHIP");
    await page.getByLabel("岗位描述").fill("制作面包、蛋糕与西点。");
    await page.getByRole("group", { name: "面向专业（可多选，可不选）" }).getByRole("checkbox", { name: programName, exact: true }).check();
    await page.getByLabel("招收人数").fill("2");
    await page.getByLabel("时长（月）").fill("12");
    await page.getByLabel("最低年龄（周岁，可选）").fill("15");
    await page.getByRole("button", { name: "保存草稿" }).click();
    // Refused in the browser, before any request, with the server's messages.
    await expect.poll(() => page.getByText("岗位实习时长须在 1–6 个月之间").count(), SLOW).toBeGreaterThan(0);
    expect(await page.getByText("最低年龄不能低于 16 周岁").count()).toBeGreaterThan(0);
    expect(await t.db.prisma.position.count()).toBe(0);

    await page.getByLabel("时长（月）").fill("6");
    await page.getByLabel("最低年龄（周岁，可选）").fill("16");
    await page.getByLabel("报名截止日期（可选）").fill(dayFromToday(20));
    await page.getByRole("button", { name: "保存草稿" }).click();
    await page.waitForURL(/\/enterprise\/positions\/\d+\/edit\?done=create/);
    await page.getByRole("button", { name: "发布岗位" }).click();
    await expect.poll(() => page.getByText("岗位已发布").count(), SLOW).toBeGreaterThan(0);
    expect(await t.db.prisma.position.findFirst({ select: { status: true } })).toEqual({ status: "PUBLISHED" });
    expect(cspViolations).toEqual([]);
    await page.close();

    const school = await t.make.school();
    const student = await t.make.student({ schoolId: school.id, account: true });
    const search = await pageAs(student.user.id);
    await gotoHydrated(search.page, `${t.url}/positions`);
    await search.page.getByLabel("关键词").pressSequentially("西式");
    await expect
      .poll(() => search.page.locator('#position-suggestions option[value="西式面点实习生"]').count(), SLOW)
      .toBe(1);
    await search.page.getByRole("button", { name: "搜索", exact: true }).click();
    await search.page.waitForURL(/q=/);
    await search.page.getByRole("link", { name: "西式面点实习生" }).click();
    await expect.poll(() => search.page.getByRole("button", { name: "申请该岗位" }).count(), SLOW).toBe(1);
    expect(search.cspViolations).toEqual([]);
    await search.page.close();
  });
});
