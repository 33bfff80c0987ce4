import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gotoHydrated, openSiteMenu, signInPage, useBrowser, waitForHydration } from "../support/browser";
import { dayFromToday } from "../support/dates";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// Issue 13 item 7's teacher enterprise practice end to end in Chromium on a phone (390×844): a school's
// office proposes one of its teachers for a training base through the header menu and the form, the base's
// enterprise staff accept on their phone, the teacher logs the day on theirs, the host confirms it and
// completes the practice with an assessment, and the teacher's ledger then shows the confirmed day.
// A proposal may not start before today and the assessment may be written from the last day on, so the
// practice is one day long: today.

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };
const cast = fromBeforeAll("the cast", async () => {
  const school = await t.make.school({ name: "呼和浩特市实践测试职业学校" });
  const host = await t.make.enterprise({ name: "示例·实践测试乳业有限公司" });
  const base = await t.make.trainingBase({ enterpriseId: host.id, name: "示例·乳品加工双师型教师培训基地", capacity: 5, active: true });
  const teacherUser = await t.make.user({ role: "TEACHER", organisationId: school.id });
  const teacher = await t.make.teacher({ schoolId: school.id, name: "示例·实践测试教师", specialist: true, userId: teacherUser.id });
  const schoolUser = await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id });
  const hostUser = await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: host.id });
  return { school, host, base, teacher, teacherUser, schoolUser, hostUser };
});

const signIn = (context: BrowserContext, userId: number): Promise<Page> => signInPage(context, t, userId);

async function waitForPath(page: Page, pattern: RegExp) {
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toMatch(pattern);
}

const status = (page: Page) => page.getByTestId("practice-status");
const notice = (page: Page) => page.locator("main p.notice[role=status]");

describe("a school proposes, the host accepts, the teacher logs, the host confirms and assesses, on phones", () => {
  it("propose at a base → 已接收 → a logged day confirmed → 已完成 with the assessment → the ledger counts the day", async () => {
    const today = dayFromToday(0);

    // The school's office proposes through the header menu and the form.
    const sp = await signIn(browser.context, cast.schoolUser.id);
    await gotoHydrated(sp, `${t.url}/`);
    expect(sp.viewportSize()).toEqual({ width: 390, height: 844 });
    await openSiteMenu(sp);
    await sp.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "教师企业实践", exact: true }).click();
    await waitForPath(sp, /\/teacher-practice$/);
    await sp.getByRole("link", { name: "安排企业实践" }).click();
    await waitForPath(sp, /\/teacher-practice\/new$/);
    await waitForHydration(sp);
    await sp.getByLabel("教师").selectOption({ label: `${cast.teacher.name}（专业课）` });
    await sp.getByLabel("培训基地").selectOption({ label: cast.base.name });
    await sp.getByLabel("实践形式").selectOption({ label: "技能培训" });
    await sp.getByLabel("开始日期").fill(today);
    await sp.getByLabel("结束日期").fill(today);
    await sp.getByRole("button", { name: "提交" }).click();
    await waitForPath(sp, /\/teacher-practice\/\d+$/);
    await expect.poll(() => status(sp).innerText(), SLOW).toBe("待接收");
    const id = Number(/\/teacher-practice\/(\d+)$/.exec(sp.url())![1]);
    expect(await t.db.prisma.teacherPlacement.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PROPOSED",
      form: "TRAINING",
      teacherId: cast.teacher.id,
      schoolId: cast.school.id,
      trainingBaseId: cast.base.id,
      hostEnterpriseId: cast.host.id,
    });

    // The base's enterprise staff find it in their list and accept.
    const hp = await signIn(browser.context, cast.hostUser.id);
    await gotoHydrated(hp, `${t.url}/teacher-practice`);
    await hp.locator(`[data-row-id="${id}"] a`).first().click();
    await waitForPath(hp, new RegExp(`/teacher-practice/${id}$`));
    await waitForHydration(hp);
    await hp.getByRole("button", { name: "接收", exact: true }).click();
    await expect.poll(() => status(hp).innerText(), { timeout: 15_000 }).toBe("已接收");

    // The teacher logs today on their own phone; it waits for the host.
    const tp = await signIn(browser.context, cast.teacherUser.id);
    await gotoHydrated(tp, `${t.url}/teacher-practice/${id}`);
    await tp.getByLabel("日期").fill(today);
    await tp.getByLabel("当日内容（可选）").fill("酸奶发酵车间跟岗");
    await tp.getByRole("button", { name: "登记实践日" }).click();
    await expect.poll(() => notice(tp).innerText(), { timeout: 15_000 }).toBe(`已登记 ${today}`);
    await expect.poll(() => tp.locator("main").innerText(), SLOW).toContain("待确认");
    expect(await tp.getByTestId("confirmed-days").innerText()).toBe("0 天");

    // The host confirms the day, then completes the practice with an assessment (asked twice).
    // (One browser context: each sign-in replaces the cookie, so every switch of person is a new sign-in.)
    const hp2 = await signIn(browser.context, cast.hostUser.id);
    await gotoHydrated(hp2, `${t.url}/teacher-practice/${id}`);
    await hp2.getByRole("button", { name: "确认", exact: true }).click();
    await expect.poll(() => hp2.getByTestId("confirmed-days").innerText(), { timeout: 15_000 }).toBe("1 天");
    await waitForHydration(hp2);
    await hp2.getByLabel("考核意见").fill("按期完成乳品加工技能培训，能指导学生操作。");
    await hp2.getByLabel("考核等级").selectOption({ label: "优秀" });
    await hp2.getByRole("button", { name: "完成考核" }).click();
    await hp2.getByRole("button", { name: "确定提交" }).click();
    await expect.poll(() => status(hp2).innerText(), { timeout: 15_000 }).toBe("已完成");
    const main = hp2.locator("main");
    await expect.poll(() => main.innerText(), SLOW).toContain("按期完成乳品加工技能培训");
    expect(await main.innerText()).toMatch(/企业考核等级\s*优秀/);
    expect(await t.db.prisma.teacherPlacement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "COMPLETED", hostGrade: "优秀" });

    // The teacher's ledger, from the practice page: one confirmed day in the window, short of 180.
    const tp2 = await signIn(browser.context, cast.teacherUser.id);
    await gotoHydrated(tp2, `${t.url}/teacher-practice/${id}`);
    await tp2.getByRole("link", { name: "查看台账" }).click();
    await waitForPath(tp2, new RegExp(`/teachers/${cast.teacher.id}/ledger$`));
    await expect.poll(() => tp2.getByTestId("ledger-days").innerText(), { timeout: 15_000 }).toBe("1");
    expect(await tp2.getByTestId("ledger-status").innerText()).toBe("未达标");
    const row = tp2.locator(`main [data-row-id="${id}"]`).first();
    await expect.poll(() => row.innerText(), SLOW).toContain("1 天（期内 1 天）");
    expect(await row.innerText()).toContain("已完成");

    // The school's office reads the same ledger.
    const sp2 = await signIn(browser.context, cast.schoolUser.id);
    await gotoHydrated(sp2, `${t.url}/teachers/${cast.teacher.id}/ledger`);
    await expect.poll(() => sp2.getByTestId("ledger-days").innerText(), SLOW).toBe("1");
  });
});
