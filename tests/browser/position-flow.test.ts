import type { Locator, Page, Response as PageResponse } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/database.server";
import { positionSearch } from "~/lib/position-search.server";
import { startApp, type TestApp } from "../support/app-server";
import { gotoHydrated, launchBrowser, openSiteMenu, waitForHydration, type TestBrowser } from "../support/browser";
import { createTestDatabase, destroyTestDatabase } from "../support/database";
import { dayFromToday } from "../support/dates";
import { makeFactories, TEST_PASSWORD } from "../support/factories";
import { applicationTables, positionTables } from "../support/snapshots";

// One acceptance item, end to end in Chromium on a phone-sized screen, each person in a browser of
// their own (own cookies), signed in through the real login page:
//   an enterprise posts a position → a student finds it with a Chinese query → applies (twice: one
//   application) → the enterprise makes an offer → the student accepts; the position form shows the
//   Chinese messages for bad input; another enterprise cannot edit the position or see its
//   applicants; another school cannot see the student's application.
// The steps share one story and run in order; each leaves the state the next one starts from.

// The title says 厨师 and the description avoids every word of its synonym group, so the student's
// query 烹饪 can only find it through search/synonyms.ts (厨师 ~ 烹饪), not by matching text.
const TITLE = "中餐热菜厨师学徒";
const DESCRIPTION = "跟随主厨学习中式热菜，轮岗切配、打荷、炉灶，包食宿。";
const QUERY = "烹饪";
const DECOY_TITLE = "汽车维修学徒"; // another enterprise's published position the query must not find
const FIRST_NOTE = "我在校学过中式热菜，想跟师傅学手艺。";
const OFFER_NOTE = "请于下周一上午九点到店报到。";

// expect.poll gives up after 1 s by default; a 2-core machine running other suites beside this one needs longer.
const SLOW = { timeout: 15_000 };

type Actor = { page: Page; browser: TestBrowser; problems: string[]; close(): Promise<void> };

let db: Database;
let app: TestApp;
const actors: Actor[] = [];

// The cast, made by the factories.
let enterpriseName: string;
let enterpriseStaff: string; // usernames, to sign in with
let otherEnterpriseStaff: string;
let studentUser: { id: number; username: string };
let studentName: string;
let programName: string;
let schoolStaff: string;
let otherSchoolStaff: string;

// What the story produces, step by step.
let owner: Actor; // the enterprise's staff member
let student: Actor;
let positionId: number;
let applicationId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await startApp(db);
  const make = makeFactories(db);

  const enterprise = await make.enterprise();
  enterpriseName = enterprise.name;
  enterpriseStaff = (await make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).username;
  const otherEnterprise = await make.enterprise();
  otherEnterpriseStaff = (await make.user({ role: "ENTERPRISE_STAFF", organisationId: otherEnterprise.id })).username;

  const school = await make.school();
  const program = await make.program();
  programName = program.name;
  const offering = await make.schoolProgram({ schoolId: school.id, programId: program.id });
  const account = await make.user({ role: "STUDENT", organisationId: school.id });
  studentUser = { id: account.id, username: account.username };
  studentName = (await make.student({ schoolId: school.id, schoolProgramId: offering.id, userId: account.id })).name;
  schoolStaff = (await make.user({ role: "SCHOOL_STAFF", organisationId: school.id })).username;
  const otherSchool = await make.school();
  otherSchoolStaff = (await make.user({ role: "SCHOOL_STAFF", organisationId: otherSchool.id })).username;

  // Indexed by the engine the app searches with, so "not found" means the query excluded it.
  await make.position({ title: DECOY_TITLE, enterpriseId: otherEnterprise.id, indexed: positionSearch() });
});

afterAll(async () => {
  for (const actor of actors) await actor.close();
  await app?.close();
  if (db) await destroyTestDatabase(db);
});

describe("a position from posting to an accepted offer, in a real browser (phone-sized)", () => {
  it("the position form refuses bad input with Chinese messages and writes nothing", async () => {
    owner = await signIn(enterpriseStaff);
    const { page } = owner;
    const before = await positionTables(db);
    await nav(page, "岗位管理");
    await waitForPath(page, /^\/enterprise\/positions$/);
    await page.getByRole("link", { name: "发布新岗位" }).click();
    await waitForPath(page, /^\/enterprise\/positions\/new$/);

    // An empty title, pay upside down and a deadline already past: one submit shows all three.
    await page.getByLabel("岗位描述").fill(DESCRIPTION);
    await page.getByLabel("月薪下限（元，可选）").fill("5000");
    await page.getByLabel("月薪上限（元，可选）").fill("3000");
    await page.getByLabel("报名截止日期（可选）").fill(dayFromToday(-1));
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect.poll(() => page.getByText("请填写岗位名称").count(), SLOW).toBe(1);
    expect(await page.getByText("月薪下限不能高于上限").count()).toBe(1);
    expect(await page.getByText("报名截止日期不能早于今天").count()).toBe(1);

    // Markup in the title is refused outright, not escaped later.

    await page.getByLabel("岗位名称").fill(`<script>alert(1)</script>${TITLE}`);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect.poll(() => page.getByText("岗位名称不能包含 HTML 标签").count(), SLOW).toBe(1);
    expect(await page.getByText("请填写岗位名称").count()).toBe(0);

    // With the title fixed, the rules across fields still stand until the fields are fixed too.
    await page.getByLabel("岗位名称").fill(TITLE);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect.poll(() => page.getByText("月薪下限不能高于上限").count(), SLOW).toBe(1);
    expect(await page.getByText("报名截止日期不能早于今天").count()).toBe(1);
    expect(await page.getByText("岗位名称不能包含 HTML 标签").count()).toBe(0);
    expect(page.url()).toBe(`${app.url}/enterprise/positions/new`);

    // The same input posted past the browser's checks (a stale page, a script) gets the same answers from the server.
    const post = (fields: Record<string, string>) =>
      page.request.post(`${app.url}/enterprise/positions/new`, {
        headers: { Origin: app.url },
        form: { intent: "create", title: TITLE, kind: "JOB", description: DESCRIPTION, headcount: "2", ...fields },
      });
    const markup = await post({ title: `<script>alert(1)</script>${TITLE}` });
    expect(markup.status()).toBe(400);
    const markupHtml = await markup.text();
    expect(markupHtml).toContain("岗位名称不能包含 HTML 标签");
    expect(markupHtml).not.toContain("<script>alert(1)</script>"); // echoed back escaped, never as markup
    const crossed = await post({ payMin: "5000", payMax: "3000", deadline: dayFromToday(-1) });
    expect(crossed.status()).toBe(400);
    const crossedHtml = await crossed.text();
    expect(crossedHtml).toContain("月薪下限不能高于上限");
    expect(crossedHtml).toContain("报名截止日期不能早于今天");

    expect(await positionTables(db)).toEqual(before);
  });

  it("the enterprise fixes the form, saves the position as a draft and publishes it", async () => {
    const { page } = owner;
    await page.getByRole("group", { name: "面向专业（可多选，可不选）" }).getByRole("checkbox", { name: programName, exact: true }).check();
    await page.getByLabel("招收人数").fill("2");
    await page.getByLabel("月薪下限（元，可选）").fill("3500");
    await page.getByLabel("月薪上限（元，可选）").fill("5000");
    await page.getByLabel("报名截止日期（可选）").fill(dayFromToday(30));
    await page.getByRole("button", { name: "保存草稿" }).click();
    const edit = await waitForPath(page, /^\/enterprise\/positions\/(\d+)\/edit\?done=create$/);
    positionId = Number(edit[1]);

    await page.getByRole("button", { name: "发布岗位" }).click();
    await expect.poll(() => page.getByText("岗位已发布").count(), SLOW).toBeGreaterThan(0);
    const saved = await db.prisma.position.findUniqueOrThrow({
      where: { id: positionId },
      select: {
        title: true,
        status: true,
        payMin: true,
        payMax: true,
        headcount: true,
        programs: { select: { program: { select: { name: true } } } },
      },
    });
    expect(saved).toEqual({
      title: TITLE,
      status: "PUBLISHED",
      payMin: 3500,
      payMax: 5000,
      headcount: 2,
      programs: [{ program: { name: programName } }],
    });
  });

  it("a student finds it by a synonym, applies, and a second submit from another tab adds nothing", async () => {
    student = await signIn(studentUser.username);
    const { page } = student;
    await nav(page, "岗位");
    await waitForPath(page, /^\/positions$/);
    await page.getByLabel("关键词").fill(QUERY);
    await page.getByRole("button", { name: "搜索", exact: true }).click();
    await waitForPath(page, new RegExp(`^/positions\\?q=${encodeURIComponent(QUERY)}`));
    const results = page.locator("main section", { hasText: `“${QUERY}”的搜索结果` });
    await expect.poll(() => results.getByRole("link", { name: TITLE }).count(), SLOW).toBe(1);
    expect(await results.getByRole("link", { name: DECOY_TITLE }).count()).toBe(0);
    expect(await results.innerText()).toContain(enterpriseName);

    await results.getByRole("link", { name: TITLE }).click();
    await waitForPath(page, new RegExp(`^/positions/${positionId}$`));
    await expect.poll(() => page.getByRole("button", { name: "申请该岗位" }).count(), SLOW).toBe(1);

    // The same position open in a second tab, as it was before applying: its form is stale once the first tab applies.
    const secondTab = await student.browser.context.newPage();
    await gotoHydrated(secondTab, page.url());
    await expect.poll(() => secondTab.getByRole("button", { name: "申请该岗位" }).count(), SLOW).toBe(1);

    await page.getByLabel("给企业的留言").fill(FIRST_NOTE);
    await page.getByRole("button", { name: "申请该岗位" }).click();
    await waitForPath(page, /^\/applications\?notice=applied/);
    await expect.poll(() => page.getByText("申请已提交").count(), SLOW).toBeGreaterThan(0);
    expect(await page.locator("main").innerText()).toContain(TITLE);

    await secondTab.getByLabel("给企业的留言").fill("第二次提交的留言");
    await secondTab.getByRole("button", { name: "申请该岗位" }).click();
    await waitForPath(secondTab, /^\/applications\?notice=duplicate/);
    await expect.poll(() => secondTab.getByText("你已申请过该岗位").count(), SLOW).toBeGreaterThan(0);
    await secondTab.close();

    const applications = await db.prisma.application.findMany({
      where: { positionId },
      select: { id: true, status: true, note: true, student: { select: { name: true } } },
    });
    expect(applications).toEqual([
      { id: expect.any(Number), status: "SUBMITTED", note: FIRST_NOTE, student: { name: studentName } },
    ]);
    applicationId = applications[0]!.id;
  });

  it("the enterprise moves the application through viewed and interview to an offer", async () => {
    const { page } = owner;
    // From the list of the enterprise's positions, the way staff get there every day.
    await nav(page, "岗位管理");
    await waitForPath(page, /^\/enterprise\/positions$/);
    await page.locator("tr", { hasText: TITLE }).getByRole("link", { name: "申请人" }).click();
    await waitForPath(page, new RegExp(`^/enterprise/positions/${positionId}/applicants$`));
    const card = page.locator(`#application-${applicationId}`);
    await expect.poll(() => card.getByRole("heading", { name: studentName }).count(), SLOW).toBe(1);
    expect(await card.innerText()).toContain(FIRST_NOTE);

    // The pipeline allows one step at a time: 已投递 → 企业已查看 → 邀请面试 → 拟录用.
    expect(await card.getByRole("button", { name: "发出录用通知" }).count()).toBe(0);
    await moveTo(page, card, "标记为已查看", "VIEWED", "企业已查看");
    await moveTo(page, card, "邀请面试", "INTERVIEW", "邀请面试");
    await card.getByLabel("备注（可选）").fill(OFFER_NOTE);
    await moveTo(page, card, "发出录用通知", "OFFER", "拟录用");

    const saved = await db.prisma.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { status: true, events: { orderBy: { id: "asc" }, select: { toStatus: true } } },
    });
    expect(saved.status).toBe("OFFER");
    expect(saved.events.map((e) => e.toStatus)).toEqual(["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"]);
  });

  // While the application is at 拟录用, rejecting it is a move its own enterprise may make: so a
  // refusal here can only come from whose position it is, not from the pipeline.
  it("another enterprise can neither edit the position nor see or move its applicants", async () => {
    const intruder = await signIn(otherEnterpriseStaff);
    const { page } = intruder;
    const before = await everything();

    for (const path of [`/enterprise/positions/${positionId}/edit`, `/enterprise/positions/${positionId}/applicants`]) {
      const response = await page.goto(`${app.url}${path}`);
      expect(refused(response), path).toBe(true);
      const text = await page.locator("main").innerText();
      expect(text).toMatch(/^(403|404)\b/);
      expect(text).not.toContain(studentName);
      expect(text).not.toContain(FIRST_NOTE);
      expect(await page.getByRole("button", { name: /保存修改|关闭岗位|不予录用/ }).count()).toBe(0);
    }

    // Posting the forms' fields directly, from the right origin, is refused just the same.
    const close = await page.request.post(`${app.url}/enterprise/positions/${positionId}/edit`, {
      headers: { Origin: app.url },
      form: { intent: "close", confirm: "yes" },
    });
    const reject = await page.request.post(`${app.url}/enterprise/positions/${positionId}/applicants`, {
      headers: { Origin: app.url },
      form: { applicationId: String(applicationId), to: "REJECTED", confirm: "yes" },
    });
    for (const response of [close, reject]) {
      expect([403, 404]).toContain(response.status());
      expect(await response.text()).not.toContain(studentName);
    }
    expect(await everything()).toEqual(before);
    await intruder.close();
  });

  it("the student follows the offer from the inbox and accepts it", async () => {
    const { page } = student;
    await page.reload(); // the header counts unread notices as of the page load
    await waitForHydration(page);
    await openSiteMenu(page);
    await expect.poll(() => navLink(page, /^消息，\d+ 条未读$/).count(), SLOW).toBe(1);
    await nav(page, /^消息/);
    await waitForPath(page, /^\/inbox$/);
    const offer = page.locator("article", { hasText: `拟录用：${TITLE}` });
    await expect.poll(() => offer.count(), SLOW).toBe(1);
    expect(await offer.innerText()).toContain(OFFER_NOTE);
    // 查看详情 on an unread notice marks it read on the way to the application it is about.
    await offer.getByRole("button", { name: "查看详情" }).click();
    await waitForPath(page, /^\/applications$/);

    const card = page.locator(`#application-${applicationId}`);
    await expect.poll(() => card.getByRole("button", { name: "接受录用" }).count(), SLOW).toBe(1);
    expect(await card.innerText()).toContain("拟录用");
    // Accepting asks first, in the page.
    await card.getByRole("button", { name: "接受录用" }).click();
    await card.getByRole("button", { name: "确认接受" }).click();
    await waitForPath(page, /^\/applications\?notice=ACCEPTED/);
    await expect.poll(() => card.locator("strong").innerText(), SLOW).toBe("已接受录用");
    expect(await card.getByRole("button", { name: "接受录用" }).count()).toBe(0);
    expect(await db.prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })).toEqual({
      status: "ACCEPTED",
    });

    // Every step the enterprise took told the student (viewed, interview, offer); the student's own
    // acts (applying, accepting) are not notices to themselves.
    await gotoHydrated(page, `${app.url}/inbox`);
    const inbox = page.locator("main");
    await expect.poll(() => inbox.innerText(), SLOW).toContain(`拟录用：${TITLE}`);
    for (const status of ["企业已查看", "邀请面试"]) expect(await inbox.innerText()).toContain(`${status}：${TITLE}`);
    for (const status of ["已投递", "已接受录用"]) expect(await inbox.innerText()).not.toContain(`${status}：${TITLE}`);
    expect(await db.prisma.notification.count({ where: { userId: studentUser.id } })).toBe(3);
  });

  it("the student's school sees the application and its outcome; another school does not", async () => {
    const own = await signIn(schoolStaff);
    await nav(own.page, "学生申请");
    await waitForPath(own.page, /^\/school\/applications$/);
    const row = own.page.locator("tr", { hasText: studentName });
    await expect.poll(() => row.count(), SLOW).toBe(1);
    expect(await row.innerText()).toContain(TITLE);
    expect(await row.innerText()).toContain("已接受录用");

    const other = await signIn(otherSchoolStaff);
    const response = await other.page.goto(`${app.url}/school/applications`);
    expect(response?.status()).toBe(200);
    const text = await other.page.locator("main").innerText();
    expect(text).toContain("没有符合条件的申请");
    expect(text).not.toContain(studentName);
    expect(text).not.toContain(TITLE);
    await Promise.all([own.close(), other.close()]);
  });

  it("every page loaded its scripts, kept to the Content Security Policy and threw nothing", () => {
    expect(actors.length).toBe(5);
    expect(actors.flatMap((a) => a.problems)).toEqual([]);
  });
});

/**
 * A fresh browser (its own cookies) signed in as `username` through the login page. Its pages
 * report CSP violations, uncaught errors and missing scripts: the forms' checks only run if the scripts did.
 */
async function signIn(username: string): Promise<Actor> {
  const browser = await launchBrowser();
  const problems: string[] = [];
  browser.context.on("page", (p) => watch(p, problems));
  const page = await browser.context.newPage();
  let closing: Promise<void> | undefined;
  const actor = { page, browser, problems, close: () => (closing ??= browser.close()) };
  actors.push(actor);
  await gotoHydrated(page, `${app.url}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(TEST_PASSWORD);
  // Enter, not a click: the error lines vanish on blur and the button moves under a pending click.
  await page.getByLabel("密码").press("Enter");
  await waitForPath(page, /^\/$/);
  return actor;
}

function watch(page: Page, problems: string[]) {
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  // A missing script leaves the page unhydrated; say so plainly (it happens when build/ is rebuilt mid-run).
  page.on("response", (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname.startsWith("/build/")) {
      problems.push(`${response.status()} ${response.url()}: the browser bundle changed under the test, rebuild and rerun`);
    }
  });
}

/** Remix navigates on the client after a form post, so poll the URL rather than wait for a load event. */
async function waitForPath(page: Page, pattern: RegExp): Promise<RegExpExecArray> {
  const path = () => {
    const url = new URL(page.url());
    return url.pathname + url.search;
  };
  await expect.poll(path, SLOW).toMatch(pattern);
  return pattern.exec(path())!;
}

/** A link of the site header's main navigation. */
const navLink = (page: Page, name: string | RegExp) =>
  page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name, exact: typeof name === "string" });

/** Goes where a person would: through the header (its menu, on a phone). */
const nav = async (page: Page, name: string | RegExp) => {
  // The header shuts its menu at the end of every navigation: a menu opened while the sign-in's own
  // navigation is still finishing closes again, so open it and tap again, a few times at most.
  for (let attempt = 1; ; attempt++) {
    await openSiteMenu(page);
    try {
      await navLink(page, name).click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
};

/** Presses an applicant's button and waits for the page to confirm the new status. */
async function moveTo(page: Page, card: Locator, button: string, status: string, label: string) {
  await card.getByRole("button", { name: button }).click();
  await waitForPath(page, new RegExp(`[?&]moved=${status}(&|$)`));
  await expect.poll(() => page.getByText(`已更新为「${label}」`).count(), SLOW).toBe(1);
  await expect.poll(() => card.locator("strong").innerText(), SLOW).toBe(label);
}

/** Every row a position or application write touches, to prove a refused request wrote nothing. */
const everything = async () => ({ positions: await positionTables(db), applications: await applicationTables(db) });

/** Not allowed (403) or not even there (404): either way the page refused. */
const refused = (response: PageResponse | null) => response !== null && [403, 404].includes(response.status());
