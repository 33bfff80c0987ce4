import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PDF, usePlacementWorld } from "../placements/world";
import { gotoHydrated, launchBrowser, openSiteMenu, waitForHydration } from "../support/browser";
import { fromBeforeAll } from "../support/test-database";

// Issue 11, item 8, in Chromium on a touch phone (390×844): a school office arranges a 岗位实习 from
// the header menu; a placement that breaks a rule (overtime) is refused at 启用 with the rule's
// message and article; with the rule kept it activates.

const w = usePlacementWorld();
const phone = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const SLOW = { timeout: 20_000 };

async function signIn(userId: number): Promise<Page> {
  await phone.context.clearCookies();
  const cookie = (await w.clientFor(userId)).cookie;
  const eq = cookie.indexOf("=");
  await phone.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: w.url }]);
  const page = await phone.context.newPage();
  page.on("dialog", (d) => void d.dismiss());
  return page;
}

describe("arranging a placement on a phone", () => {
  it("a placement with overtime is refused with its rule; without it, it activates", async () => {
    const page = await signIn(w.users.office.id);
    await gotoHydrated(page, `${w.url}/`);
    await openSiteMenu(page);
    await page.getByRole("link", { name: "岗位实习" }).click();
    await page.waitForURL(/\/placements$/, SLOW);
    await waitForHydration(page);
    await page.getByRole("link", { name: "安排岗位实习" }).click();
    await page.waitForURL(/\/placements\/new$/, SLOW);
    await waitForHydration(page);

    await page.getByLabel("学生", { exact: true }).selectOption(String(w.student.id));
    await page.getByLabel("实习单位（已核验）").selectOption(String(w.host.id));
    await page.getByLabel("学校指导教师").selectOption(String(w.supervisor.id));
    await page.getByLabel("实习岗位（企业登记的岗位）").selectOption(String(w.post.id));
    await page.getByLabel("岗位经营类别").selectOption("MANUFACTURING");
    await page.getByLabel("开始日期").fill("2027-03-01");
    await page.getByLabel("结束日期").fill("2027-08-31");
    await page.getByLabel("每日实习时长（小时）").fill("8");
    await page.getByLabel("每周实习时长（小时）").fill("40");
    await page.getByLabel("安排加班").check();
    await page.getByLabel("实习报酬（元/月）").fill("3200");
    await page.getByLabel("本单位相同岗位工资（元/月）").fill("4000");
    await page.getByLabel("实习责任保险保单号").fill("PICC-PHONE-1");
    await page.getByLabel("保险起始日期").fill("2027-03-01");
    await page.getByLabel("保险截止日期").fill("2027-08-31");
    await page.getByLabel("三方协议签订日期").fill("2027-02-20");
    await page.getByLabel("三方协议（PDF/图片）").setInputFiles({ name: "三方协议.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/placements\/\d+\?notice=saved/, SLOW);
    const id = Number(/\/placements\/(\d+)/.exec(page.url())![1]);
    expect(await w.db.prisma.internshipPlacement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PLANNED", overtime: true });

    await page.getByRole("button", { name: "启用" }).click();
    const refusal = page.locator(".placement-refusals");
    await refusal.waitFor(SLOW);
    expect(await refusal.innerText()).toContain("不得安排学生加班（教职成〔2021〕4号第十七条）");
    expect(await refusal.innerText()).toContain("安排加班");
    expect((await w.db.prisma.internshipPlacement.findUniqueOrThrow({ where: { id } })).status).toBe("PLANNED");
    // No horizontal scrolling on the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await page.getByRole("link", { name: "修改实习信息与材料" }).click();
    await page.waitForURL(/\/edit$/, SLOW);
    await waitForHydration(page);
    await page.getByLabel("安排加班").uncheck();
    await page.getByRole("button", { name: "保存修改" }).click();
    await page.waitForURL(/\/placements\/\d+\?notice=saved/, SLOW);
    await waitForHydration(page);
    await page.getByRole("button", { name: "启用" }).click();
    await page.waitForURL(/notice=activated/, SLOW);
    // The URL changes as the navigation commits; the old 已保存 notice may still be on the page a moment.
    await page.locator(".notice", { hasText: "岗位实习已启用" }).waitFor(SLOW);
    expect((await w.db.prisma.internshipPlacement.findUniqueOrThrow({ where: { id } })).status).toBe("ACTIVE");
  }, 120_000);
});
