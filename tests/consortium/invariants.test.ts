import { describe, expect, it } from "vitest";
import { mayMoveMembership, MEMBERSHIP_STATUSES, type MembershipSide, type MembershipStatus } from "~/features/consortium/membership-status";

// The membership state machine, written out by hand from docs/decisions/0015 ("Consortium"), not read
// from the table: every allowed move, and every other move of each side refused.

type Move = [MembershipSide, MembershipStatus | null, MembershipStatus];
const ALLOWED: Move[] = [
  ["organisation", null, "REQUESTED"], // asks to join
  ["organisation", "DECLINED", "REQUESTED"], // asks again after 未通过
  ["organisation", "LEFT", "REQUESTED"], // asks again after leaving
  ["organisation", "APPROVED", "LEFT"], // leaves
  ["bureau", "REQUESTED", "APPROVED"],
  ["bureau", "REQUESTED", "DECLINED"],
];
const FORBIDDEN: Move[] = [
  ["organisation", null, "APPROVED"], // an organisation never makes itself a member
  ["organisation", "REQUESTED", "APPROVED"],
  ["organisation", "REQUESTED", "REQUESTED"], // asking twice is one request
  ["organisation", "APPROVED", "REQUESTED"],
  ["organisation", "REQUESTED", "LEFT"], // a pending request is not withdrawn
  ["organisation", "DECLINED", "APPROVED"],
  ["organisation", "LEFT", "APPROVED"], // no coming back without the bureau
  ["organisation", "REQUESTED", "DECLINED"],
  ["bureau", null, "APPROVED"], // the bureau decides requests, it does not enrol organisations
  ["bureau", "APPROVED", "LEFT"], // the bureau never removes a member
  ["bureau", "APPROVED", "DECLINED"],
  ["bureau", "DECLINED", "APPROVED"], // a decided request is not decided again
  ["bureau", "LEFT", "APPROVED"],
  ["bureau", "LEFT", "REQUESTED"],
  ["bureau", "DECLINED", "REQUESTED"],
  ["bureau", "REQUESTED", "LEFT"],
];

describe("consortium membership moves", () => {
  it.each(ALLOWED)("%s may move %s → %s", (side, from, to) => {
    expect(mayMoveMembership(side, from, to)).toBe(true);
  });
  it.each(FORBIDDEN)("%s may not move %s → %s", (side, from, to) => {
    expect(mayMoveMembership(side, from, to)).toBe(false);
  });
  it("every move not listed as allowed is refused", () => {
    const key = ([s, f, t]: Move) => `${s}:${f}:${t}`;
    const allowed = new Set(ALLOWED.map(key));
    for (const side of ["organisation", "bureau"] as const) {
      for (const from of [null, ...MEMBERSHIP_STATUSES]) {
        for (const to of MEMBERSHIP_STATUSES) {
          expect(mayMoveMembership(side, from, to), key([side, from, to])).toBe(allowed.has(key([side, from, to])));
        }
      }
    }
  });
});
