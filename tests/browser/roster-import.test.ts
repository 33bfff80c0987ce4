import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gotoHydrated, signInPage, useBrowser, waitForHydration } from "../support/browser";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";
import { STUDENT_HEADERS, xlsxOf } from "../import/files";
import { studentRow } from "../import/world";

// Issue 14 item 7 in Chromium on a phone (390×844): a school's office imports a roster with three bad
// rows — the errors are shown by row and column and nothing is written — fixes them, imports again and
// confirms; the students are there. Then it opens its own school's report from /reports.

const t = useTestApp();
const browser = useBrowser();
// expect.poll gives up after 1 s by default: too short for a server round trip on a busy 2-core CI machine.
const SLOW = { timeout: 15_000 };
const cast = fromBeforeAll("the cast", async () => {
  const school = await t.make.school({ name: "呼和浩特市导入测试职业学校" });
  const program = await t.make.program({ name: "导入测试专业" });
  await t.make.schoolProgram({ schoolId: school.id, programId: program.id });
  const staff = await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id });
  return { school, program, staff };
});

const signIn = (context: BrowserContext, userId: number): Promise<Page> => signInPage(context, t, userId);

async function waitForPath(page: Page, pattern: RegExp) {
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toMatch(pattern);
}

async function uploadFile(page: Page, bytes: Uint8Array) {
  await gotoHydrated(page, `${t.url}/imports/new`);
  await page.getByLabel("导入内容").selectOption({ label: "学生名册" });
  await page.getByLabel("文件").setInputFiles({ name: "名册.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(bytes) });
  await page.getByRole("button", { name: "上传并检查" }).click();
  await waitForPath(page, /\/imports\/\d+$/);
  await waitForHydration(page);
}

describe("a school imports its roster on a phone", () => {
  it("three bad rows: errors by row and column, nothing written; fixed: previewed, confirmed, written", async () => {
    const row = (n: string, over: Parameters<typeof studentRow>[3] = {}) => studentRow(cast.school.name, cast.program.name, n, over);
    const bad = [row("40001"), row("40002", { 性别: "不详" }), row("40003", { 出生日期: "2008-13-01" }), row("40004", { 入学年份: 2023, 毕业年份: 2024 }), row("40005")];
    const page = await signIn(browser.context, cast.staff.id);
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await uploadFile(page, await xlsxOf(STUDENT_HEADERS, bad));
    const main = page.locator("main");
    await expect.poll(() => main.innerText(), SLOW).toContain("文件中有 3 处错误，没有写入任何记录");
    const errors = page.getByRole("table", { name: "错误" });
    const cards = errors.locator("tbody tr");
    await expect.poll(() => cards.count(), SLOW).toBe(3);
    expect(await cards.nth(0).innerText()).toMatch(/第 3 行[\s\S]*性别[\s\S]*性别应为“男”或“女”/);
    expect(await cards.nth(1).innerText()).toMatch(/第 4 行[\s\S]*出生日期/);
    expect(await cards.nth(2).innerText()).toMatch(/第 5 行[\s\S]*毕业年份[\s\S]*3 至 5 年/);
    expect(await page.getByRole("link", { name: /下载标注错误的工作簿/ }).getAttribute("href")).toMatch(/\/errors\.xlsx$/);
    expect(await t.db.prisma.student.count({ where: { schoolId: cast.school.id } })).toBe(0);

    const fixed = [row("40001"), row("40002", { 性别: "男" }), row("40003", { 出生日期: "2008-12-01" }), row("40004", { 入学年份: 2023, 毕业年份: 2026 }), row("40005")];
    await uploadFile(page, await xlsxOf(STUDENT_HEADERS, fixed));
    await expect.poll(() => page.locator('[data-count="add"]').innerText(), SLOW).toBe("5");
    await page.getByRole("button", { name: "确认导入" }).click();
    await expect.poll(() => page.locator("main .badge").first().innerText(), { timeout: 20_000 }).toBe("已导入");
    await expect.poll(() => page.locator('[data-count="add"]').innerText(), SLOW).toBe("5");
    const students = await t.db.prisma.student.findMany({ where: { schoolId: cast.school.id }, orderBy: { studentNumber: "asc" }, select: { studentNumber: true, gender: true } });
    expect(students.map((s) => s.studentNumber)).toEqual(["40001", "40002", "40003", "40004", "40005"]);
    expect(students[1]!.gender).toBe("男");
    await gotoHydrated(page, `${t.url}/imports`);
    await expect.poll(() => page.getByRole("table", { name: "导入记录" }).locator("tbody tr").count(), SLOW).toBe(2);

    // …and sees its own report: the list offers the school's own, whose 在校生 of the 2025–26 school year
    // are the five just imported (入学 2023, 毕业 2026).
    await gotoHydrated(page, `${t.url}/reports`);
    await page.getByRole("link", { name: cast.school.name }).first().click();
    await waitForPath(page, new RegExp(`^/reports/\\d+/${cast.school.id}$`));
    await expect.poll(() => page.locator("h1").first().innerText(), SLOW).toContain(cast.school.name);
    await gotoHydrated(page, `${t.url}/reports/2025/${cast.school.id}`);
    await expect.poll(() => page.locator("tr", { hasText: "全日制在校生人数" }).first().innerText(), SLOW).toMatch(/全日制在校生人数[\s\S]*\b5\b/);
  });
});
