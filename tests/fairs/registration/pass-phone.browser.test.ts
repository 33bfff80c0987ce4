import { expect, it } from "vitest";
import { gotoHydrated, launchBrowser } from "../../support/browser";
import { fromBeforeAll } from "../../support/test-database";
import { useFairWorld } from "./world";

// The student's side in Chromium on a touch phone (390×844): 我的招聘会 lists the registration, 入场码
// opens the pass with a large QR code and the code as text. (Registering from the fair's page is the
// fairs part's page rendering RegistrationControls; its flow test belongs with that page.)

const f = useFairWorld();
const { w } = f;
const phone = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const SLOW = { timeout: 15_000 };

it("a registered student opens 我的招聘会, then 入场码, and sees the QR code large and the code", async () => {
  const fair = await f.fair({ title: "青城春季双选会" });
  const s = await w.student();
  await w.make.fairRegistration({ fairId: fair.id, studentId: s.student.id });
  const cookie = s.client.cookie;
  const eq = cookie.indexOf("=");
  await phone.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: w.app.url }]);
  const page = await phone.context.newPage();

  await gotoHydrated(page, `${w.app.url}/fairs/mine`);
  expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
  await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), SLOW).toBe("我的招聘会");
  const row = page.locator(`tr[data-row-id]`, { hasText: "青城春季双选会" });
  await row.getByRole("link", { name: "入场码" }).click();
  await page.waitForURL(new RegExp(`/fairs/${fair.id}/pass$`), SLOW);
  const qr = page.getByRole("img", { name: "入场二维码" });
  await qr.waitFor(SLOW);
  const box = await qr.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(300); // most of a 390 px screen: a scanner reads it at arm's length
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  const code = page.locator(".fair-pass-code");
  expect(await code.innerText()).toMatch(new RegExp(`^F${fair.id}-R\\d+-[0-9A-Z]{5} [0-9A-Z]{5}$`));
  await expect.poll(() => page.getByText(s.student.name).count(), SLOW).toBeGreaterThan(0);
  expect(await page.getByRole("button", { name: "打印" }).isVisible()).toBe(true);
  // The pass's own styles apply: black on white, the code in a monospace face a person can copy.
  expect(await code.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/monospace/);
  expect(await page.locator(".fair-pass").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 255, 255)");
  // On paper only the pass: the page's header and the print button are not printed.
  await page.emulateMedia({ media: "print" });
  expect(await page.locator("header").first().evaluate((el) => getComputedStyle(el).visibility)).toBe("hidden");
  expect(await page.getByRole("button", { name: "打印" }).isVisible()).toBe(false);
  expect(await code.isVisible()).toBe(true);
  await page.close();
});
