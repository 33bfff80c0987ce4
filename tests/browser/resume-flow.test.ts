import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/database.server";
import { startApp, type TestApp } from "../support/app-server";
import { gotoHydrated, launchBrowser, waitForHydration, type TestBrowser } from "../support/browser";
import { createTestDatabase, destroyTestDatabase } from "../support/database";
import { makeFactories, TEST_PASSWORD } from "../support/factories";

// Issue 9, item 4, end to end in Chromium on a phone (390×844), each person in a browser of their
// own: a student writes a résumé (a bad phone number first), applies to a position, and the
// enterprise's HR opens the applicant and finds the phone as a tel: link and the WeChat id.

const SLOW = { timeout: 15_000 };
const PHONE = "13812345678";
const WECHAT = "chef_li2025";
const INTRO = "在校学习中式烹调两年，能吃苦。";

let db: Database;
let app: TestApp;
const browsers: TestBrowser[] = [];
let enterpriseName: string;
let staffUsername: string;
let studentUsername: string;
let studentName: string;
let positionId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await startApp(db);
  const make = makeFactories(db);
  const enterprise = await make.enterprise();
  enterpriseName = enterprise.name;
  staffUsername = (await make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).username;
  const school = await make.school();
  const offering = await make.schoolProgram({ schoolId: school.id, programId: (await make.program()).id });
  const student = await make.student({ account: true, schoolId: school.id, schoolProgramId: offering.id });
  studentUsername = student.user.username;
  studentName = student.name;
  positionId = (await make.position({ enterpriseId: enterprise.id, title: "热菜厨师学徒" })).id;
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await app?.close();
  if (db) await destroyTestDatabase(db);
});

async function signIn(username: string): Promise<Page> {
  const browser = await launchBrowser();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await gotoHydrated(page, `${app.url}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(TEST_PASSWORD);
  await page.getByLabel("密码").press("Enter");
  await expect.poll(() => new URL(page.url()).pathname, SLOW).toBe("/");
  return page;
}

describe("a résumé from writing it to the enterprise calling the applicant (phone-sized browser)", () => {
  // Three steps of one story, in order; a 2-core machine shared with other suites needs minutes, not 60 s.
  let student: Page;
  it("the student writes the résumé; a bad phone number is refused in Chinese first", async () => {
    student = await signIn(studentUsername);
    // Linked from the header. Polled: the address changes to "/" before React has drawn the new page.
    await expect.poll(() => student.locator('header a[href="/resume"]').count(), SLOW).toBe(1);
    await gotoHydrated(student, `${app.url}/resume`);
    await student.getByLabel("手机号（11 位）").fill("1381234567"); // ten digits
    await student.getByRole("button", { name: "保存简历" }).click();
    await expect.poll(() => student.getByText("请输入有效的手机号").count(), SLOW).toBe(1);
    expect(await db.prisma.resume.count()).toBe(0);

    await student.getByLabel("手机号（11 位）").fill(PHONE);
    await student.getByLabel("微信号（6–20 位，字母开头）").fill(WECHAT);
    await student.getByLabel(/^自我介绍/).fill(INTRO);
    await student.getByLabel(/^实习与经历/).fill("青城饭店后厨 · 2025年7月—8月 · 切配\n校园食堂 · 2024年 · 面点");
    await student.getByRole("button", { name: "保存简历" }).click();
    await expect.poll(() => student.getByText("简历已保存").count(), SLOW).toBe(1);
  }, 180_000);

  it("the apply form names the enterprise it shares with; the student applies", async () => {

    await gotoHydrated(student, `${app.url}/positions/${positionId}`);
    const consent = student.locator(".consent");
    expect(await consent.innerText()).toContain(`分享给「${enterpriseName}」，仅此一家`);
    await student.getByRole("button", { name: "申请该岗位" }).click();
    await expect.poll(() => new URL(student.url()).pathname, SLOW).toBe("/applications");
  }, 180_000);

  it("the enterprise's HR opens the applicant and finds a tel: link and the WeChat id", async () => {

    const hr = await signIn(staffUsername);
    await gotoHydrated(hr, `${app.url}/enterprise/positions/${positionId}/applicants`);
    await hr.getByRole("link", { name: studentName }).click();
    await expect.poll(() => new URL(hr.url()).pathname, SLOW).toMatch(/\/applicants\/\d+$/);
    await waitForHydration(hr);
    const tel = hr.locator(`a[href="tel:${PHONE}"]`);
    await expect.poll(() => tel.count(), SLOW).toBe(1);
    // Tappable on the phone: inside the 390 px viewport and at least 44 px tall.
    const box = (await tel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await hr.getByText(WECHAT, { exact: true }).count()).toBe(1);
    expect(await hr.getByText(INTRO).count()).toBe(1);
  }, 180_000);
});
