import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { describeOnPostgres } from "../../support/postgres-only";
import { useTestApp } from "../../support/test-app";
import { checkInWorld, postScans, type Answer } from "./world";

// Scans racing on a real PostgreSQL server with a connection pool (PGlite is one connection). Run with
// bash scripts/with-postgres.sh npx vitest run tests/fairs/checkin/concurrency.test.ts

describeOnPostgres("check-in under concurrency (skipped on PGlite: one connection cannot race)", () => {
  const t = useTestApp();
  let w: Awaited<ReturnType<typeof checkInWorld>>;
  beforeAll(async () => {
    w = await checkInWorld(t);
  });
  const answersOf = async (r: Response) => ((await r.json()) as { answers: Answer[] }).answers;

  it("10 simultaneous uploads of one scan (same nonce): one row, one check-in, every answer 签到成功", async () => {
    const s = await w.registered();
    const scan = { code: s.code, nonce: randomUUID(), scannedAt: new Date().toISOString() };
    const responses = await Promise.all(Array.from({ length: 10 }, () => postScans(w.staff, w.fair.id, [scan])));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const answers = (await Promise.all(responses.map(answersOf))).map((a) => a[0]!);
    expect(answers.every((a) => a.outcome === "CHECKED_IN")).toBe(true);
    expect(answers.filter((a) => !a.replay)).toHaveLength(1);
    expect(await t.db.prisma.fairScan.count({ where: { nonce: scan.nonce } })).toBe(1);
  });

  it("two scanners scanning one student at once: one 签到成功, one 已签到过", async () => {
    for (let round = 0; round < 5; round++) {
      const s = await w.registered();
      const [a, b] = await Promise.all([postScans(w.staff, w.fair.id, [{ code: s.code }]), postScans(w.staff2, w.fair.id, [{ code: s.code }])]);
      const outcomes = [(await answersOf(a))[0]!.outcome, (await answersOf(b))[0]!.outcome].sort();
      expect(outcomes).toEqual(["ALREADY_CHECKED_IN", "CHECKED_IN"]);
      expect(await t.db.prisma.fairScan.count({ where: { registrationId: s.registration.id } })).toBe(2);
    }
  });

  it("50 students scanned by 5 scanners at once, each twice: 50 checked in, 100 rows, no lost scan", async () => {
    const fair = await t.make.jobFair({ organiserId: w.school.id, running: true });
    const students = await Promise.all(Array.from({ length: 50 }, () => w.registered(fair.id)));
    const scanners = [w.staff, w.staff2, w.teacher, w.staff, w.staff2];
    const posts = students.flatMap((s, i) => [
      postScans(scanners[i % 5]!, fair.id, [{ code: s.code }]),
      postScans(scanners[(i + 1) % 5]!, fair.id, [{ code: s.code }]),
    ]);
    const answers = (await Promise.all((await Promise.all(posts)).map(answersOf))).map((a) => a[0]!.outcome);
    expect(answers.filter((o) => o === "CHECKED_IN")).toHaveLength(50);
    expect(answers.filter((o) => o === "ALREADY_CHECKED_IN")).toHaveLength(50);
    expect(await t.db.prisma.fairRegistration.count({ where: { fairId: fair.id, checkedInAt: { not: null } } })).toBe(50);
    expect(await t.db.prisma.fairScan.count({ where: { fairId: fair.id } })).toBe(100);
  });

  it("a booth's double scan of one student at once makes one lead and one notice", async () => {
    const b = await t.make.fairBooth({ fairId: w.fair.id, approved: true });
    const staff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: b.enterpriseId })).id);
    const s = await w.registered();
    const post = () =>
      staff.request(`/fairs/${w.fair.id}/booth/scan/leads`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ scans: [{ code: s.code, nonce: randomUUID(), scannedAt: new Date().toISOString() }] }),
      });
    const responses = await Promise.all([post(), post(), post()]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await t.db.prisma.fairLead.count({ where: { boothId: b.id, studentId: s.student.id } })).toBe(1);
    expect(await t.db.prisma.notification.count({ where: { userId: s.student.userId! } })).toBe(1);
  });
});
