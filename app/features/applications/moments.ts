// Times are shown in Hohhot's time and formatted on the server, so the page reads the same
// whatever the phone's clock or time zone says (and hydration sees the same text).
const MOMENT = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** "2026-11-29 15:20" */
export const moment = (date: Date) => MOMENT.format(date);

/** A date-only column (stored at UTC midnight) as YYYY-MM-DD. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
