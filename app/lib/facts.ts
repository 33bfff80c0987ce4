import { lookup } from "./lookup";

// How facts read on a page (issue 9 item 9): a fact without a value is left out rather than shown as
// "—", a position without a deadline takes applications 长期有效, and an address that already names
// its district is not prefixed with it again.

/** A fact's text, or null when there is nothing to show: null, undefined, "" and whitespace are nothing. */
export function present(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

/** The facts that have a value, joined by " · " (for one-line summaries under a title); "" when none has one. */
export const factLine = (...values: (string | number | null | undefined)[]) =>
  values.map(present).filter((v): v is string => v !== null).join(" · ");

/** What 报名截止 reads: the last day (YYYY-MM-DD), or 长期有效 when the position set none. */
export const deadlineText = (deadline: string | null | undefined) => present(deadline) ?? "长期有效";

/**
 * Where a place is: the district's name and the address, without saying the district twice when the
 * address already starts with it (赛罕区 + 赛罕区大学东街 1 号 → 赛罕区大学东街 1 号), nor when it starts
 * with the city and then the district (呼和浩特市赛罕区…). Null when neither is known.
 */
export function placeText(districtName: string | null | undefined, address: string | null | undefined): string | null {
  const district = present(districtName);
  const where = present(address);
  if (!where) return district;
  if (!district) return where;
  const withoutCity = where.replace(/^(内蒙古自治区)?呼和浩特市?/, "");
  return withoutCity.startsWith(district) ? where : `${district} ${where}`;
}

/** The Chinese name of an enum value (a table of ~/lib/labels.ts), or null when there is no value: unlike label(), never "—". */
export const named = (table: Record<string, string>, key: string | null | undefined): string | null =>
  key ? (lookup(table, key) ?? key) : null;
