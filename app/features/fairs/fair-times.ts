// A fair's times come from <input type="datetime-local"> read as Hohhot's wall clock (Asia/Shanghai,
// UTC+8 all year: China keeps no summer time) and are stored as instants; the edit form gets them back
// in the same shape. Shared by the browser and the server, so no Intl time-zone lookups here.

const HOHHOT_OFFSET_MS = 8 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The earliest and latest wall-clock times a fair may be set at (PostgreSQL and people alike). */
export const LOCAL_RANGE = { min: "2000-01-01T00:00", max: "2099-12-31T23:59" } as const;

/**
 * "2026-12-08T09:00" (Hohhot wall clock) → the instant, or null when the text is no real moment
 * (2026-02-30T09:00, 24:00, a missing part) or outside LOCAL_RANGE.
 */
export function hohhotInstant(local: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? "0")) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(wall);
  // Date.UTC rolls 02-30 into March and 25:00 into the next day: such text is no moment.
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || check.getUTCHours() !== hour! || check.getUTCMinutes() !== minute!) {
    return null;
  }
  if (local.slice(0, 16) < LOCAL_RANGE.min || local.slice(0, 16) > LOCAL_RANGE.max) return null;
  return new Date(wall - HOHHOT_OFFSET_MS);
}

/** An instant as datetime-local text on Hohhot's wall clock: "2026-12-08T09:00". */
export function hohhotLocal(at: Date): string {
  return new Date(at.getTime() + HOHHOT_OFFSET_MS).toISOString().slice(0, 16);
}
