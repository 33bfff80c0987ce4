import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { fromBeforeAll } from "../support/test-database";
import { gotoHydrated, launchBrowser, waitForHydration } from "../support/browser";
import { cohortOn, dayFromToday } from "../support/dates";

// Issue 9, item 2, in Chromium on a phone (390×844): the home page leads with what waits for this
// user. A graduating student with an offer (答复期限 set), an interview and an unread notice finds the
// to-do panel first in <main>, on screen without scrolling, names the offer and its reply-by date,
// and each count opens 我的申请 filtered to exactly those applications. Enterprise staff find the new
// applicants per position, linked to that position's applicants filtered to 已投递.

const w = useApplicationWorld();
const browser = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const SLOW = { timeout: 15_000 };
const REPLY_BY = dayFromToday(6);

let studentUserId: number;
let offerTitle: string;
let interviewTitle: string;
let submittedTitle: string;
/** The enterprise position with two applicants not yet viewed (已投递) and one already viewed. */
let busyPositionId: number;
let busyTitle: string;
let freshNames: string[];
let viewedName: string;

beforeAll(async () => {
  // Graduating: the cohort admitted two school years before this one (a three-year programme).
  const s = await w.student({ cohortYear: cohortOn(dayFromToday(0)) - 2 });
  studentUserId = s.user.id;
  const at = (title: string) => w.make.position({ enterpriseId: w.enterprise.id, title });
  const offer = await at("热菜厨师（录用）");
  const interview = await at("面点师（面试）");
  const submitted = await at("前台接待（已投递）");
  offerTitle = offer.title;
  interviewTitle = interview.title;
  submittedTitle = submitted.title;
  await w.make.application({
    studentId: s.student.id,
    positionId: offer.id,
    status: "OFFER",
    offerReplyBy: new Date(`${REPLY_BY}T00:00:00Z`),
  });
  await w.make.application({ studentId: s.student.id, positionId: interview.id, status: "INTERVIEW" });
  await w.make.application({ studentId: s.student.id, positionId: submitted.id, status: "SUBMITTED" });
  await w.make.notification({ userId: s.user.id, title: "面试时间已确定" });
  await w.make.notification({ userId: s.user.id, title: "已读的通知", readAt: new Date() });

  // The enterprise: one position with two applicants not yet viewed and one viewed; another with one new.
  const busy = await at("冷菜厨师");
  busyPositionId = busy.id;
  busyTitle = busy.title;
  freshNames = [];
  for (let i = 0; i < 2; i++) {
    const applicant = await w.student();
    freshNames.push(applicant.student.name);
    await w.make.application({ studentId: applicant.student.id, positionId: busy.id, status: "SUBMITTED" });
  }
  const viewed = await w.student();
  viewedName = viewed.student.name;
  await w.make.application({ studentId: viewed.student.id, positionId: busy.id, status: "VIEWED" });
});

async function signedInPage(userId: number): Promise<Page> {
  await browser.context.clearCookies();
  const cookie = (await w.clientFor(userId)).cookie;
  const eq = cookie.indexOf("=");
  await browser.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: w.app.url }]);
  return browser.context.newPage();
}

/** The titles of the application cards on 我的申请 (offer cards and list rows alike). */
const listedTitles = (page: Page) => page.locator("main [data-row-id] [data-cell~='title']").allInnerTexts();

describe("a graduating student's home on a phone", () => {
  it("leads with the to-do panel, on screen, naming the offer and its reply-by date", async () => {
    const page = await signedInPage(studentUserId);
    await gotoHydrated(page, `${w.app.url}/`);
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    // The first thing in <main> is the to-do panel.
    const first = page.locator("main > *").first();
    expect(await first.getAttribute("aria-label")).toBe("待办");
    expect(await first.evaluate((el) => el.classList.contains("todo"))).toBe(true);
    // Inside the viewport as the page opens, without scrolling.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);

    const panel = page.getByRole("region", { name: "待办" });
    const offer = panel.locator("[data-offer-id]");
    expect(await offer.count()).toBe(1);
    expect(await offer.innerText()).toContain(offerTitle);
    expect(await offer.innerText()).toContain(`请在 ${REPLY_BY} 前答复`);
    expect((await panel.locator("[data-todo=offers]").innerText()).replace(/\s+/g, "")).toBe("1份录用通知待你答复");
    expect((await panel.locator("[data-todo=interviews]").innerText()).replace(/\s+/g, "")).toBe("1个面试邀请");
    expect((await panel.locator("[data-todo=unread]").innerText()).replace(/\s+/g, "")).toBe("1条未读消息"); // the read one is not counted
    await page.close();
  }, 120_000);

  for (const [todo, status, label] of [
    ["offers", "OFFER", "拟录用"],
    ["interviews", "INTERVIEW", "面试"],
  ] as const) {
    it(`tapping the ${todo} count opens 我的申请 with only the ${status} application`, async () => {
      const page = await signedInPage(studentUserId);
      await gotoHydrated(page, `${w.app.url}/`);
      await page.locator(`[data-todo=${todo}] a`).tap();
      await expect.poll(() => { const u = new URL(page.url()); return `${u.pathname}${u.search}`; }, SLOW).toBe(`/applications?status=${status}`);
      await waitForHydration(page);
      expect(await page.locator("[data-filter=status]").innerText()).toContain(label);
      const expected = status === "OFFER" ? offerTitle : interviewTitle;
      await expect.poll(() => listedTitles(page), SLOW).toEqual([expected]);
      expect(await page.getByText(submittedTitle).count()).toBe(0);
      await page.close();
    }, 120_000);
  }
});

describe("enterprise staff's home on a phone", () => {
  it("shows the new applicants per position; the count opens that position's applicants filtered to 已投递", async () => {
    const page = await signedInPage(w.staffUser.id);
    await gotoHydrated(page, `${w.app.url}/`);
    const first = page.locator("main > *").first();
    expect(await first.getAttribute("aria-label")).toBe("待处理");
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);

    const line = page.locator(`[data-todo=new-${busyPositionId}]`);
    const text = (await line.innerText()).replace(/\s+/g, "");
    expect(text).toBe(`2位新申请人未查看·${busyTitle}`);
    // The student's own SUBMITTED application above is to another position of this enterprise: one more line.
    expect(await page.locator("[data-todo^=new-]").count()).toBe(2);

    await line.locator("a").tap();
    await expect.poll(() => { const u = new URL(page.url()); return `${u.pathname}${u.search}`; }, SLOW).toBe(
      `/enterprise/positions/${busyPositionId}/applicants?status=SUBMITTED`,
    );
    await waitForHydration(page);
    const rows = page.locator("main [data-row-id]");
    await expect.poll(() => rows.count(), SLOW).toBe(2);
    const names = (await rows.locator("[data-cell~='title']").allInnerTexts()).map((n) => n.trim()).sort();
    expect(names).toEqual([...freshNames].sort());
    expect(await page.getByText(viewedName).count()).toBe(0);
    for (const status of await rows.locator("[data-cell=status]").allInnerTexts()) expect(status.trim()).toBe("已投递");
    await page.close();
  }, 120_000);
});
