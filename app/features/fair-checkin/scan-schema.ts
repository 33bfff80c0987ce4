import { z } from "zod";
import { optionalText } from "~/lib/schemas";

// What a scanner sends (issue 12 items 4 and 5): one schema for the page's queue and the server. A scan
// is the text read from a pass (camera, image or typed), the device's nonce for it, the device's time,
// and whether it waited in the device's queue. A batch is what the queue uploads at once.

export const SCAN_LIMITS = {
  batch: 200, // scans in one upload: a queue of a bad quarter-hour at one entrance
  code: 300, // characters of what was read; a pass is 30 at most (F<9>-R<9>-<10>)
  nonce: 64,
  note: 500,
  /** How far ahead of the server's clock a device's time may be: a phone's clock drifts, it does not run an hour ahead. */
  futureSkewMs: 2 * 60 * 1000,
} as const;

const CONTROL = /\p{Cc}|[\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** What was read from a pass: the scanner shows 无效的入场码 for anything else before it queues it. */
export const scanCode = z
  .string({ error: "请输入入场码" })
  .max(SCAN_LIMITS.code, `入场码不能超过 ${SCAN_LIMITS.code} 个字符`)
  .refine((v) => !CONTROL.test(v), "入场码不能包含控制字符")
  .trim()
  .min(1, "请输入入场码");

export const scanNonce = z
  .string({ error: "缺少扫码编号" })
  .regex(new RegExp(`^[A-Za-z0-9_-]{8,${SCAN_LIMITS.nonce}}$`), "扫码编号格式不正确");

/** Whether the YYYY-MM-DD the text starts with is a day of the calendar: Date.parse reads 2026-02-31 as 3 March. */
function realCalendarDay(v: string): boolean {
  const [y, m, d] = [Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10))];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** The device's time of the scan, an ISO instant (Date.toISOString()). */
export const scanTime = z
  .string({ error: "缺少扫码时间" })
  .max(40, "扫码时间格式不正确")
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, "扫码时间格式不正确")
  .refine((v) => !Number.isNaN(Date.parse(v)) && v.slice(0, 4) >= "2000" && v.slice(0, 4) <= "2099" && realCalendarDay(v), "扫码时间格式不正确")
  .transform((v) => new Date(v));

/** Form posts send "true"/"on"; JSON sends a boolean. */
const offlineFlag = z
  .union([z.boolean(), z.enum(["true", "false", "on"])], { error: "离线标记格式不正确" })
  .optional()
  .transform((v) => v === true || v === "true" || v === "on");

export const ScanInput = z.object({ code: scanCode, nonce: scanNonce, scannedAt: scanTime, offline: offlineFlag }, { error: "扫码记录格式不正确" });
export type ScanInput = z.output<typeof ScanInput>;

/** POST /fairs/:fairId/check-in/scans: 1–200 scans, as JSON ({ scans: [...] }) or a form (scans[0].code …). */
export const ScanBatch = z.object(
  {
  scans: z
    .array(ScanInput, { error: "缺少扫码记录" })
    .min(1, "缺少扫码记录")
    .max(SCAN_LIMITS.batch, `一次最多上传 ${SCAN_LIMITS.batch} 条扫码记录`)
    .refine((scans) => new Set(scans.map((s) => s.nonce)).size === scans.length, "同一批中扫码编号重复"),
  },
  { error: "请求格式不正确" },
);
export type ScanBatch = z.output<typeof ScanBatch>;

const rating = z
  .union([z.number(), z.string()], { error: "评分须为 1 到 5 的整数" })
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === "") return undefined;
    const n = typeof v === "number" ? v : Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 5) {
      ctx.addIssue({ code: "custom", message: "评分须为 1 到 5 的整数" });
      return z.NEVER;
    }
    return n;
  });

const positionId = z
  .union([z.number(), z.string()], { error: "岗位无效" })
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === "") return undefined;
    const n = typeof v === "number" ? v : Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 2_147_483_647) {
      ctx.addIssue({ code: "custom", message: "岗位无效" });
      return z.NEVER;
    }
    return n;
  });

/** One booth lead (招聘会意向): a scan at the booth plus the staff's optional position, note and rating. */
export const LeadInput = ScanInput.extend({
  positionId,
  note: optionalText("备注", SCAN_LIMITS.note, { lines: true }),
  rating,
});
export type LeadInput = z.output<typeof LeadInput>;

/** POST /fairs/:fairId/booth/scan: 1–200 lead scans, as JSON or a form. */
export const LeadBatch = z.object(
  {
  scans: z
    .array(LeadInput, { error: "缺少扫码记录" })
    .min(1, "缺少扫码记录")
    .max(SCAN_LIMITS.batch, `一次最多上传 ${SCAN_LIMITS.batch} 条扫码记录`)
    .refine((scans) => new Set(scans.map((s) => s.nonce)).size === scans.length, "同一批中扫码编号重复"),
  },
  { error: "请求格式不正确" },
);
export type LeadBatch = z.output<typeof LeadBatch>;

/** The scanner's check before it queues a scan (app/components/pass-scanner.tsx `validate`). */
export function checkScanCode(raw: string): { ok: true; code: string } | { ok: false; message: string } {
  const parsed = scanCode.safeParse(raw);
  return parsed.success ? { ok: true, code: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? "无效的入场码" };
}
