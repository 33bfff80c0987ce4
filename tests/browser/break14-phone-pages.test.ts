import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gotoHydrated, signInPage, useBrowser, waitForHydration } from "../support/browser";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// break14b: every page of issue 14 on a 390×844 phone, filled with the widest values a school produces
// (long school, employer and program names, a long 学号, an import with many errors): no sideways page
// scroll, and every control (link, button, field) on screen unless it sits in a box that scrolls by itself
// (a table's wrapper). Found: the city report's screen-reader notes (与公报值不同, absolutely placed) widened the
// page to 480 px past their scrolling table; /destinations' 专业 select grew to its longest option (469 px).

const YEAR = 2026; // the latest graduating class on 2026-11-30 and later in the school year
const PHONE_WIDTH = 390;
const LONG = "内蒙古自治区呼和浩特市赛罕区示例·现代服务业与智能制造职业技术学校（第二校区）";
const EMPLOYER = "示例·内蒙古伊利实业集团股份有限公司呼和浩特液态奶事业部金川开发区智能工厂";

const t = useTestApp();
const browser = useBrowser();
const cast = fromBeforeAll("the cast", async () => {
  const { make } = t;
  const school = await make.school({ name: LONG });
  const cluster = await make.cluster({ name: "现代服务业与智能制造产业集群（含数字经济）" });
  const program = await make.program({ name: "工业机器人技术应用与智能制造装备运维（中高职贯通）", clusterId: cluster.id });
  const sp = await make.schoolProgram({ schoolId: school.id, programId: program.id });
  const graduate = await make.student({ account: true, status: "GRADUATED", schoolId: school.id, schoolProgramId: sp.id, graduationYear: YEAR, cohortYear: YEAR - 3, name: "示例·阿拉坦其其格·巴特尔朝克图", studentNumber: "150102200301011234567" });
  await make.graduateDestination({
    studentId: graduate.id, kind: "EMPLOYED_CONTRACT", employerName: EMPLOYER, employerProvince: "内蒙古自治区", employerCity: "呼和浩特市",
    employerSize: "LARGE", sector: "SECONDARY", monthlyIncome: 4500, confirmation: "DISPUTED", disputeNote: "我实际在包头市昆都仑区的分公司上班，工资每月三千八百元左右，不是四千五".repeat(2),
  });
  for (let i = 0; i < 3; i++) await make.student({ schoolId: school.id, schoolProgramId: sp.id, status: "ENROLLED", cohortYear: YEAR - i });
  const staff = await make.user({ role: "SCHOOL_STAFF", organisationId: school.id });
  const bureau = await make.user({ role: "BUREAU_ADMIN", organisationId: (await make.bureau()).id });
  const enterprise = await make.enterprise({ name: EMPLOYER });
  await make.mentorTeaching({ schoolId: school.id, enterpriseId: enterprise.id, mentorName: "示例·乌力吉巴雅尔·其木格高级技师", schoolYear: YEAR, hours: 120 });
  const errors = Array.from({ length: 30 }, (_, i) => ({ row: 20001 - i, column: "单位所在省", message: `“${"内蒙古自治区呼和浩特市赛罕区".repeat(2)}”不是省级行政区名称（如 内蒙古 或 内蒙古自治区）` }));
  const job = await make.importJob({ schoolId: school.id, userId: staff.id, kind: "DESTINATIONS", status: "INVALID", fileName: `${"毕业去向登记表_2026届_".repeat(4)}.xlsx`, totalRows: 20000, errors });
  return { school, graduate, staff, bureau, job };
});

/** Controls that stick out of the 390 px screen, outside any box that scrolls sideways by itself. */
function cutOff(page: Page) {
  return page.evaluate((width) => {
    const scrollsItself = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const o = getComputedStyle(e).overflowX;
        if ((o === "auto" || o === "scroll") && e.scrollWidth > e.clientWidth) return true;
      }
      return false;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll("main a, main button, main input, main select, main textarea, header a, header button")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if ((r.left < -1 || r.right > width + 1) && !scrollsItself(el.parentElement)) out.push(`${el.tagName} “${(el.textContent ?? "").trim().slice(0, 20)}” ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return out;
  }, PHONE_WIDTH);
}

async function check(page: Page, path: string) {
  const response = await page.goto(`${t.url}${path}`);
  expect(response?.status(), path).toBe(200);
  expect(page.viewportSize()?.width).toBe(PHONE_WIDTH);
  await waitForHydration(page);
  // The charts import echarts after hydration and draw later (app/components/use-chart.ts): measure once they are drawn.
  await page.waitForFunction(() => [...document.querySelectorAll("[data-chart]")].every((chart) => chart.getAttribute("data-drawn") === "yes"), null, { timeout: 30_000 });
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  // What widens the page: placed elements (absolute, fixed) past the edge, for the failure message.
  const wide =
    scroll > PHONE_WIDTH
      ? await page.evaluate((width) =>
          [...document.querySelectorAll("body *")]
            .filter((e) => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== "static")
            .slice(0, 3)
            .map((e) => `${e.tagName}.${e.className} ${getComputedStyle(e).position} …${Math.round(e.getBoundingClientRect().right)}`),
          PHONE_WIDTH)
      : [];
  return { path, scroll, cut: await cutOff(page), wide };
}

describe("issue 14's pages on a phone", () => {
  it("the school's office: imports, destinations, its report, a drill-down, mentors", async () => {
    const page = await signInPage(browser.context, t, cast.staff.id);
    await gotoHydrated(page, `${t.url}/imports`);
    const results = [];
    for (const path of [
      "/imports", "/imports/new", `/imports/${cast.job.id}`, "/destinations", `/destinations/${cast.graduate.id}`, "/destinations/proposals",
      "/reports", `/reports/${YEAR}/${cast.school.id}`, `/reports/${YEAR}/records?figure=附表1.1`, `/reports/${YEAR}/records?figure=附表6.17`, "/mentors",
    ])
      results.push(await check(page, path));
    expect(results.filter((r) => r.scroll > PHONE_WIDTH || r.cut.length > 0)).toEqual([]);
  });
  it("the bureau: the city report and a school's; the graduate: /my/destination", async () => {
    const page = await signInPage(browser.context, t, cast.bureau.id);
    const results = [];
    for (const path of ["/reports", `/reports/${YEAR}`, `/reports/${YEAR}/${cast.school.id}`, `/reports/${YEAR}/records?figure=附表3.A&school=${cast.school.id}`, "/imports"])
      results.push(await check(page, path));
    const gp = await signInPage(browser.context, t, cast.graduate.user.id);
    results.push(await check(gp, "/my/destination"));
    expect(results.filter((r) => r.scroll > PHONE_WIDTH || r.cut.length > 0)).toEqual([]);
  });
});
