// Cell text → value, for the import's checks: the ways a date, a number, a yes/no come out of a
// school's Excel (a date cell, a serial number, 2005/3/7, 2005-03-07, 2005年3月7日; "2023" typed as text,
// full-width digits; 是/否). Each returns null when the text is not one; the caller says why in Chinese.

const nfkc = (text: string) => text.normalize("NFKC").replace(/[\s\u200b-\u200d\ufeff]+/g, "");

/** Excel's day 0 is 1899-12-30 (its serial numbers count from there, with the 1900 leap-year bug before March 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A day as YYYY-MM-DD from 2005-03-07, 2005/3/7, 2005.3.7, 2005年3月7日, 20050307 or an Excel serial number (38418). */
export function parseDay(text: string): string | null {
  const t = nfkc(text);
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (parts) return validDay(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  // A date cell saved as General shows its serial number; 1–2958465 is 1900-01-01 to 9999-12-31.
  if (/^\d{1,7}(\.0+)?$/.test(t)) {
    const serial = Number(t);
    if (serial < 1 || serial > 2958465) return null;
    const date = new Date(EXCEL_EPOCH_MS + serial * 86_400_000);
    return validDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return null;
}

/** A whole number from "2023", "２０２３", "2023.0" (a number cell), "4,500" or "4500元"; null for anything else. */
export function parseWhole(text: string): number | null {
  const t = nfkc(text).replace(/,/g, "").replace(/元$/, "");
  if (!/^-?\d{1,9}(\.0+)?$/.test(t)) return null;
  return Number(t);
}

const YES = new Set(["是", "Y", "YES", "TRUE", "1", "√"]);
const NO = new Set(["否", "N", "NO", "FALSE", "0", "×"]);
/** 是/否 (and Y/N, TRUE/FALSE, 1/0) → boolean; null when neither. */
export function parseYesNo(text: string): boolean | null {
  const t = nfkc(text).toUpperCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

/** 男/女 (also 男性/女性, M/F). */
export function parseGender(text: string): "男" | "女" | null {
  const t = nfkc(text).toUpperCase();
  if (t === "男" || t === "男性" || t === "M") return "男";
  if (t === "女" || t === "女性" || t === "F") return "女";
  return null;
}

/** A name as stored: NFKC, inner runs of spaces to one (a full-width space too), ends trimmed. */
export const cleanName = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ").trim();

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
export const hasControlCharacters = (text: string) => CONTROL.test(text);
