import { expect, it } from "vitest";
import { useFairWorld } from "../fairs/fairs/world";
import { gotoHydrated, launchBrowser, openSiteMenu, waitForHydration } from "../support/browser";
import { fromBeforeAll } from "../support/test-database";

// Issue 12 item 1 in Chromium on a touch phone (390×844): a school's office creates a fair from the
// menu's 招聘会, publishes it, and finds it in /fairs as 报名中.

const w = useFairWorld();
const phone = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const SLOW = { timeout: 15_000 };

it("a school's office creates a fair, publishes it and sees it in the list", async () => {
  const cookie = w.schoolStaff.client.cookie;
  const eq = cookie.indexOf("=");
  await phone.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: w.url }]);
  const page = await phone.context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await gotoHydrated(page, `${w.url}/`);
  expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
  await openSiteMenu(page);
  await page.getByRole("link", { name: "招聘会", exact: true }).click();
  await page.waitForURL(/\/fairs$/, SLOW);
  await page.getByRole("link", { name: "举办招聘会" }).click();
  await page.waitForURL(/\/fairs\/new$/, SLOW);
  await waitForHydration(page);

  await page.getByLabel("招聘会名称", { exact: true }).fill("2027 春季旅游类双选会");
  await page.getByLabel("地点（线下必填）").fill("学校体育馆");
  await page.getByLabel("开始时间", { exact: true }).fill("2027-03-10T09:00");
  await page.getByLabel("结束时间", { exact: true }).fill("2027-03-10T17:00");
  await page.getByLabel("企业报名开始", { exact: true }).fill("2027-02-01T08:00");
  await page.getByLabel("企业报名截止", { exact: true }).fill("2027-03-08T18:00");
  await page.getByLabel("学生报名开始", { exact: true }).fill("2027-02-15T08:00");
  await page.getByLabel("学生报名截止", { exact: true }).fill("2027-03-10T09:00");
  await page.getByLabel(/^展位数/).fill("30");
  // Its own school is ticked by default.
  expect(await page.getByLabel(w.school.name).isChecked()).toBe(true);
  await page.getByRole("button", { name: "保存草稿" }).click();

  await page.waitForURL(/\/fairs\/\d+$/, SLOW);
  await waitForHydration(page);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), SLOW).toBe("2027 春季旅游类双选会");
  expect(await page.getByText("草稿", { exact: true }).count()).toBeGreaterThan(0);
  expect(await page.getByText("2027-03-10 09:00—17:00").count()).toBe(1);
  expect(await page.locator(".booth").count()).toBe(30);

  await page.getByRole("link", { name: "管理招聘会" }).click();
  await page.waitForURL(/\/edit$/, SLOW);
  await waitForHydration(page);
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect.poll(() => page.getByText("状态：报名中").count(), SLOW).toBe(1);

  await gotoHydrated(page, `${w.url}/fairs?when=upcoming`);
  const row = page.getByRole("link", { name: "2027 春季旅游类双选会" });
  await expect.poll(() => row.count(), SLOW).toBeGreaterThan(0);
  expect(await page.getByText("报名中").count()).toBeGreaterThan(0);
  const fair = await w.db.prisma.jobFair.findFirstOrThrow({ where: { title: "2027 春季旅游类双选会" }, include: { schools: true } });
  expect(fair.status).toBe("OPEN");
  expect(fair.startsAt.toISOString()).toBe("2027-03-10T01:00:00.000Z");
  expect(fair.schools.map((s) => s.schoolId)).toEqual([w.school.id]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(dialogs).toEqual([]);
});
