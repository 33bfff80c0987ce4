import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/features/auth/session.server";
import { useApplicationWorld } from "../support/application-world";
import { useBrowser } from "../support/browser";

// On a 390×844 phone, what users write themselves — a note to the enterprise, a résumé, a company's
// description, address and website, a notice quoting them — may be one long run without spaces (a
// pasted link, "aaaa…", a WeChat article URL). It wraps inside the page: no page wider than the phone.

const PHONE = { width: 390, height: 844 };
const LONG = "a".repeat(300);
const LINK = `https://example.com/${"x".repeat(150)}`;

const w = useApplicationWorld();
const browser = useBrowser();
const users = {} as Record<"student" | "enterprise", number>;
let positionId: number;
let applicationId: number;
let studentId: number;

beforeAll(async () => {
  const applicant = await w.student();
  users.student = applicant.user.id;
  studentId = applicant.student.id;
  users.enterprise = w.staffUser.id;
  await w.db.prisma.organisation.update({
    where: { id: w.enterprise.id },
    data: { description: LONG, address: `新华大街${"1".repeat(100)}`, website: LINK },
  });
  positionId = (await w.make.position({ enterpriseId: w.enterprise.id, programIds: [w.program.id] })).id;
  const sharedResume = { intro: LONG, skills: LINK, certificates: null, experience: null, phone: "13800000000", wechat: "abcdefghijklmnopqrst", sharedAt: new Date().toISOString() };
  applicationId = (await w.make.application({ positionId, studentId: applicant.student.id, note: LONG, sharedResume })).id;
  await w.make.resume({ studentId: applicant.student.id, intro: LONG, skills: LINK, phone: "13800000000" });
  await w.make.notification({ userId: users.enterprise, title: "新的申请", body: `留言：${LONG}`, link: `/enterprise/positions/${positionId}/applicants` });
  await w.make.notification({ userId: users.student, title: "新的消息", body: LONG, link: "/applications" });
});

async function pageAs(who: keyof typeof users): Promise<Page> {
  const setCookie = await createSession(users[who], new Request(w.app.url), "127.0.0.1");
  const [name, value] = setCookie.split(";")[0]!.split(/=(.*)/s);
  await browser.context.clearCookies();
  await browser.context.addCookies([{ name: name!, value: value!, url: w.app.url }]);
  const page = await browser.context.newPage();
  await page.setViewportSize(PHONE);
  return page;
}

describe("long unbroken text on a 390 px phone", () => {
  const cases: Array<[keyof typeof users, () => string]> = [
    ["enterprise", () => `/enterprise/positions/${positionId}/applicants`],
    ["enterprise", () => `/enterprise/positions/${positionId}/applicants/${applicationId}`],
    ["enterprise", () => `/enterprises/${w.enterprise.id}`],
    ["enterprise", () => "/inbox"],
    ["student", () => "/applications"],
    ["student", () => "/inbox"],
    ["student", () => `/students/${studentId}`],
  ];
  it.each(cases)("%s: no sideways page scroll", async (who, path) => {
    const page = await pageAs(who);
    try {
      const response = await page.goto(`${w.app.url}${path()}`);
      expect(response?.status(), path()).toBe(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path()} is no wider than the phone`).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await page.close();
    }
  });
});
