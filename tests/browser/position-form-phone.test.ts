import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseChromium, chromiumEnv, followFakedClock, gotoHydrated, pageWatchingCsp } from "../support/browser";
import { dayFromToday } from "../support/dates";
import { positionTables } from "../support/snapshots";
import { useTestApp } from "../support/test-app";

// Issue 9, item 8, on a 390×844 phone with a finger instead of Ctrl: enterprise staff narrow a long
// program list by typing, tap the one program they want, leave 专业大类 empty (it is optional, and the
// browser must not insist), and save. A start date before today is refused with a message.

const t = useTestApp();
// A phone that takes taps: the shared launcher's context has no touch screen, so this file launches its own.
let phone: BrowserContext;
let profileDir: string;
const SLOW = { timeout: 15_000 };
const PICKER = "面向专业（可多选，可不选）";
let cookingId: number;
let staffId: number;

beforeAll(async () => {
  const tourism = await t.make.category({ name: "旅游大类" });
  const transport = await t.make.category({ name: "交通运输大类" });
  cookingId = (await t.make.program({ name: "中餐烹饪", categoryId: tourism.id })).id;
  await t.make.program({ name: "西餐烹饪", categoryId: tourism.id });
  await t.make.program({ name: "高星级饭店运营与管理", categoryId: tourism.id });
  await t.make.program({ name: "汽车运用与维修", categoryId: transport.id });
  for (let i = 0; i < 40; i++) await t.make.program({ categoryId: transport.id }); // a long list, as the real catalogue
  const enterprise = await t.make.enterprise();
  staffId = (await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id;
  profileDir = await mkdtemp(path.join(os.tmpdir(), "qc-phone-"));
  const { executablePath, args } = await chooseChromium();
  phone = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    args,
    headless: true,
    locale: "zh-CN",
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    env: chromiumEnv(),
  });
  await followFakedClock(phone);
});

afterAll(async () => {
  await phone?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

async function signedInPage() {
  const cookie = (await t.clientFor(staffId)).cookie;
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  await phone.addCookies([{ name, value, url: t.url }]);
  return pageWatchingCsp(phone);
}

describe("the position form on a phone", () => {
  it("filters programs by typing 烹饪, takes 中餐烹饪 alone by touch, saves; a start date yesterday is refused", async () => {
    const { page, cspViolations } = await signedInPage();
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await gotoHydrated(page, `${t.url}/enterprise/positions/new`);
    expect(await page.getByText("按住 Ctrl").count()).toBe(0);

    const picker = page.getByRole("group", { name: PICKER });
    await picker.getByLabel("筛选").fill("烹饪");
    // Only the two cooking programs stay visible; the transport group is hidden whole.
    await expect.poll(() => picker.getByRole("checkbox").count(), SLOW).toBe(2);
    expect(await picker.getByRole("checkbox", { name: "汽车运用与维修" }).count()).toBe(0);
    expect(await picker.getByRole("group", { name: "交通运输大类" }).count()).toBe(0);

    await picker.getByRole("checkbox", { name: "中餐烹饪", exact: true }).tap();
    // The choice shows as a chip, which stays when the filter changes.
    await expect.poll(() => picker.getByRole("button", { name: "移除 中餐烹饪" }).count(), SLOW).toBe(1);
    await picker.getByLabel("筛选").fill("");
    await expect.poll(() => picker.getByRole("checkbox", { name: "汽车运用与维修" }).count(), SLOW).toBe(1);

    await page.getByLabel("岗位名称").fill("中餐热菜厨师");
    await page.getByLabel("岗位描述").fill("跟随主厨学习中式热菜，包食宿。");
    await page.getByLabel("招收人数").fill("2");

    // Start date yesterday (in Hohhot): a message, and nothing is written.
    const before = await positionTables(t.db);
    await page.getByLabel("到岗日期（可选）").fill(dayFromToday(-1));
    await page.getByRole("button", { name: "保存草稿" }).tap();
    await expect.poll(() => page.getByText("到岗日期不能早于今天").count(), SLOW).toBe(1);
    expect(page.url()).toBe(`${t.url}/enterprise/positions/new`);
    // The server says the same to a post that skipped the browser's check.
    const posted = await page.request.post(`${t.url}/enterprise/positions/new`, {
      headers: { Origin: t.url },
      form: { intent: "create", title: "中餐热菜厨师", kind: "JOB", description: "热菜", headcount: "2", programIds: String(cookingId), startDate: dayFromToday(-1) },
    });
    expect(posted.status()).toBe(400);
    expect(await posted.text()).toContain("到岗日期不能早于今天");
    expect(await positionTables(t.db)).toEqual(before);

    // Today is fine; no 专业大类 chosen, and the browser does not ask for one.
    await page.getByLabel("到岗日期（可选）").fill(dayFromToday(0));
    // A phone's date picker closes before the next tap; leaving the field re-checks it and clears its message.
    await page.getByLabel("到岗日期（可选）").blur();
    await expect.poll(() => page.getByText("到岗日期不能早于今天").count(), SLOW).toBe(0);
    await page.getByRole("button", { name: "保存草稿" }).tap();
    await page.waitForURL(/\/enterprise\/positions\/\d+\/edit\?done=create/, SLOW);
    const saved = await t.db.prisma.position.findFirstOrThrow({
      where: { title: "中餐热菜厨师" },
      select: { programs: { select: { programId: true } }, categories: { select: { categoryId: true } }, startDate: true },
    });
    expect(saved.programs).toEqual([{ programId: cookingId }]);
    expect(saved.categories).toEqual([]);
    expect(saved.startDate?.toISOString().slice(0, 10)).toBe(dayFromToday(0));

    // The edit page shows the one chosen program, checked, as a chip. The address changes before React
    // draws the edit page, and the form being left has the same picker and chip: wait for the edit page's own button.
    await page.getByRole("button", { name: "发布岗位" }).waitFor(SLOW);
    const edit = page.getByRole("group", { name: PICKER });
    expect(await edit.getByRole("checkbox", { name: "中餐烹饪", exact: true }).isChecked()).toBe(true);
    expect(await edit.getByRole("button", { name: "移除 中餐烹饪" }).count()).toBe(1);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it("without JavaScript the programs are plain checkboxes that post the chosen ids, none of them required", async () => {
    const client = await t.clientFor(staffId);
    const html = await (await client.get("/enterprise/positions/new")).text();
    expect(html).not.toContain("按住 Ctrl");
    expect(html).toMatch(new RegExp(`<input type="checkbox" name="programIds" value="${cookingId}"`));
    expect(html).not.toMatch(/<select[^>]*name="programIds"/);
    expect(html).not.toMatch(/name="(programIds|categoryIds)"[^>]*required/);
  });
});
