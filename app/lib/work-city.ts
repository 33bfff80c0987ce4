import { DISTRICT_LABEL } from "./labels";
import { named } from "./facts";

// Where a position's work is (docs/decisions/0010): Position.city names the city when it is not
// Hohhot, null means 呼和浩特市 (the platform's city, where nearly every position is). A district is
// one of Hohhot's, so only a Hohhot position has one.

export const HOHHOT = "呼和浩特市";
// Hohhot as people type it, spaces left out: with or without 市, the everyday 呼市, with the province
// in front (内蒙古(自治区)), or in Latin letters. Typed any of these ways it is Hohhot, not "another city".
const HOHHOT_PREFIX = "^(?:内蒙古(?:自治区)?)?(?:呼和浩特市?|呼市)";
const HOHHOT_NAME = new RegExp(`${HOHHOT_PREFIX}$|^hohhot(?:city)?$`, "i");
const HOHHOT_AND_MORE = new RegExp(`${HOHHOT_PREFIX}.`);
const compact = (name: string) => name.replace(/\s+/g, "");

/** Whether a typed city name is Hohhot (any of the forms above, spaces anywhere). */
export const isHohhotName = (name: string) => HOHHOT_NAME.test(compact(name));

/** A Hohhot name with more after it (呼和浩特市新城区): a district typed into the city field. */
export const isHohhotWithMore = (name: string) => !isHohhotName(name) && HOHHOT_AND_MORE.test(compact(name));

/** A city as the column stores it: Hohhot (typed in any of its forms) and nothing are both null; runs of spaces become one. */
export function storedCity(name: string | null | undefined): string | null {
  const city = name?.trim().replace(/\s+/g, " ") ?? "";
  return city === "" || isHohhotName(city) ? null : city;
}

/** Outside Hohhot: what recommendations leave out unless the student asks (issue 9 item 9). */
export const isOutsideHohhot = (city: string | null | undefined) => storedCity(city) !== null;

/** A card's one-word place: the city when it is not Hohhot, else the district's name (null when neither). */
export const placeName = (city: string | null | undefined, district: string | null | undefined): string | null =>
  storedCity(city) ?? named(DISTRICT_LABEL, district);
