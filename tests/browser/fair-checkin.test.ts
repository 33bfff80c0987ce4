import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import QRCode from "qrcode";
import { afterAll, beforeAll, expect, it } from "vitest";
import { passCode } from "~/lib/fair-pass.server";
import { gotoHydrated, launchBrowser } from "../support/browser";
import { dayFromToday } from "../support/dates";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// Issue 12 items 4 and 9 in Chromium on a touch phone (390×844), without a camera: the organiser's
// staff feed a generated QR image to 从图片识别 → 签到成功 with the name; again → 已签到过; a forged, an
// expired and another fair's code typed → each message; offline, two typed scans wait in the queue
// (离线 · 2 条待上传) and are uploaded when the connection returns, counted once each.

const t = useTestApp();
const phone = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const SLOW = { timeout: 15_000 };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "qc-pass-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fair RUNNING on `day` (YYYY-MM-DD, Hohhot), 09:00–17:00. */
async function fairOn(organiserId: number, day: string) {
  return t.make.jobFair({ organiserId, status: "RUNNING", startsAt: new Date(`${day}T09:00:00+08:00`), endsAt: new Date(`${day}T17:00:00+08:00`) });
}

it("scans an image, refuses forged, expired and other fairs' codes, and uploads offline scans when back", async () => {
  const school = await t.make.school();
  const staffUser = await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id, displayName: "入口甲" });
  const fair = await fairOn(school.id, dayFromToday(0));
  const registered = async (fairId: number, name: string) => {
    const student = await t.make.student({ schoolId: school.id, name });
    const registration = await t.make.fairRegistration({ fairId, studentId: student.id });
    return { registration, code: passCode({ fairId, registrationId: registration.id, studentId: student.id }) };
  };
  const zhang = await registered(fair.id, "张小青");
  const cookie = (await t.clientFor(staffUser.id)).cookie;
  const eq = cookie.indexOf("=");
  await phone.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: t.url }]);
  const page = await phone.context.newPage();
  await gotoHydrated(page, `${t.url}/fairs/${fair.id}/check-in`);
  expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
  const answer = page.locator(".scan-answer");
  const count = page.getByTestId("checked-in");

  // A QR image of the pass, made here with the qrcode package, fed to 从图片识别.
  const png = path.join(dir, "pass.png");
  await writeFile(png, await QRCode.toBuffer(zhang.code, { type: "png", width: 320, margin: 4 }));
  await page.getByLabel("从图片识别").setInputFiles(png);
  await expect.poll(() => answer.innerText(), SLOW).toContain("签到成功");
  expect(await answer.innerText()).toContain("张小青");
  await expect.poll(() => count.innerText(), SLOW).toBe("1");

  await page.getByLabel("从图片识别").setInputFiles(png);
  await expect.poll(() => answer.innerText(), SLOW).toContain("已签到过");
  expect(await answer.innerText()).toContain("入口甲");

  const typed = async (code: string) => {
    await page.getByLabel("输入入场码").fill(code);
    await page.getByRole("button", { name: "签到", exact: true }).click();
  };
  const forged = zhang.code.slice(0, -1) + (zhang.code.endsWith("0") ? "1" : "0");
  await typed(forged);
  await expect.poll(() => answer.innerText(), SLOW).toContain("无效的入场码");

  const yesterday = await fairOn(school.id, dayFromToday(-1));
  await typed((await registered(yesterday.id, "李昨天")).code);
  await expect.poll(() => answer.innerText(), SLOW).toContain("不是本场招聘会的入场码");

  // Expired: yesterday's fair's own entrance, scanned today.
  await gotoHydrated(page, `${t.url}/fairs/${yesterday.id}/check-in`);
  await typed((await registered(yesterday.id, "王过期")).code);
  await expect.poll(() => page.locator(".scan-answer").innerText(), SLOW).toContain("入场码不在有效期内");

  // Offline: two scans queue on the device, then upload when the connection returns.
  await gotoHydrated(page, `${t.url}/fairs/${fair.id}/check-in`);
  const a = await registered(fair.id, "赵离线");
  const b = await registered(fair.id, "钱离线");
  await phone.context.setOffline(true);
  await typed(a.code);
  await typed(b.code);
  await expect.poll(() => page.getByRole("status").filter({ hasText: "待上传" }).innerText(), SLOW).toBe("离线 · 2 条待上传");
  expect(await t.db.prisma.fairScan.count({ where: { registrationId: { in: [a.registration.id, b.registration.id] } } })).toBe(0);
  await phone.context.setOffline(false);
  await expect.poll(() => page.locator(".scan-queue").innerText(), { timeout: 20_000 }).toBe("已连接 · 无待上传");
  await expect.poll(() => page.getByTestId("checked-in").innerText(), SLOW).toBe("3");
  const rows = await t.db.prisma.fairScan.findMany({ where: { registrationId: { in: [a.registration.id, b.registration.id] } } });
  expect(rows.map((r) => [r.outcome, r.offline])).toEqual([
    ["CHECKED_IN", true],
    ["CHECKED_IN", true],
  ]);
  expect(await t.db.prisma.fairRegistration.count({ where: { fairId: fair.id, checkedInAt: { not: null } } })).toBe(3);
});
