import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { passCode } from "~/lib/fair-pass.server";
import { gotoHydrated, launchBrowser } from "../support/browser";
import { dayFromToday } from "../support/dates";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// Issue 12 item 4 on a phone: an entrance phone queued a scan while offline in the fair's last hour;
// by the time it is back (and its page reloaded) the organiser has closed the fair. The check-in page
// of the closed fair offers no scanning, but it still uploads this device's queue, and the student
// counts as checked in at the time of the scan.

const t = useTestApp();
const phone = fromBeforeAll("a touch phone", () => launchBrowser({ touch: true }), (b) => b.close());
const SLOW = { timeout: 15_000 };
const yesterday = dayFromToday(-1);
const at = (time: string) => new Date(`${yesterday}T${time}:00+08:00`).toISOString();

let staffId: number;
let schoolId: number;
let cookie: string;
beforeAll(async () => {
  const school = await t.make.school();
  const staff = await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id });
  staffId = staff.id;
  cookie = (await t.clientFor(staff.id)).cookie;
  schoolId = school.id;
});

it("the closed fair's check-in page uploads the device's queued scans and offers no scanner", async () => {
  const fair = await t.make.jobFair({ organiserId: schoolId, startsAt: at("09:00"), endsAt: at("17:00"), status: "CLOSED" });
  const student = await t.make.student({ schoolId, account: true });
  const registration = await t.make.fairRegistration({ fairId: fair.id, studentId: student.id });
  const code = passCode({ fairId: fair.id, registrationId: registration.id, studentId: student.id });

  const eq = cookie.indexOf("=");
  await phone.context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: t.url }]);
  const page = await phone.context.newPage();
  // The queue this phone kept in localStorage while it was offline (the scanner's own key and shape).
  await page.goto(`${t.url}/fairs`);
  await page.evaluate(
    ([key, scan]) => window.localStorage.setItem(key, JSON.stringify([scan])),
    [`fair-checkin:${fair.id}:${staffId}`, { code, nonce: randomUUID(), scannedAt: at("16:40"), offline: true }] as const,
  );
  await gotoHydrated(page, `${t.url}/fairs/${fair.id}/check-in`);
  expect(await page.getByRole("button", { name: "签到" }).count()).toBe(0);
  await expect
    .poll(async () => (await t.db.prisma.fairRegistration.findUniqueOrThrow({ where: { id: registration.id } })).checkedInAt?.toISOString() ?? null, SLOW)
    .toBe(at("16:40"));
  await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), `fair-checkin:${fair.id}:${staffId}`), SLOW).toBe("[]");
  await page.close();
});
