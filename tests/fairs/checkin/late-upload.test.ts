import { beforeAll, expect, it } from "vitest";
import { useTestApp } from "../../support/test-app";
import { dayFromToday } from "../../support/dates";
import { checkInWorld, postScans, scanOne } from "./world";

// Issue 12 item 4: "When the network drops, the page keeps scanning, queues scans on the device, and
// uploads them when it is back; the server accepts late scans with their scan time" — no lost scan.
// An entrance phone that lost the network in the fair's last hour reconnects after the organiser
// closed the fair: its queued scans were made while the fair ran and must still count. A scan dated
// after the fair's end is no late upload: it is refused and nothing is written.

const t = useTestApp();
let w: Awaited<ReturnType<typeof checkInWorld>>;
beforeAll(async () => {
  w = await checkInWorld(t);
});

const yesterday = dayFromToday(-1);
const at = (time: string) => new Date(`${yesterday}T${time}:00+08:00`).toISOString();

async function closedFairOfYesterday() {
  return t.make.jobFair({ organiserId: w.school.id, startsAt: at("09:00"), endsAt: at("17:00"), status: "CLOSED" });
}

it("a scan queued while the fair ran is accepted after the fair closed, with its scan time", async () => {
  const fair = await closedFairOfYesterday();
  const s = await w.registered(fair.id);
  const answer = await scanOne(w.staff, fair.id, { code: s.code, scannedAt: at("16:40"), offline: true });
  expect(answer).toMatchObject({ outcome: "CHECKED_IN", message: "签到成功", scannedAt: at("16:40") });
  const registration = await t.db.prisma.fairRegistration.findUniqueOrThrow({ where: { id: s.registration.id } });
  expect(registration.checkedInAt?.toISOString()).toBe(at("16:40"));
  const scan = await t.db.prisma.fairScan.findFirstOrThrow({ where: { fairId: fair.id } });
  expect(scan.offline).toBe(true);
});

it("at a closed fair, a scan dated after the fair's end is refused and nothing is written", async () => {
  const fair = await closedFairOfYesterday();
  const s = await w.registered(fair.id);
  const response = await postScans(w.staff, fair.id, [{ code: s.code, scannedAt: at("17:01") }]);
  const body = (await response.json()) as { answers?: Array<{ outcome: string | null; message: string }>; message?: string };
  const message = body.answers?.[0]?.message ?? body.message;
  expect(body.answers?.[0]?.outcome ?? null).toBeNull();
  expect(message).toBe("招聘会已结束，只能上传结束前的扫码");
  expect(await t.db.prisma.fairScan.count({ where: { fairId: fair.id } })).toBe(0);
  const registration = await t.db.prisma.fairRegistration.findUniqueOrThrow({ where: { id: s.registration.id } });
  expect(registration.checkedInAt).toBeNull();
});

it("a cancelled fair still takes no scans (400, nothing written)", async () => {
  const fair = await t.make.jobFair({ organiserId: w.school.id, startsAt: at("09:00"), endsAt: at("17:00"), status: "CANCELLED" });
  const s = await w.registered(fair.id);
  const response = await postScans(w.staff, fair.id, [{ code: s.code, scannedAt: at("10:00") }]);
  expect(response.status).toBe(400);
  expect(await t.db.prisma.fairScan.count({ where: { fairId: fair.id } })).toBe(0);
});
