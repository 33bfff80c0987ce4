import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/features/auth/session.server";
import { useApplicationWorld } from "../support/application-world";
import { openSiteMenu, useBrowser } from "../support/browser";
import { dayFromToday } from "../support/dates";

// Issue 9, items 1 and 9 (header), on a 390×844 phone: on every list page the first row's status and
// action are on screen (nothing cut off to the right, no sideways page scroll); statistics tables
// scroll in their own box with the first column kept in view; the header is one short line with a
// menu, and every link and button in it and in the first rows is a 44 px touch target.

const PHONE = { width: 390, height: 844 };
const TOUCH = 44; // px, the smallest comfortable touch target (WCAG 2.5.5, Apple HIG)
const HEADER_MAX = 64; // px, the header on a phone (it was 150–172 px)
const SLOW = { timeout: 15_000 };

const w = useApplicationWorld();
const browser = useBrowser();

type Who = "student" | "enterprise" | "school" | "bureau";
const users = {} as Record<Who, number>;
let positionId: number;

beforeAll(async () => {
  const { make } = w;
  const applicant = await w.student();
  users.student = applicant.user.id;
  users.enterprise = w.staffUser.id;
  users.school = (await make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id;
  users.bureau = (await make.user({ role: "BUREAU_ADMIN", organisationId: (await make.bureau()).id })).id;

  // A long title, a deadline and an offer: the widest row each list can get.
  const position = await make.position({
    enterpriseId: w.enterprise.id,
    title: "中式烹调师（热菜、冷菜、面点轮岗）学徒岗位",
    programIds: [w.program.id],
    deadline: dayFromToday(30),
    headcount: 12,
    indexed: true,
  });
  positionId = position.id;
  await make.position({ enterpriseId: w.enterprise.id, title: "西式面点师", programIds: [w.program.id], indexed: true });
  const application = await make.application({ positionId, studentId: applicant.student.id, status: "OFFER", note: "想学热菜" });
  await make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "ACTIVE" });
  await make.notification({ userId: users.student, title: "你收到了录用通知", link: `/applications#application-${application.id}` });
});

/** A fresh page at phone size, signed in as `who` through a session cookie (no sign-in form: argon2 is slow). */
async function pageAs(who: Who): Promise<Page> {
  const setCookie = await createSession(users[who], new Request(w.app.url), "127.0.0.1");
  const [name, value] = setCookie.split(";")[0]!.split(/=(.*)/s);
  await browser.context.clearCookies();
  await browser.context.addCookies([{ name: name!, value: value!, url: w.app.url }]);
  const page = await browser.context.newPage();
  await page.setViewportSize(PHONE);
  return page;
}

async function open(page: Page, path: string) {
  const response = await page.goto(`${w.app.url}${path}`);
  expect(response?.status(), path).toBe(200);
}

/** Where an element is; fails if it is not rendered at all. */
async function box(locator: Locator, what: string) {
  await expect.poll(() => locator.count(), { message: `${what} is on the page`, ...SLOW }).toBeGreaterThan(0);
  const b = await locator.boundingBox();
  expect(b, `${what} is rendered`).not.toBeNull();
  return b!;
}

async function expectInsideViewport(locator: Locator, what: string) {
  const b = await box(locator, what);
  expect(b.x, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${what} ends on screen (≤ ${PHONE.width} px)`).toBeLessThanOrEqual(PHONE.width);
}

async function expectNoSidewaysScroll(page: Page, path: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is no wider than the phone`).toBeLessThanOrEqual(PHONE.width);
}

/** Every visible link and button inside `scope` is at least TOUCH px tall. */
async function expectTouchTargets(scope: Locator, what: string) {
  const heights = await scope.locator("a, button, summary").evaluateAll((elements) =>
    elements
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden")
      .map((e) => ({ text: (e.textContent ?? "").trim(), height: e.getBoundingClientRect().height })),
  );
  expect(heights.length, `${what} has links or buttons`).toBeGreaterThan(0);
  for (const { text, height } of heights) expect(height, `${what}: 「${text}」 is ${height} px tall`).toBeGreaterThanOrEqual(TOUCH);
}

type ListPage = { who: Who; path: () => string; status: boolean; action: boolean };

// Each list page with what its rows carry. Directory lists and the matching counts have no status;
// the matching counts have no action (they are numbers of students, not records one can open).
const LIST_PAGES: Record<string, ListPage> = {
  "enterprise positions": { who: "enterprise", path: () => "/enterprise/positions", status: true, action: true },
  "applicants of a position": { who: "enterprise", path: () => `/enterprise/positions/${positionId}/applicants`, status: true, action: true },
  "matching students": { who: "enterprise", path: () => "/enterprise/matching", status: false, action: false },
  "school applications": { who: "school", path: () => "/school/applications", status: true, action: true },
  "school roll": { who: "school", path: () => `/schools/${w.school.id}/students`, status: true, action: true },
  "student applications": { who: "student", path: () => "/applications", status: true, action: true },
  "position search": { who: "student", path: () => "/positions", status: true, action: true },
  "recommended positions": { who: "student", path: () => "/recommended", status: false, action: true },
  inbox: { who: "student", path: () => "/inbox", status: true, action: true },
  "school directory": { who: "bureau", path: () => "/schools", status: false, action: true },
  "enterprise directory": { who: "bureau", path: () => "/enterprises", status: false, action: true },
};

describe("list pages on a 390 px phone", () => {
  it.each(Object.entries(LIST_PAGES))("%s: the first row's status and action are on screen", async (_name, list) => {
    const page = await pageAs(list.who);
    const path = list.path();
    await open(page, path);
    await expectNoSidewaysScroll(page, path);
    const row = page.locator("main [data-row-id]").first();
    await expectInsideViewport(row.locator('[data-cell~="title"]').first(), `${path}: the first row's title`);
    if (list.status) await expectInsideViewport(row.locator('[data-cell~="status"]').first(), `${path}: the first row's status`);
    if (list.action) {
      const action = row.locator('[data-cell~="action"]').first().locator("a, button").first();
      await expectInsideViewport(action, `${path}: the first row's action`);
      await expectTouchTargets(row.locator('[data-cell~="action"]'), `${path}: the first row's actions`);
    }
    await page.close();
  });

  // [page, who, path, wider than a phone?] — the bureau's table has 12 columns and must scroll.
  it.each([
    ["bureau statistics", "bureau" as Who, "/bureau/positions", true],
    ["cluster statistics", "bureau" as Who, "/directory", false],
    ["a school's programs", "bureau" as Who, "/schools/{school}", false],
  ])("%s: the table scrolls in its own box, its first column stays in view", async (_name, who, template, wide) => {
    const page = await pageAs(who);
    const path = template.replace("{school}", String(w.school.id));
    await open(page, path);
    await expectNoSidewaysScroll(page, path);
    const wrap = page.locator("main .table-wrap").first();
    const firstCell = wrap.locator("tbody tr").first().locator("td, th").first();
    await expectInsideViewport(firstCell, `${path}: the first column`);
    // Scrolled all the way right, the first column is still where it was.
    const before = await box(firstCell, "the first column");
    await wrap.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
    const scrolled = await wrap.evaluate((e) => e.scrollLeft);
    if (wide) expect(scrolled, `${path}: the table is wider than the phone and scrolls`).toBeGreaterThan(0);
    const after = await box(firstCell, "the first column after scrolling");
    if (scrolled > 0) expect(after.x, `${path}: the first column is sticky`).toBeCloseTo(before.x, 0);
    await page.close();
  });
});

describe("the header on a 390 px phone", () => {
  it.each(["student", "enterprise", "school", "bureau"] as Who[])("%s: one short line; the menu opens and every target is 44 px", async (who) => {
    const page = await pageAs(who);
    await open(page, "/");
    const header = page.locator("header.site-header");
    expect((await box(header, "the header")).height).toBeLessThanOrEqual(HEADER_MAX);
    await expectNoSidewaysScroll(page, "/");

    // Shut: the navigation is hidden behind the 菜单 button.
    const nav = page.getByRole("navigation", { name: "主导航" });
    expect(await nav.getByRole("link", { name: "我的账号" }).isVisible()).toBe(false);
    await expectTouchTargets(header, "the shut header");

    await openSiteMenu(page);
    for (const name of ["首页", "岗位", "名录", "我的账号"]) {
      const link = nav.getByRole("link", { name, exact: true });
      await expect.poll(() => link.isVisible(), SLOW).toBe(true);
      const b = await box(link, name);
      expect(b.y + b.height, `${name} is reachable without scrolling`).toBeLessThanOrEqual(PHONE.height);
      expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.getByRole("button", { name: "退出" }).isVisible()).toBe(true);
    await expectTouchTargets(header, "the open menu");

    // A link in the menu goes there and the menu shuts behind it.
    await nav.getByRole("link", { name: "我的账号" }).click();
    await expect.poll(() => new URL(page.url()).pathname, SLOW).toBe("/account");
    await expect.poll(() => nav.getByRole("link", { name: "我的账号" }).isVisible(), SLOW).toBe(false);
    await page.close();
  });

  it("the menu opens before the scripts have run (a <details>, no JavaScript needed)", async () => {
    const page = await pageAs("student");
    await page.route("**/*.js", (route) => route.abort());
    await open(page, "/");
    await page.locator("header summary").click();
    await expect.poll(() => page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "我的申请" }).isVisible(), SLOW).toBe(true);
    await page.close();
  });

  it("on a wide screen the navigation is shown without a menu button", async () => {
    const page = await pageAs("enterprise");
    await page.setViewportSize({ width: 1366, height: 900 });
    await open(page, "/enterprise/positions");
    expect(await page.locator("header summary").isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "岗位管理" }).isVisible()).toBe(true);
    // …and the list is a table again, status first.
    expect(await page.locator("main table.rlist thead th").first().textContent()).toBe("状态");
    expect(await page.locator("main table.rlist thead").isVisible()).toBe(true);
    await page.close();
  });
});
