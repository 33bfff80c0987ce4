import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gotoHydrated, signInPage, useBrowser, waitForHydration } from "../support/browser";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// Issue 14 item 7 in Chromium on phones (390×844): a graduate disputes the destination the school
// recorded, with a note; the school's office sees the dispute — in its inbox, counted at the top of
// /destinations and in the list filtered to disputes, with the note on the record — changes the record,
// and it is the student's to confirm again.

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };
const cast = fromBeforeAll("the cast", async () => {
  const school = await t.make.school({ name: "呼和浩特市去向测试职业学校" });
  const graduate = await t.make.student({ account: true, status: "GRADUATED", schoolId: school.id, name: "示例·去向测试毕业生" });
  const staff = await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id });
  const staffClient = await t.clientFor(staff.id);
  const recorded = await staffClient.post(`/destinations/${graduate.id}`, {
    kind: "EMPLOYED_CONTRACT",
    employerName: "示例·塞上绿源农业",
    employerProvince: "内蒙古自治区",
    employerCity: "呼和浩特市",
    monthlyIncome: "3800",
  });
  expect(recorded.status).toBe(302);
  return { school, graduate, staff };
});

const signIn = (context: BrowserContext, userId: number): Promise<Page> => signInPage(context, t, userId);

const badge = (page: Page) => page.locator("main .status-badge").first();
const NOTE = "我没有去这家单位，九月起在包头市打工";

describe("a graduate disputes, the school sees it", () => {
  it("有异议 with a note → the office's inbox, count and filtered list, the note on the record → changed → 待本人确认", async () => {
    const gp = await signIn(browser.context, cast.graduate.user.id);
    await gotoHydrated(gp, `${t.url}/my/destination`);
    expect(gp.viewportSize()).toEqual({ width: 390, height: 844 });
    await expect.poll(() => gp.locator("main").innerText(), SLOW).toContain("示例·塞上绿源农业");
    expect(await badge(gp).innerText()).toBe("待本人确认");
    // Without a note the page says what is missing and nothing is sent.
    await gp.getByRole("button", { name: "提出异议" }).click();
    await expect.poll(() => gp.locator("main").innerText(), SLOW).toContain("提出异议须说明哪里不对");
    expect((await t.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: cast.graduate.id } })).confirmation).toBe("UNCONFIRMED");
    await gp.getByLabel(/异议说明/).fill(NOTE);
    // Leaving the field revalidates it: the message goes (and the button moves up) before the press.
    await gp.getByLabel(/异议说明/).blur();
    await expect.poll(() => gp.locator("main").innerText(), SLOW).not.toContain("提出异议须说明哪里不对");
    await gp.getByRole("button", { name: "提出异议" }).click();
    await expect.poll(() => badge(gp).innerText(), { timeout: 15_000 }).toBe("本人有异议");
    expect(await gp.locator("main").innerText()).toContain(NOTE);

    const sp = await signIn(browser.context, cast.staff.id);
    await gotoHydrated(sp, `${t.url}/inbox`);
    await expect.poll(() => sp.locator("main").innerText(), SLOW).toContain(`毕业去向异议：${cast.graduate.name}`);
    await gotoHydrated(sp, `${t.url}/destinations`);
    await expect.poll(() => sp.getByTestId("count-disputed").innerText(), SLOW).toBe("1");
    await sp.getByRole("link", { name: /有异议/ }).click();
    await expect.poll(() => new URL(sp.url()).searchParams.get("confirmation"), { timeout: 15_000 }).toBe("DISPUTED");
    const row = sp.locator(`[data-row-id="${cast.graduate.id}"]`);
    await expect.poll(() => row.innerText(), SLOW).toContain("本人有异议");
    await row.getByRole("link", { name: cast.graduate.name }).click();
    await expect.poll(() => new URL(sp.url()).pathname, { timeout: 15_000 }).toBe(`/destinations/${cast.graduate.id}`);
    await waitForHydration(sp);
    await expect.poll(() => sp.getByTestId("dispute-note").innerText(), SLOW).toContain(NOTE);
    // The office corrects the record; the student is asked again.
    await sp.getByLabel("单位名称（升学填录取学校；待就业不填）").fill("示例·包头建筑劳务");
    await sp.getByLabel("单位所在市").fill("包头");
    await sp.getByLabel(/月收入/).fill("4500");
    await sp.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => badge(sp).innerText(), { timeout: 15_000 }).toBe("待本人确认");
    expect(await sp.locator("main").innerText()).toContain("单位名称：示例·塞上绿源农业 → 示例·包头建筑劳务");
    expect(await t.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: cast.graduate.id } })).toMatchObject({
      confirmation: "UNCONFIRMED",
      disputeNote: null,
      employerCity: "包头市",
      monthlyIncome: 4500,
    });
  });
});
