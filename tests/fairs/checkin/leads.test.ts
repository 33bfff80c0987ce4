import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../support/http";
import { useTestApp } from "../../support/test-app";
import { checkInWorld } from "./world";

// Enterprise staff at their approved booth record leads (招聘会意向, issue 12 item 5): one lead per booth
// and student, a second scan updates it, the student is told once, the booth is marked arrived.

const t = useTestApp();
let w: Awaited<ReturnType<typeof checkInWorld>>;
let boothStaff: Client;
let booth: { id: number; enterpriseId: number };
let positionId: number;
beforeAll(async () => {
  w = await checkInWorld(t);
  const b = await t.make.fairBooth({ fairId: w.fair.id, approved: true, withPosition: true });
  booth = b;
  positionId = (await t.db.prisma.fairBoothPosition.findFirstOrThrow({ where: { boothId: b.id } })).positionId;
  boothStaff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: b.enterpriseId })).id);
});

type LeadAnswer = { ok: boolean; message: string; updated?: boolean; student?: { name: string } };

async function lead(client: Client, fairId: number, scan: Record<string, unknown>) {
  const response = await client.request(`/fairs/${fairId}/booth/scan/leads`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ scans: [{ nonce: randomUUID(), scannedAt: new Date().toISOString(), ...scan }] }),
  });
  return { status: response.status, body: (await response.json()) as { answers?: LeadAnswer[]; message?: string } };
}

describe("lead scans at a booth", () => {
  it("records a lead with position, note and rating, marks the booth arrived and tells the student once", async () => {
    const s = await w.registered();
    const first = await lead(boothStaff, w.fair.id, { code: s.code, positionId, note: "会说蒙语", rating: 4 });
    expect(first.body.answers![0]).toMatchObject({ ok: true, message: "已记录意向", updated: false, student: { name: s.student.name } });
    const row = await t.db.prisma.fairLead.findUniqueOrThrow({ where: { boothId_studentId: { boothId: booth.id, studentId: s.student.id } } });
    expect(row).toMatchObject({ positionId, note: "会说蒙语", rating: 4, status: "PENDING", fairId: w.fair.id });
    expect((await t.db.prisma.fairBooth.findUniqueOrThrow({ where: { id: booth.id } })).arrivedAt).not.toBeNull();

    const second = await lead(boothStaff, w.fair.id, { code: s.code, note: "复试", rating: 5 });
    expect(second.body.answers![0]).toMatchObject({ ok: true, message: "已更新意向", updated: true });
    expect(await t.db.prisma.fairLead.count({ where: { boothId: booth.id, studentId: s.student.id } })).toBe(1);
    expect(await t.db.prisma.fairLead.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ note: "复试", rating: 5, positionId: null });
    expect(await t.db.prisma.notification.count({ where: { userId: s.student.userId!, link: "/fairs/mine" } })).toBe(1);
  });

  it("the booth keeps its first arrival time", async () => {
    const before = (await t.db.prisma.fairBooth.findUniqueOrThrow({ where: { id: booth.id } })).arrivedAt;
    await lead(boothStaff, w.fair.id, { code: (await w.registered()).code });
    expect((await t.db.prisma.fairBooth.findUniqueOrThrow({ where: { id: booth.id } })).arrivedAt).toEqual(before);
  });

  it("refuses forged, other fairs', cancelled passes and another booth's position, writing no lead", async () => {
    const other = await t.make.jobFair({ organiserId: w.school.id, running: true });
    const cancelled = await w.registered(w.fair.id, { cancelledAt: new Date() });
    const elsewhere = await w.registered(other.id);
    const foreignPosition = await t.make.position({});
    const fine = await w.registered();
    const before = await t.db.prisma.fairLead.count();
    const answers = [
      await lead(boothStaff, w.fair.id, { code: "F1-R1-0000000000" }),
      await lead(boothStaff, w.fair.id, { code: elsewhere.code }),
      await lead(boothStaff, w.fair.id, { code: cancelled.code }),
      await lead(boothStaff, w.fair.id, { code: fine.code, positionId: foreignPosition.id }),
    ].map((a) => a.body.answers![0]!);
    expect(answers.map((a) => [a.ok, a.message])).toEqual([
      [false, "无效的入场码"],
      [false, "不是本场招聘会的入场码"],
      [false, "该学生未报名本场招聘会"],
      [false, "请从本展位的岗位中选择"],
    ]);
    expect(await t.db.prisma.fairLead.count()).toBe(before);
  });

  it("bad input: a rating of 6, a note with markup, a huge note → 400, nothing written", async () => {
    const s = await w.registered();
    for (const [extra, message] of [
      [{ rating: 6 }, "评分须为 1 到 5 的整数"],
      [{ rating: "many" }, "评分须为 1 到 5 的整数"],
      [{ note: "<b>好</b>" }, "备注不能包含 HTML 标签"],
      [{ note: "好".repeat(501) }, "备注不能超过 500 个字符"],
      [{ note: "a\u0007b" }, "备注不能包含控制字符"],
    ] as const) {
      const answer = await lead(boothStaff, w.fair.id, { code: s.code, ...extra });
      expect(answer.status).toBe(400);
      expect(answer.body.message).toBe(message);
    }
    expect(await t.db.prisma.fairLead.count({ where: { studentId: s.student.id } })).toBe(0);
  });

  it("a fair not running takes no leads", async () => {
    const open = await t.make.jobFair({ organiserId: w.school.id });
    const b = await t.make.fairBooth({ fairId: open.id, approved: true });
    const staff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: b.enterpriseId })).id);
    const s = await w.registered(open.id);
    const answer = await lead(staff, open.id, { code: s.code });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe("招聘会不在进行中，不能记录意向");
  });
});
