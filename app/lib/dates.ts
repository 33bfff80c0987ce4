// Dates as Hohhot reads them. Days and times are formatted on the server in China Standard Time,
// so a page reads the same whatever the phone's clock or time zone says (and hydration sees the
// same text); date-only columns are stored at UTC midnight.

const DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" });
const MOMENT = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Today in Hohhot as YYYY-MM-DD, the form a date input sends; a deadline is the last day applications are taken there. */
export const todayInHohhot = (now = new Date()): string => DAY.format(now);

/** A date-only column as YYYY-MM-DD. */
export function isoDayOf(date: Date): string;
export function isoDayOf(date: Date | null): string | null;
export function isoDayOf(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** A moment in Hohhot: "2026-11-29 15:20". */
export const moment = (date: Date) => MOMENT.format(date);

/** A YYYY-MM-DD day as the Date a date-only column stores (UTC midnight of that day). */
export const dayColumn = (day: string): Date => new Date(`${day}T00:00:00Z`);
