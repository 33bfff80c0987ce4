import { expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { gotoHydrated, launchBrowser, openSiteMenu, waitForHydration } from "../support/browser";
import { cohortOn, dayFromToday } from "../support/dates";
import { fromBeforeAll } from "../support/test-database";

// Issue 11 item 3 in Chromium on a touch phone (390×844): the school's office opens an order-class
// under an agreement in force (made by the factory), enrols students up to the seats, and the next
// enrolment is refused with a Chinese message; the seats shown follow.

const w = useApplicationWorld();
const phone = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const SLOW = { timeout: 15_000 };

it("the office opens a class, fills its seats, and the next student is refused", async () => {
  const cohort = cohortOn(dayFromToday(0)) - 1;
  await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, kind: "ORDER_CLASS", title: "西贝工匠班订单培养协议" });
  const students = [];
  for (let i = 0; i < 3; i++) students.push(await w.make.student({ schoolId: w.school.id, schoolProgramId: w.offering.id, cohortYear: cohort, name: `学生${"甲乙丙"[i]}` }));
  const office = await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id });
  const cookie = (await w.clientFor(office.id)).cookie;
  const eq = cookie.indexOf("=");
  await phone.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: w.app.url }]);
  const page = await phone.context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await gotoHydrated(page, `${w.app.url}/`);
  expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
  await openSiteMenu(page);
  await page.getByRole("link", { name: "订单班", exact: true }).click();
  await page.waitForURL(/\/order-classes$/, SLOW);
  await page.getByRole("link", { name: "开设新班" }).click();
  await page.waitForURL(/\/order-classes\/new$/, SLOW);

  await page.getByLabel("合作协议").selectOption({ label: `${w.enterprise.name} · 西贝工匠班订单培养协议（订单班）` });
  await page.getByLabel("班级名称").fill("西贝工匠班");
  await page.getByLabel("专业").selectOption(String(w.offering.id));
  await page.getByLabel("年级（入学年份）").fill(String(cohort));
  await page.getByLabel("名额").fill("2");
  await page.getByLabel("企业师傅（每行一位）").fill("王师傅\n李师傅");
  await page.getByRole("button", { name: "开设" }).click();
  await page.waitForURL(/\/order-classes\/\d+(\?.*)?$/, SLOW);
  await waitForHydration(page);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), SLOW).toBe("西贝工匠班");
  expect(await page.getByTestId("seats-left").innerText()).toBe("2");

  for (const [i, s] of students.entries()) {
    await page.getByLabel("学生", { exact: true }).selectOption(String(s.id));
    await page.getByRole("button", { name: "入班" }).click();
    if (i < 2) {
      await expect.poll(() => page.getByTestId("seats-used").innerText(), SLOW).toBe(String(i + 1));
    } else {
      await expect.poll(() => page.getByRole("alert").allInnerTexts(), SLOW).toContainEqual(expect.stringContaining("名额已满，不能再入班"));
    }
  }
  expect(await page.getByTestId("seats-left").innerText()).toBe("0");
  const members = await w.db.prisma.orderClassMember.findMany({ where: { student: { schoolId: w.school.id } } });
  expect(members.map((m) => m.status)).toEqual(["ENROLLED", "ENROLLED"]);
  // The page fits the phone: nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(dialogs).toEqual([]);
});
