import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../support/test-app";
import { checkInWorld, scansPath } from "./world";

// Hostile and broken scan uploads: each a 400 with a Chinese reason, nothing written, never a 500.

const t = useTestApp();
let w: Awaited<ReturnType<typeof checkInWorld>>;
let code: string;
beforeAll(async () => {
  w = await checkInWorld(t);
  code = (await w.registered()).code;
});

const good = () => ({
  code,
  nonce: randomUUID(),
  scannedAt: new Date().toISOString(),
});
const json = (body: string) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body,
});

// Built in the test, once the registration's code exists.
const cases: Array<[string, () => RequestInit, RegExp]> = [
  ["not JSON", () => json("{scans:"), /不是有效的 JSON/],
  ["not an object", () => json("[1,2]"), /请求格式不正确/],
  ["no scans", () => json("{}"), /缺少扫码记录/],
  ["an empty batch", () => json(JSON.stringify({ scans: [] })), /缺少扫码记录/],
  [
    "201 scans",
    () => json(JSON.stringify({ scans: Array.from({ length: 201 }, good) })),
    /一次最多上传 200 条/,
  ],
  [
    "a scan without a code",
    () => json(JSON.stringify({ scans: [{ ...good(), code: undefined }] })),
    /请输入入场码/,
  ],
  [
    "a blank code",
    () => json(JSON.stringify({ scans: [{ ...good(), code: "   " }] })),
    /请输入入场码/,
  ],
  [
    "a code of the wrong type",
    () => json(JSON.stringify({ scans: [{ ...good(), code: 12345 }] })),
    /请输入入场码/,
  ],
  [
    "a huge code",
    () =>
      json(JSON.stringify({ scans: [{ ...good(), code: "F".repeat(301) }] })),
    /入场码不能超过 300 个字符/,
  ],
  [
    "a code with control characters",
    () =>
      json(JSON.stringify({ scans: [{ ...good(), code: `${code}\u0000` }] })),
    /入场码不能包含控制字符/,
  ],
  [
    "a nonce with markup",
    () =>
      json(
        JSON.stringify({
          scans: [{ ...good(), nonce: "<script>alert(1)</script>" }],
        })
      ),
    /扫码编号格式不正确/,
  ],
  [
    "a missing nonce",
    () => json(JSON.stringify({ scans: [{ ...good(), nonce: undefined }] })),
    /缺少扫码编号/,
  ],
  [
    "a huge nonce",
    () =>
      json(JSON.stringify({ scans: [{ ...good(), nonce: "a".repeat(65) }] })),
    /扫码编号格式不正确/,
  ],
  [
    "two scans with one nonce",
    () =>
      json(
        JSON.stringify({
          scans: [
            { ...good(), nonce: "same-nonce-1" },
            { ...good(), nonce: "same-nonce-1" },
          ],
        })
      ),
    /扫码编号重复/,
  ],
  [
    "a scan time that is no time",
    () =>
      json(JSON.stringify({ scans: [{ ...good(), scannedAt: "yesterday" }] })),
    /扫码时间格式不正确/,
  ],
  [
    "a scan time in year 0000",
    () =>
      json(
        JSON.stringify({
          scans: [{ ...good(), scannedAt: "0000-01-01T00:00:00Z" }],
        })
      ),
    /扫码时间格式不正确/,
  ],
  [
    "a scan time on 31 February (JavaScript would read it as 3 March)",
    () => json(JSON.stringify({ scans: [{ ...good(), scannedAt: "2026-02-31T10:00:00Z" }] })),
    /扫码时间格式不正确/,
  ],
  [
    "a scan time in month 13",
    () => json(JSON.stringify({ scans: [{ ...good(), scannedAt: "2026-13-01T10:00:00Z" }] })),
    /扫码时间格式不正确/,
  ],
  [
    "a scan time at 24:30",
    () => json(JSON.stringify({ scans: [{ ...good(), scannedAt: "2026-11-30T24:30:00+08:00" }] })),
    /扫码时间格式不正确/,
  ],
  [
    "an offline flag of the wrong type",
    () => json(JSON.stringify({ scans: [{ ...good(), offline: "maybe" }] })),
    /离线标记格式不正确/,
  ],
  [
    "a form without scans",
    () => ({ method: "POST", body: new URLSearchParams({ x: "1" }) }),
    /缺少扫码记录/,
  ],
  [
    "a form with a scan missing its nonce",
    () => ({
      method: "POST",
      body: new URLSearchParams({
        "scans[0].code": "x",
        "scans[0].scannedAt": new Date().toISOString(),
      }),
    }),
    /缺少扫码编号/,
  ],
];

describe("bad scan uploads", () => {
  for (const [name, init, message] of cases) {
    it(`${name} → 400 with its reason, nothing written`, async () => {
      const before = await t.db.prisma.fairScan.count();
      const response = await w.staff.request(scansPath(w.fair.id), init());
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(
        message
      );
      expect(await t.db.prisma.fairScan.count()).toBe(before);
      expect(
        await t.db.prisma.fairRegistration.count({
          where: { fairId: w.fair.id, checkedInAt: { not: null } },
        })
      ).toBe(0);
    });
  }

  it("a form post (scans[0].code …) is accepted like JSON", async () => {
    const scan = good();
    const response = await w.staff.post(scansPath(w.fair.id), {
      "scans[0].code": scan.code,
      "scans[0].nonce": scan.nonce,
      "scans[0].scannedAt": scan.scannedAt,
      "scans[0].offline": "true",
    });
    expect(response.status).toBe(200);
    const { answers } = (await response.json()) as {
      answers: { outcome: string }[];
    };
    expect(answers[0]!.outcome).toBe("CHECKED_IN");
    expect(
      (
        await t.db.prisma.fairScan.findFirstOrThrow({
          where: { nonce: scan.nonce },
        })
      ).offline
    ).toBe(true);
  });

  it("JSON is taken only by the scan APIs: elsewhere it stays 415", async () => {
    const response = await w.staff.request(
      `/fairs/${w.fair.id}/check-in`,
      json("{}")
    );
    expect(response.status).toBe(415);
  });
});
