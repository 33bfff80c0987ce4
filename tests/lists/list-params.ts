import { expect } from "vitest";
import type { Client } from "../support/http";

// The list pages' query parameters, driven through the URL. A page marks each row it lists with
// data-row-id; the tests read those ids from the HTML and compare them with what they expect from
// the records they made, filtered by plain code in the test (never by the product's queries).
//
// A case that would pass with its parameter ignored proves nothing, so every expectation is first
// checked to be able to fail: non-empty, a strict subset of the unfiltered rows, and shorter than a
// page, so that a page ignoring the parameter necessarily shows more (or other) rows.

/** The ids of the rows a list page shows, in the order shown. */
export function rowIds(html: string): number[] {
  return [...html.matchAll(/data-row-id="(\d+)"/g)].map((m) => Number(m[1]));
}

/** GETs `path` as `client`, expects 200 and returns the row ids shown. */
export async function shownRows(client: Client, path: string): Promise<number[]> {
  const response = await client.get(path);
  expect(response.status, `GET ${path}`).toBe(200);
  return rowIds(await response.text());
}

/**
 * `subset` (ids expected under a filter) is non-empty, strictly smaller than `of` (the unfiltered
 * ids, or the ids under one of two combined filters), every id of it is in `of`, and it has fewer
 * than `perPage` rows, so a page that drops the filter cannot show exactly these rows.
 */
export function expectSplits(subset: readonly number[], of: readonly number[], perPage: number, what: string) {
  expect(subset.length, `${what}: selects nothing, so it could not fail`).toBeGreaterThan(0);
  expect(subset.length, `${what}: selects everything, so it could not fail`).toBeLessThan(of.length);
  expect(subset.length, `${what}: must fit on one page, with room to spare`).toBeLessThan(perPage);
  for (const id of subset) expect(of, `${what}: ${id} is outside the set it should narrow`).toContain(id);
}

/** Ids sorted ascending, to compare sets whatever the order shown. */
export const asSet = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);

/**
 * The query string for `params`; a parameter given an array repeats (kind=A&kind=B), as a form
 * with several checked boxes sends it.
 */
export function queryOf(params: Record<string, string | number | ReadonlyArray<string | number>>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) search.append(name, String(v));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/**
 * Pages 1 and 2 of a list with more rows than one page: page 1 is the first `perPage` of
 * `ordered`, page 2 the next ones, and the two do not overlap.
 */
export async function expectTwoPages(client: Client, path: string, ordered: readonly number[], perPage: number) {
  expect(ordered.length, "the list must run to a second page").toBeGreaterThan(perPage);
  expect(ordered.length, "and page 2 must be the last, to see all of it").toBeLessThanOrEqual(2 * perPage);
  const sep = path.includes("?") ? "&" : "?";
  const first = await shownRows(client, `${path}${sep}page=1`);
  const second = await shownRows(client, `${path}${sep}page=2`);
  expect(first).toEqual(ordered.slice(0, perPage));
  expect(second).toEqual(ordered.slice(perPage));
  expect(second.filter((id) => first.includes(id))).toEqual([]);
  // No page parameter is page 1.
  expect(await shownRows(client, path)).toEqual(first);
}
