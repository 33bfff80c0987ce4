import { DISTRICT_LABEL } from "./labels";
import { named } from "./facts";

// Where a position's work is (docs/decisions/0010): Position.city names the city when it is not
// Hohhot, null means 呼和浩特市 (the platform's city, where nearly every position is). A district is
// one of Hohhot's, so only a Hohhot position has one.

export const HOHHOT = "呼和浩特市";
const HOHHOT_NAMES = new Set(["呼和浩特", HOHHOT]);

/** A city as the column stores it: Hohhot (typed with or without 市) and nothing are both null. */
export function storedCity(name: string | null | undefined): string | null {
  const city = name?.trim() ?? "";
  return city === "" || HOHHOT_NAMES.has(city) ? null : city;
}

/** Outside Hohhot: what recommendations leave out unless the student asks (issue 9 item 9). */
export const isOutsideHohhot = (city: string | null | undefined) => storedCity(city) !== null;

/** A card's one-word place: the city when it is not Hohhot, else the district's name (null when neither). */
export const placeName = (city: string | null | undefined, district: string | null | undefined): string | null =>
  storedCity(city) ?? named(DISTRICT_LABEL, district);
