import { describe, expect, it } from "vitest";
import { gotoHydrated, pageWatchingCsp, useBrowser } from "../support/browser";
import { useTestApp } from "../support/test-app";
import { validCreditCode } from "./support";

// On a phone: an unverified enterprise may keep a draft but not publish it; the bureau finds it
// under 待核验, verifies it; the enterprise then publishes, and its home says 已核验.

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };

async function pageAs(userId: number) {
  const cookie = (await t.clientFor(userId)).cookie;
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  await browser.context.addCookies([{ name, value, url: t.url }]);
  return pageWatchingCsp(browser.context);
}

describe("verifying an enterprise on a phone", () => {
  it("refused to publish while 待核验; the bureau verifies; then it publishes", async () => {
    const enterprise = await t.make.enterprise({ name: "青城新绿餐饮有限公司", standing: "UNVERIFIED", creditCode: validCreditCode() });
    const staff = await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id });
    const draft = await t.make.position({ enterpriseId: enterprise.id, status: "DRAFT", title: "凉菜厨师" });

    const first = await pageAs(staff.id);
    await gotoHydrated(first.page, `${t.url}/`);
    await expect.poll(() => first.page.getByText("待核验").count(), SLOW).toBeGreaterThan(0);
    await gotoHydrated(first.page, `${t.url}/enterprise/positions/${draft.id}/edit`);
    await first.page.getByRole("button", { name: "发布岗位" }).click();
    await expect.poll(() => first.page.getByText("尚未通过市教育局核验，暂不能发布岗位").count(), SLOW).toBeGreaterThan(0);
    expect((await t.db.prisma.position.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    await first.page.close();

    const admin = await t.make.user({ role: "BUREAU_ADMIN", organisationId: (await t.make.bureau()).id });
    const bureau = await pageAs(admin.id);
    await gotoHydrated(bureau.page, `${t.url}/bureau/enterprises`);
    await bureau.page.getByLabel("资质状态").selectOption("UNVERIFIED");
    await bureau.page.getByRole("button", { name: "筛选" }).click();
    await bureau.page.waitForURL(/standing=UNVERIFIED/);
    await bureau.page.getByRole("link", { name: "青城新绿餐饮有限公司" }).click();
    await bureau.page.waitForURL(new RegExp(`/bureau/enterprises/${enterprise.id}$`));
    await bureau.page.getByRole("button", { name: "核验通过" }).click();
    // Verifying re-indexes the enterprise's positions before it answers: on a loaded machine that takes seconds.
    await expect.poll(() => bureau.page.locator(".standing-history li").count(), { timeout: 30_000 }).toBe(1);
    expect((await t.db.prisma.enterprise.findUniqueOrThrow({ where: { organisationId: enterprise.id } })).standing).toBe("VERIFIED");
    expect(bureau.cspViolations).toEqual([]);
    await bureau.page.close();

    const again = await pageAs(staff.id);
    await gotoHydrated(again.page, `${t.url}/enterprise/positions/${draft.id}/edit`);
    await again.page.getByRole("button", { name: "发布岗位" }).click();
    await expect.poll(() => again.page.getByText("岗位已发布").count(), SLOW).toBeGreaterThan(0);
    expect((await t.db.prisma.position.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("PUBLISHED");
    await gotoHydrated(again.page, `${t.url}/`);
    await expect.poll(() => again.page.getByText("已核验").count(), SLOW).toBeGreaterThan(0);
    expect(again.cspViolations).toEqual([]);
    await again.page.close();
  });
});
