import { expect, it } from "vitest";
import { gotoHydrated, launchBrowser, openSiteMenu, waitForHydration } from "../support/browser";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// Issue 13 item 4 in Chromium on a touch phone (390×844): an enterprise asks to join the consortium from
// the site menu, the bureau approves the request, and the enterprise then sees itself a member.

const t = useTestApp();
const phone = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const SLOW = { timeout: 15_000 };

it("an enterprise asks to join, the bureau approves, the enterprise sees itself a member", async () => {
  const consortium = await t.make.consortium({ name: "五万产业工人留呼工程测试共同体" });
  const bureauOrg = await t.make.bureau();
  await t.make.consortiumMember({ consortiumId: consortium.id, organisationId: bureauOrg.id, status: "APPROVED" });
  const enterprise = await t.make.enterprise({ name: "呼和浩特示例光伏材料有限公司" });
  const staff = await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id });
  const bureau = await t.make.user({ role: "BUREAU_ADMIN", organisationId: bureauOrg.id });
  const signInAs = async (userId: number) => {
    const cookie = (await t.clientFor(userId)).cookie;
    const eq = cookie.indexOf("=");
    await phone.context.clearCookies();
    await phone.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: t.app.url }]);
  };
  const page = await phone.context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  // The enterprise asks.
  await signInAs(staff.id);
  await gotoHydrated(page, `${t.app.url}/`);
  expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
  await openSiteMenu(page);
  await page.getByRole("link", { name: "产教共同体", exact: true }).click();
  await page.waitForURL(/\/consortium$/, SLOW);
  await page.getByRole("link", { name: "申请加入" }).click();
  await page.waitForURL(/\/consortium\/join$/, SLOW);
  await waitForHydration(page);
  await page.getByRole("button", { name: "申请加入" }).click();
  await expect.poll(() => page.getByRole("status").allInnerTexts(), SLOW).toContainEqual(expect.stringContaining("已提交入会申请"));
  expect(await page.locator("main").innerText()).toContain("待审核");

  // The bureau approves.
  await signInAs(bureau.id);
  await gotoHydrated(page, `${t.app.url}/consortium/join`);
  const row = page.locator("tr", { hasText: enterprise.name });
  await row.getByRole("button", { name: "通过", exact: true }).click();
  await expect.poll(() => page.getByRole("status").allInnerTexts(), SLOW).toContainEqual(expect.stringContaining("已通过"));
  expect(await page.locator("main").innerText()).toContain("没有待审核的申请");

  // The enterprise is a member: on the join page, and in the consortium's member list.
  await signInAs(staff.id);
  await gotoHydrated(page, `${t.app.url}/consortium/join`);
  await expect.poll(() => page.locator("main").innerText(), SLOW).toContain("成员");
  expect(await page.getByRole("button", { name: "退出共同体" }).isVisible()).toBe(true);
  await gotoHydrated(page, `${t.app.url}/consortium?type=ENTERPRISE`);
  await expect.poll(() => page.locator("table[aria-label='成员单位']").innerText(), SLOW).toContain(enterprise.name);
  expect(await page.getByTestId("type-ENTERPRISE").innerText()).toBe("1");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(dialogs).toEqual([]);
  const member = await t.db.prisma.consortiumMember.findUniqueOrThrow({ where: { consortiumId_organisationId: { consortiumId: consortium.id, organisationId: enterprise.id } } });
  expect(member.status).toBe("APPROVED");
});
