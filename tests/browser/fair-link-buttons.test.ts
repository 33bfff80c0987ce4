import { expect, it } from "vitest";
import { useFairWorld } from "../fairs/registration/world";
import { gotoHydrated, launchBrowser } from "../support/browser";
import { fromBeforeAll } from "../support/test-database";

// Links drawn as buttons (className "button-primary": 举办招聘会, 我的入场码, 管理招聘会, 我的展位 …) on a
// 390 px touch phone: a thumb-sized target (44 px, the guide's rule) filled in the brand colour, not a
// bare underlined link of one line's height. The stylesheet styled <button> and a.button-secondary but
// not a.button-primary, so every primary link fell back to an ordinary link.

const f = useFairWorld();
const { w } = f;
const phone = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const SLOW = { timeout: 15_000 };

async function signIn(cookie: string) {
  const eq = cookie.indexOf("=");
  await phone.context.clearCookies();
  await phone.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: w.app.url }]);
}

async function expectButtonLike(page: import("playwright-core").Page, name: string) {
  const link = page.getByRole("link", { name, exact: true });
  await link.waitFor(SLOW);
  const box = (await link.boundingBox())!;
  expect(box.height, `${name} height`).toBeGreaterThanOrEqual(44);
  expect(box.x + box.width, `${name} right edge`).toBeLessThanOrEqual(390);
  const style = await link.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, underline: getComputedStyle(el).textDecorationLine }));
  expect(style.background, `${name} background`).not.toBe("rgba(0, 0, 0, 0)");
  expect(style.underline, `${name} underline`).toBe("none");
}

it("a registered student's 我的入场码 is a thumb-sized button on the fair's page", async () => {
  const fair = await f.fair({ title: "青城秋季双选会" });
  const s = await w.student();
  await w.make.fairRegistration({ fairId: fair.id, studentId: s.student.id });
  await signIn(s.client.cookie);
  const page = await phone.context.newPage();
  await gotoHydrated(page, `${w.app.url}/fairs/${fair.id}`);
  await expectButtonLike(page, "我的入场码");
  await page.close();
});

it("the school office's 举办招聘会 and 管理招聘会 are thumb-sized buttons", async () => {
  const office = await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id });
  const client = await w.clientFor(office.id);
  const fair = await f.fair({ title: "青城冬季双选会" });
  await signIn(client.cookie);
  const page = await phone.context.newPage();
  await gotoHydrated(page, `${w.app.url}/fairs`);
  await expectButtonLike(page, "举办招聘会");
  await gotoHydrated(page, `${w.app.url}/fairs/${fair.id}`);
  await expectButtonLike(page, "管理招聘会");
  await page.close();
});
