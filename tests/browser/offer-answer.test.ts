import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApplicationStatus } from "~/generated/prisma/client";
import { useApplicationWorld } from "../support/application-world";
import { gotoHydrated, launchBrowser, waitForHydration } from "../support/browser";
import { cohortOn, dayFromToday } from "../support/dates";
import { fromBeforeAll } from "../support/test-database";

// Issue 9, item 3, in Chromium on a touch phone (390×844): offers are safe to answer. The offer
// cards come first on 我的申请; 接受录用 and 撤回申请 ask in the page (never window.confirm: any
// dialog fails the test); accepting one offer while holding another offers to decline it, "yes"
// preselected, and does so; cancelling the question writes nothing. With JavaScript off the same
// answer goes through the server's own confirmation page and a second POST.

const w = useApplicationWorld();
const phone = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const noScript = fromBeforeAll("a phone without JavaScript", () => launchBrowser({ javaScript: false }), (b) => b.close());
const SLOW = { timeout: 15_000 };

type Holder = { userId: number; studentId: number; offerA: number; offerB: number; submitted: number };

/** A graduating student holding two job offers (A with a 答复期限) and one application still 已投递. */
async function studentWithTwoOffers(): Promise<Holder> {
  const s = await w.student({ cohortYear: cohortOn(dayFromToday(0)) - 2 });
  const position = (title: string) => w.make.position({ enterpriseId: w.enterprise.id, title });
  const offerA = await w.make.application({
    studentId: s.student.id,
    positionId: (await position("热菜厨师")).id,
    status: "OFFER",
    offerReplyBy: new Date(`${dayFromToday(5)}T00:00:00Z`),
  });
  const offerB = await w.make.application({ studentId: s.student.id, positionId: (await position("面点师")).id, status: "OFFER" });
  // Made last, so it is the newest and would be first in a list sorted by date alone.
  const submitted = await w.make.application({ studentId: s.student.id, positionId: (await position("前台接待")).id, status: "SUBMITTED" });
  return { userId: s.user.id, studentId: s.student.id, offerA: offerA.id, offerB: offerB.id, submitted: submitted.id };
}

let first: Holder;
let second: Holder;
let third: Holder;
beforeAll(async () => {
  first = await studentWithTwoOffers();
  second = await studentWithTwoOffers();
  third = await studentWithTwoOffers();
});

/** A signed-in page; every native dialog it opens (confirm, alert, beforeunload) lands in `dialogs`: there must be none. */
async function signIn(context: typeof phone.context, userId: number): Promise<{ page: Page; dialogs: string[] }> {
  await context.clearCookies();
  const cookie = (await w.clientFor(userId)).cookie;
  const eq = cookie.indexOf("=");
  await context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: w.app.url }]);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, dialogs };
}

const statusOf = async (id: number) => (await w.db.prisma.application.findUniqueOrThrow({ where: { id } })).status;
const statuses = async (h: Holder): Promise<ApplicationStatus[]> => Promise.all([h.offerA, h.offerB, h.submitted].map(statusOf));
const eventCount = (h: Holder) =>
  w.db.prisma.applicationEvent.count({ where: { applicationId: { in: [h.offerA, h.offerB, h.submitted] } } });
const card = (page: Page, id: number): Locator => page.locator(`#application-${id}`);
const statusText = async (page: Page, id: number) => (await card(page, id).locator("[data-cell=status]").innerText()).trim();

describe("answering offers on a phone", () => {
  it("offer cards come first; 接受录用 asks in the page with 婉拒其他 preselected, and accepts one while declining the other", async () => {
    const { page, dialogs } = await signIn(phone.context, first.userId);
    await gotoHydrated(page, `${w.app.url}/applications`);
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });

    // The offer cards are above the list, the rule is stated, and the first card is on screen.
    const order = await page.locator("main [data-row-id]").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-row-id"))));
    expect(order.slice(0, 2).sort()).toEqual([first.offerA, first.offerB].sort());
    expect(order[2]).toBe(first.submitted);
    const offersBox = (await page.getByRole("region", { name: "待答复的录用通知" }).boundingBox())!;
    const listBox = (await card(page, first.submitted).boundingBox())!;
    expect(offersBox.y + offersBox.height).toBeLessThanOrEqual(listBox.y);
    expect(await page.getByText("毕业生同一时间只接受一份工作").count()).toBeGreaterThanOrEqual(1);
    expect(await card(page, first.offerA).locator(".reply-by").innerText()).toBe(`请在 ${dayFromToday(5)} 前答复`);
    const acceptBox = (await card(page, first.offerA).getByRole("button", { name: "接受录用" }).boundingBox())!;
    expect(acceptBox.x + acceptBox.width).toBeLessThanOrEqual(390);

    // 接受录用, 婉拒录用 and 撤回申请 look different.
    const classes = await Promise.all(
      ["接受录用", "婉拒录用", "撤回申请"].map((name) => card(page, first.offerA).getByRole("button", { name }).getAttribute("class")),
    );
    expect(new Set(classes).size).toBe(3);

    // The first tap asks in the page and posts nothing.
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await card(page, first.offerA).getByRole("button", { name: "接受录用" }).tap();
    const step = card(page, first.offerA).getByRole("group", { name: "请确认" });
    await expect.poll(() => step.count(), SLOW).toBe(1);
    expect(await step.innerText()).toContain("确定接受");
    expect(await step.innerText()).toContain("你还持有 1 份录用通知");
    expect(await step.getByRole("radio", { name: "同时婉拒其他 1 份录用通知" }).isChecked()).toBe(true);
    expect(await step.getByRole("radio", { name: "暂不婉拒，保留其他录用通知" }).isChecked()).toBe(false);
    expect(posts).toEqual([]);
    expect(await statuses(first)).toEqual(["OFFER", "OFFER", "SUBMITTED"]);

    await step.getByRole("button", { name: "确认接受" }).tap();
    await expect.poll(() => new URL(page.url()).searchParams.get("notice"), SLOW).toBe("acceptedDecliningOthers");
    await waitForHydration(page);
    // The database: this one accepted, the other declined, the 已投递 one untouched.
    expect(await statuses(first)).toEqual(["ACCEPTED", "DECLINED", "SUBMITTED"]);
    // The page: the notice, both former offers in the list with their new status, no offer card left.
    await expect.poll(() => page.getByText("已接受录用，并婉拒了其他录用通知").count(), SLOW).toBe(1);
    expect(await page.locator("[data-offer-id]").count()).toBe(0);
    expect(await statusText(page, first.offerA)).toBe("已接受录用");
    expect(await statusText(page, first.offerB)).toBe("已婉拒录用");
    expect(dialogs).toEqual([]);
    await page.close();
  }, 180_000);

  it("撤回申请 asks first; 取消 writes nothing; confirming withdraws", async () => {
    const { page, dialogs } = await signIn(phone.context, second.userId);
    await gotoHydrated(page, `${w.app.url}/applications`);
    const before = await eventCount(second);
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });

    const row = card(page, second.submitted);
    await row.getByRole("button", { name: "撤回申请" }).tap();
    const step = row.getByRole("group", { name: "请确认" });
    await expect.poll(() => step.count(), SLOW).toBe(1);
    expect(await step.innerText()).toContain("确定撤回这份申请吗");
    await step.getByRole("link", { name: "取消" }).tap();
    await expect.poll(() => row.getByRole("button", { name: "撤回申请" }).count(), SLOW).toBe(1);
    expect(await step.count()).toBe(0);
    expect(posts).toEqual([]);
    expect(await statuses(second)).toEqual(["OFFER", "OFFER", "SUBMITTED"]);
    expect(await eventCount(second)).toBe(before);
    expect(await statusText(page, second.submitted)).toBe("已投递");

    // The other side of the edge: asked again and confirmed, it is withdrawn (the offers untouched).
    await row.getByRole("button", { name: "撤回申请" }).tap();
    await row.getByRole("group", { name: "请确认" }).getByRole("button", { name: "确认撤回" }).tap();
    await expect.poll(() => new URL(page.url()).searchParams.get("notice"), SLOW).toBe("WITHDRAWN");
    expect(await statuses(second)).toEqual(["OFFER", "OFFER", "WITHDRAWN"]);
    expect(await eventCount(second)).toBe(before + 1);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 180_000);

  it("without JavaScript, 接受录用 comes back as a confirmation page and the second POST accepts and declines the other", async () => {
    const { page, dialogs } = await signIn(noScript.context, third.userId);
    const response = await page.goto(`${w.app.url}/applications`);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("load");
    expect(await page.locator("html[data-hydrated]").count()).toBe(0); // scripts really are off

    const first400 = page.waitForResponse((r) => r.request().method() === "POST");
    await card(page, third.offerA).getByRole("button", { name: "接受录用" }).click();
    expect((await first400).status()).toBe(400); // unconfirmed: the server asks instead
    await page.waitForLoadState("load");
    expect(await statuses(third)).toEqual(["OFFER", "OFFER", "SUBMITTED"]);
    // Polled: the 400's response can be in before its page has replaced the old one (whose "load" state
    // waitForLoadState may already have answered).
    const step = card(page, third.offerA).getByRole("group", { name: "请确认" });
    await expect.poll(() => step.count(), SLOW).toBe(1);
    expect(await step.getByRole("radio", { name: "同时婉拒其他 1 份录用通知" }).isChecked()).toBe(true);

    await step.getByRole("button", { name: "确认接受" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("notice"), SLOW).toBe("acceptedDecliningOthers");
    await page.waitForLoadState("load");
    expect(await statuses(third)).toEqual(["ACCEPTED", "DECLINED", "SUBMITTED"]);
    expect(await page.getByText("已接受录用，并婉拒了其他录用通知").count()).toBe(1);
    expect(await statusText(page, third.offerA)).toBe("已接受录用");
    expect(await statusText(page, third.offerB)).toBe("已婉拒录用");
    expect(dialogs).toEqual([]);
    await page.close();
  }, 180_000);
});
