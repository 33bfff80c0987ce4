import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import type { Client } from "../../support/http";
import { useTestApp } from "../../support/test-app";
import { checkInWorld } from "./world";

// Issue 12's first failure to prevent is fake employers at booths: only verified enterprises get one.
// An enterprise the bureau suspends after its booth was approved (its positions already hidden from
// students everywhere else) is no longer at the fair: its staff cannot scan students' passes for leads
// (names, schools and programs, and a notice sent to the student), and students do not see its booth
// on the fair's page.

const t = useTestApp();
let w: Awaited<ReturnType<typeof checkInWorld>>;
let boothStaff: Client;
let enterpriseName: string;
beforeAll(async () => {
  w = await checkInWorld(t);
  const booth = await t.make.fairBooth({ fairId: w.fair.id, approved: true, withPosition: true });
  boothStaff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: booth.enterpriseId })).id);
  enterpriseName = (await t.db.prisma.organisation.findUniqueOrThrow({ where: { id: booth.enterpriseId } })).name;
  await t.db.prisma.enterprise.update({ where: { organisationId: booth.enterpriseId }, data: { standing: "SUSPENDED", standingReason: "虚假招聘" } });
});

it("a suspended enterprise's staff cannot record a lead at its approved booth (403, nothing written)", async () => {
  const s = await w.registered();
  const notices = await t.db.prisma.notification.count();
  const response = await boothStaff.request(`/fairs/${w.fair.id}/booth/scan/leads`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ scans: [{ code: s.code, nonce: randomUUID(), scannedAt: new Date().toISOString() }] }),
  });
  expect(response.status).toBe(403);
  expect(((await response.json()) as { message: string }).message).toBe("贵单位已被市教育局暂停，不能在招聘会记录意向");
  expect(await t.db.prisma.fairLead.count({ where: { fairId: w.fair.id } })).toBe(0);
  expect(await t.db.prisma.notification.count()).toBe(notices);
});

it("students do not see a suspended enterprise's booth on the fair's page", async () => {
  const s = await w.registered();
  const student = await t.clientFor(s.student.userId!);
  const response = await student.get(`/fairs/${w.fair.id}`);
  expect(response.status).toBe(200);
  expect(await response.text()).not.toContain(enterpriseName);
});
