import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { passCode } from "~/lib/fair-pass.server";
import { useTestApp } from "../../support/test-app";
import { checkInWorld, postScans, scanOne } from "./world";

// Every answer of the entrance scanner with its message (issue 12 item 4, docs/decisions/0014), through
// the scan API as the scanner page posts it. Messages typed from the issue, not read from the code.

const t = useTestApp();
let w: Awaited<ReturnType<typeof checkInWorld>>;
beforeAll(async () => {
  w = await checkInWorld(t);
});

const scansOf = (fairId: number) =>
  t.db.prisma.fairScan.count({ where: { fairId } });

describe("checked in and already checked in", () => {
  it("a true pass of this fair checks the student in with name, school and program; again → 已签到过 by whom and when", async () => {
    const s = await w.registered();
    const first = await scanOne(w.staff, w.fair.id, { code: s.code });
    expect(first).toMatchObject({
      outcome: "CHECKED_IN",
      message: "签到成功",
      replay: false,
    });
    expect(first.student?.name).toBe(s.student.name);
    const program = await t.db.prisma.schoolProgram.findUniqueOrThrow({
      where: { id: s.student.schoolProgramId },
      include: { program: true },
    });
    expect(first.student?.program).toBe(program.program.name);
    const schoolName = (
      await t.db.prisma.organisation.findUniqueOrThrow({
        where: { id: w.school.id },
      })
    ).name;
    expect(first.student?.school).toBe(schoolName);

    const again = await scanOne(w.staff2, w.fair.id, { code: s.code });
    expect(again).toMatchObject({
      outcome: "ALREADY_CHECKED_IN",
      message: "已签到过",
      checkedInBy: "入口甲",
    });
    expect(again.checkedInAt).toBe(first.scannedAt);
    const reg = await t.db.prisma.fairRegistration.findUniqueOrThrow({
      where: { id: s.registration.id },
    });
    expect(reg.checkedInById).toBe(w.staffUser.id);
  });

  it("a teacher of the organising school checks in too", async () => {
    const s = await w.registered();
    expect(
      (await scanOne(w.teacher, w.fair.id, { code: s.code })).outcome
    ).toBe("CHECKED_IN");
  });

  it("typed codes are forgiven case and spaces", async () => {
    const s = await w.registered();
    const typed = ` ${s.code.toLowerCase().replace("-", " - ")} `.replace(
      / - /,
      "-"
    );
    expect((await scanOne(w.staff, w.fair.id, { code: typed })).outcome).toBe(
      "CHECKED_IN"
    );
  });
});

describe("forged (无效的入场码)", () => {
  it("a pass with one character of its mac changed", async () => {
    const s = await w.registered();
    const last = s.code.at(-1)!;
    const changed = s.code.slice(0, -1) + (last === "0" ? "1" : "0");
    expect(await scanOne(w.staff, w.fair.id, { code: changed })).toMatchObject({
      outcome: "FORGED",
      message: "无效的入场码",
    });
    expect(
      (
        await t.db.prisma.fairRegistration.findUniqueOrThrow({
          where: { id: s.registration.id },
        })
      ).checkedInAt
    ).toBeNull();
  });

  it("made-up codes: a guessed mac, a number, words, a link", async () => {
    for (const code of [
      `F${w.fair.id}-R1-0000000000`,
      "123456",
      "入场码",
      "https://example.com/x",
    ]) {
      expect(await scanOne(w.staff, w.fair.id, { code })).toMatchObject({
        outcome: "FORGED",
        message: "无效的入场码",
      });
    }
  });

  it("a pass signed for another student than the registration's", async () => {
    const s = await w.registered();
    const other = await t.make.student({ schoolId: w.school.id });
    const code = passCode({
      fairId: w.fair.id,
      registrationId: s.registration.id,
      studentId: other.id,
    });
    expect((await scanOne(w.staff, w.fair.id, { code })).outcome).toBe(
      "FORGED"
    );
  });

  it("a pass of a deleted registration and of one that never existed", async () => {
    const s = await w.registered();
    await t.db.prisma.fairRegistration.delete({
      where: { id: s.registration.id },
    });
    expect((await scanOne(w.staff, w.fair.id, { code: s.code })).outcome).toBe(
      "FORGED"
    );
    const unknown = passCode({
      fairId: w.fair.id,
      registrationId: 999_999,
      studentId: s.student.id,
    });
    expect((await scanOne(w.staff, w.fair.id, { code: unknown })).outcome).toBe(
      "FORGED"
    );
  });

  it("a pass naming another fair than its registration's", async () => {
    const s = await w.registered();
    const other = await t.make.jobFair({
      organiserId: w.school.id,
      running: true,
    });
    const code = passCode({
      fairId: other.id,
      registrationId: s.registration.id,
      studentId: s.student.id,
    });
    expect((await scanOne(w.staff, w.fair.id, { code })).outcome).toBe(
      "FORGED"
    );
    expect((await scanOne(w.staff, other.id, { code })).outcome).toBe("FORGED");
  });
});

describe("wrong fair, not registered", () => {
  it("a true pass of another fair → 不是本场招聘会的入场码, nothing checked in", async () => {
    const other = await t.make.jobFair({
      organiserId: w.school.id,
      running: true,
    });
    const s = await w.registered(other.id);
    expect(await scanOne(w.staff, w.fair.id, { code: s.code })).toMatchObject({
      outcome: "WRONG_FAIR",
      message: "不是本场招聘会的入场码",
    });
    expect(
      (
        await t.db.prisma.fairRegistration.findUniqueOrThrow({
          where: { id: s.registration.id },
        })
      ).checkedInAt
    ).toBeNull();
  });

  it("a cancelled registration → 该学生未报名本场招聘会", async () => {
    const s = await w.registered(w.fair.id, { cancelledAt: new Date() });
    expect(await scanOne(w.staff, w.fair.id, { code: s.code })).toMatchObject({
      outcome: "NOT_REGISTERED",
      message: "该学生未报名本场招聘会",
    });
    expect(
      (
        await t.db.prisma.fairRegistration.findUniqueOrThrow({
          where: { id: s.registration.id },
        })
      ).checkedInAt
    ).toBeNull();
  });
});

describe("expired: the fair's days in Hohhot (20–21 May 2026, 09:00 the first day to 17:00 the last)", () => {
  let fairId: number;
  beforeAll(async () => {
    const fair = await t.make.jobFair({
      organiserId: w.school.id,
      status: "RUNNING",
      startsAt: new Date("2026-05-20T01:00:00Z"),
      endsAt: new Date("2026-05-21T09:00:00Z"),
    });
    fairId = fair.id;
  });
  const at = async (scannedAt: string) =>
    (
      await scanOne(w.staff, fairId, {
        code: (await w.registered(fairId)).code,
        scannedAt,
      })
    ).outcome;

  it("the day before the first (its last millisecond, 19 May 23:59:59.999 Hohhot) → 入场码不在有效期内", async () => {
    const s = await w.registered(fairId);
    expect(
      await scanOne(w.staff, fairId, {
        code: s.code,
        scannedAt: "2026-05-19T15:59:59.999Z",
      })
    ).toMatchObject({
      outcome: "EXPIRED",
      message: "入场码不在有效期内",
    });
  });
  it("the first day's first moment (00:00 Hohhot = 16:00 UTC the day before) → checked in", async () => {
    expect(await at("2026-05-19T16:00:00.000Z")).toBe("CHECKED_IN");
    expect(await at("2026-05-20T00:00:00.000+08:00")).toBe("CHECKED_IN");
  });
  it("the last day's last moment (23:59:59.999 Hohhot) → checked in; the next day's first → expired", async () => {
    expect(await at("2026-05-21T15:59:59.999Z")).toBe("CHECKED_IN");
    expect(await at("2026-05-21T16:00:00.000Z")).toBe("EXPIRED");
    expect(await at("2026-05-23T10:00:00.000+08:00")).toBe("EXPIRED");
  });
  it("an expired scan does not check the student in", async () => {
    const s = await w.registered(fairId);
    await scanOne(w.staff, fairId, {
      code: s.code,
      scannedAt: "2026-05-22T02:00:00Z",
    });
    expect(
      (
        await t.db.prisma.fairRegistration.findUniqueOrThrow({
          where: { id: s.registration.id },
        })
      ).checkedInAt
    ).toBeNull();
  });

  it("late (offline) scans keep their device time; the registration keeps the earliest accepted time and its scanner", async () => {
    const s = await w.registered(fairId);
    const online = await scanOne(w.staff, fairId, {
      code: s.code,
      scannedAt: "2026-05-20T02:05:00.000Z",
    });
    expect(online.outcome).toBe("CHECKED_IN");
    const late = await scanOne(w.staff2, fairId, {
      code: s.code,
      scannedAt: "2026-05-20T02:00:00.000Z",
      offline: true,
    });
    expect(late.outcome).toBe("ALREADY_CHECKED_IN");
    let reg = await t.db.prisma.fairRegistration.findUniqueOrThrow({
      where: { id: s.registration.id },
      include: { checkedInBy: true },
    });
    expect(reg.checkedInAt?.toISOString()).toBe("2026-05-20T02:00:00.000Z");
    expect(reg.checkedInBy?.displayName).toBe("入口乙");
    await scanOne(w.staff, fairId, {
      code: s.code,
      scannedAt: "2026-05-20T03:00:00.000Z",
      offline: true,
    });
    reg = await t.db.prisma.fairRegistration.findUniqueOrThrow({
      where: { id: s.registration.id },
      include: { checkedInBy: true },
    });
    expect(reg.checkedInAt?.toISOString()).toBe("2026-05-20T02:00:00.000Z");
    const rows = await t.db.prisma.fairScan.findMany({
      where: { registrationId: s.registration.id },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.scannedAt.toISOString(), r.offline])).toEqual([
      ["2026-05-20T02:05:00.000Z", false],
      ["2026-05-20T02:00:00.000Z", true],
      ["2026-05-20T03:00:00.000Z", true],
    ]);
  });
});

describe("idempotency and the scan log", () => {
  it("a retry with the same nonce returns the stored answer: one row, one check-in", async () => {
    const s = await w.registered();
    const nonce = randomUUID();
    const scannedAt = new Date().toISOString();
    const before = await scansOf(w.fair.id);
    const first = await scanOne(w.staff, w.fair.id, {
      code: s.code,
      nonce,
      scannedAt,
    });
    const retry = await scanOne(w.staff, w.fair.id, {
      code: s.code,
      nonce,
      scannedAt,
    });
    expect(first).toMatchObject({ outcome: "CHECKED_IN", replay: false });
    expect(retry).toMatchObject({
      outcome: "CHECKED_IN",
      replay: true,
      student: first.student,
    });
    expect(await scansOf(w.fair.id)).toBe(before + 1);
    // The same nonce from another scanner is another scan.
    expect(
      (await scanOne(w.staff2, w.fair.id, { code: s.code, nonce, scannedAt }))
        .outcome
    ).toBe("ALREADY_CHECKED_IN");
    expect(await scansOf(w.fair.id)).toBe(before + 2);
  });

  it("a batch answers each scan in order; re-uploading the whole batch changes nothing", async () => {
    const a = await w.registered();
    const b = await w.registered();
    const batch = [
      {
        code: a.code,
        nonce: randomUUID(),
        scannedAt: new Date().toISOString(),
        offline: true,
      },
      {
        code: "nonsense",
        nonce: randomUUID(),
        scannedAt: new Date().toISOString(),
        offline: true,
      },
      {
        code: b.code,
        nonce: randomUUID(),
        scannedAt: new Date().toISOString(),
        offline: true,
      },
      {
        code: a.code,
        nonce: randomUUID(),
        scannedAt: new Date().toISOString(),
        offline: true,
      },
    ];
    const before = await scansOf(w.fair.id);
    const first = (await (
      await postScans(w.staff, w.fair.id, batch)
    ).json()) as { answers: { outcome: string; replay: boolean }[] };
    expect(first.answers.map((x) => x.outcome)).toEqual([
      "CHECKED_IN",
      "FORGED",
      "CHECKED_IN",
      "ALREADY_CHECKED_IN",
    ]);
    const again = (await (
      await postScans(w.staff, w.fair.id, batch)
    ).json()) as { answers: { outcome: string; replay: boolean }[] };
    expect(again.answers.map((x) => x.outcome)).toEqual([
      "CHECKED_IN",
      "FORGED",
      "CHECKED_IN",
      "ALREADY_CHECKED_IN",
    ]);
    expect(again.answers.every((x) => x.replay)).toBe(true);
    expect(await scansOf(w.fair.id)).toBe(before + 4);
  });

  it("a device clock more than two minutes ahead is refused and nothing is written; a minute ahead is accepted", async () => {
    const s = await w.registered();
    const before = await scansOf(w.fair.id);
    const ahead = await scanOne(w.staff, w.fair.id, {
      code: s.code,
      scannedAt: new Date(Date.now() + 5 * 60_000).toISOString(),
    });
    expect(ahead.outcome).toBeNull();
    expect(ahead.message).toContain("扫码时间晚于服务器时间");
    expect(await scansOf(w.fair.id)).toBe(before);
    const slightly = await scanOne(w.staff, w.fair.id, {
      code: s.code,
      scannedAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(slightly.outcome).toBe("CHECKED_IN");
  });

  it("the check-in page shows the live count and the failed-scan log with reason, code and scanner", async () => {
    const fair = await t.make.jobFair({
      organiserId: w.school.id,
      running: true,
    });
    const a = await w.registered(fair.id);
    await w.registered(fair.id);
    await w.registered(fair.id, { cancelledAt: new Date() });
    await scanOne(w.staff, fair.id, { code: a.code });
    await scanOne(w.staff2, fair.id, { code: "F1-R2-ABCDEFGHJK" });
    const html = await (await w.staff.get(`/fairs/${fair.id}/check-in`)).text();
    expect(html).toMatch(/data-testid="checked-in"[^>]*>1</);
    expect(html).toMatch(/data-testid="registered"[^>]*>2</);
    expect(html).toContain("无效的入场码");
    expect(html).toContain("F1-R2-ABCDEFGHJK");
    expect(html).toContain("入口乙");
  });

  it("a fair not running takes no scans (400, nothing written)", async () => {
    const open = await t.make.jobFair({ organiserId: w.school.id });
    const s = await w.registered(open.id);
    const response = await postScans(w.staff, open.id, [{ code: s.code }]);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      "招聘会不在进行中，不能扫码"
    );
    expect(await scansOf(open.id)).toBe(0);
  });
});
