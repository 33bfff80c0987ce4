import { expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { gotoHydrated, launchBrowser, waitForHydration } from "../support/browser";
import { fromBeforeAll } from "../support/test-database";

// Issue 12 item 2 in Chromium on a touch phone (390×844): a verified enterprise asks for a booth with
// one of its positions; the organiser's office approves it leaving the choice to the enterprise; the
// enterprise taps a free booth on the map and sees its label; a taken booth is not offered.

const w = useApplicationWorld();
const phone = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const SLOW = { timeout: 15_000 };

async function signInAs(userId: number) {
  const cookie = (await w.clientFor(userId)).cookie;
  const eq = cookie.indexOf("=");
  await phone.context.clearCookies();
  await phone.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: w.app.url }]);
}

it("an enterprise asks, the organiser approves, the enterprise picks its booth on the map", async () => {
  const fair = await w.make.jobFair({ organiserId: w.school.id, boothCount: 12, boothsPerRow: 4, title: "携手名企 职引未来" });
  await w.make.fairBooth({ fairId: fair.id, approved: true, boothNo: 2 }); // A02 is taken
  await w.make.position({ enterpriseId: w.enterprise.id, title: "前厅接待", headcount: 6 });
  const office = await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id });
  const page = await phone.context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await signInAs(w.staffUser.id);
  await gotoHydrated(page, `${w.app.url}/fairs/${fair.id}/booth`);
  expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
  await page.getByLabel(/参会人数/).fill("3");
  await page.getByLabel(/前厅接待/).check();
  await page.getByRole("button", { name: "提交申请" }).tap();
  await expect.poll(() => page.getByRole("status").allInnerTexts(), SLOW).toContainEqual(expect.stringContaining("已提交展位申请"));
  expect(await page.getByText("待审核", { exact: true }).count()).toBeGreaterThan(0);

  await signInAs(office.id);
  await gotoHydrated(page, `${w.app.url}/fairs/${fair.id}/booths?status=REQUESTED`);
  await expect.poll(() => page.getByText(w.enterprise.name).count(), SLOW).toBeGreaterThan(0);
  await page.getByRole("button", { name: "通过", exact: true }).tap();
  await expect.poll(() => page.getByRole("status").allInnerTexts(), SLOW).toContainEqual("已通过，由企业在展位图上选择展位");

  await signInAs(w.staffUser.id);
  await gotoHydrated(page, `${w.app.url}/fairs/${fair.id}/booth`);
  await expect.poll(() => page.getByRole("button", { name: "选择展位 A03" }).count(), SLOW).toBe(1);
  expect(await page.getByRole("button", { name: "选择展位 A02" }).count()).toBe(0); // taken
  await page.getByRole("button", { name: "选择展位 A03" }).tap();
  await page.waitForURL(/\/booth\?done=/, SLOW);
  await waitForHydration(page);
  await expect.poll(() => page.getByTestId("own-booth").innerText(), SLOW).toContain("A03");
  const booth = await w.db.prisma.fairBooth.findUniqueOrThrow({ where: { fairId_enterpriseId: { fairId: fair.id, enterpriseId: w.enterprise.id } } });
  expect(booth).toMatchObject({ status: "APPROVED", boothNo: 3, representatives: 3 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(dialogs).toEqual([]);
});
