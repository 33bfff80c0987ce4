import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gotoHydrated, openSiteMenu, signInPage, useBrowser, waitForHydration } from "../support/browser";
import { dayFromToday } from "../support/dates";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";
import { PDF_BYTES } from "../certification/world";

// Issue 13 item 7's certification end to end in Chromium on a phone (390×844): a school's office
// submits one of its teachers through the header menu and the form, the bureau certifies it with a
// validity period on its own phone, and the school then reads 已认定 with the validity and the
// teacher's level.

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };
const cast = fromBeforeAll("the cast", async () => {
  const school = await t.make.school({ name: "呼和浩特市认定测试职业学校" });
  const bureauOrg = await t.make.bureau();
  const teacher = await t.make.teacher({ schoolId: school.id, name: "示例·认定测试教师" });
  const schoolUser = await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id });
  const bureauUser = await t.make.user({ role: "BUREAU_ADMIN", organisationId: bureauOrg.id });
  return { school, teacher, schoolUser, bureauUser };
});

const signIn = (context: BrowserContext, userId: number): Promise<Page> => signInPage(context, t, userId);

async function waitForPath(page: Page, pattern: RegExp) {
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toMatch(pattern);
}

const badge = (page: Page) => page.locator("main .status-badge").first();

describe("a school submits, the bureau certifies, on phones", () => {
  it("submit with evidence → certify with a validity → 已认定, the validity and 中级 on the school's page", async () => {
    const page = await signIn(browser.context, cast.schoolUser.id);
    await gotoHydrated(page, `${t.url}/`);
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await openSiteMenu(page);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "双师认定", exact: true }).click();
    await waitForPath(page, /\/certifications$/);
    await page.getByRole("link", { name: "提交认定申请" }).click();
    await waitForPath(page, /\/certifications\/new$/);
    await waitForHydration(page);
    await page.getByLabel("教师").selectOption({ label: `${cast.teacher.name}（现有等级：无；近5年企业实践 0 天）` });
    await page.getByLabel("申请等级").selectOption({ label: "中级" });
    await page.getByLabel("职业资格或技能等级证书").fill("中式烹调师 三级（高级工）");
    await page.getByLabel("企业任职经历").fill("西贝餐饮集团 后厨主管 2016—2019");
    await page.getByLabel(/佐证材料/).setInputFiles({ name: "证书.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF_BYTES) });
    await page.getByRole("button", { name: "提交申请" }).click();
    await waitForPath(page, /\/certifications\/\d+$/);
    await expect.poll(() => badge(page).innerText(), SLOW).toBe("待认定");
    const id = Number(/\/certifications\/(\d+)$/.exec(page.url())![1]);
    expect(await t.db.prisma.dualTeacherCertification.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED", level: "INTERMEDIATE", teacherId: cast.teacher.id });

    const bp = await signIn(browser.context, cast.bureauUser.id);
    await gotoHydrated(bp, `${t.url}/certifications?state=SUBMITTED`);
    await bp.locator(`[data-row-id="${id}"] a`).first().click();
    await waitForPath(bp, new RegExp(`/certifications/${id}$`));
    await waitForHydration(bp);
    const from = dayFromToday(0);
    const until = dayFromToday(1825);
    await bp.getByLabel("有效期起始日").fill(from);
    await bp.getByLabel(/有效期截止日/).fill(until);
    await bp.getByRole("button", { name: "认定通过" }).click();
    await expect.poll(() => badge(bp).innerText(), { timeout: 15_000 }).toBe("已认定");

    const sp = await signIn(browser.context, cast.schoolUser.id);
    await gotoHydrated(sp, `${t.url}/certifications/${id}`);
    await expect.poll(() => badge(sp).innerText(), SLOW).toBe("已认定");
    const main = sp.locator("main");
    await expect.poll(() => main.innerText(), SLOW).toContain(`${from} 至 ${until}`);
    expect(await main.innerText()).toMatch(/教师现有等级\s*中级/);
    await gotoHydrated(sp, `${t.url}/certifications`);
    await expect.poll(() => sp.getByTestId("dual-teacher-ratio").innerText(), SLOW).toContain("100.00%");
  });
});
