import { describe, expect, it } from "vitest";
import { dashboard, expiringUntil, figureRecords, figureValue, idleSince, type AgreementRow, type World } from "~/features/partnership-dashboard/figures";

// The dashboard's figures over hand-built worlds (no database): each expected value is worked out
// here from the meaning (issue 13 item 6, decision 0015), never read from the code under test.

const TODAY = "2026-06-15";
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
let nextId = 1;
function agreement(over: Partial<AgreementRow> = {}): AgreementRow {
  return {
    id: nextId++,
    title: "协议",
    kind: "COOPERATION",
    status: "ACTIVE",
    startsOn: d("2024-01-01"),
    endsOn: null,
    schoolId: 1,
    school: "甲校",
    district: "XINCHENG",
    enterpriseId: 10,
    enterprise: "甲企业",
    clusterId: 100,
    ...over,
  };
}
function world(over: Partial<World> = {}): World {
  return {
    today: TODAY,
    agreements: [],
    schools: [
      { id: 1, name: "甲校", district: "XINCHENG" },
      { id: 2, name: "乙校", district: "SAIHAN" },
      { id: 3, name: "丙校", district: null },
    ],
    clusters: [
      { id: 100, name: "清洁能源产业集群" },
      { id: 200, name: "电子信息产业" },
    ],
    activities: [],
    students: [],
    ...over,
  };
}

describe("the windows", () => {
  it("12 months back is the same calendar day a year before; 29 February goes to 1 March", () => {
    expect(idleSince("2026-06-15").toISOString().slice(0, 10)).toBe("2025-06-15");
    expect(idleSince("2028-02-29").toISOString().slice(0, 10)).toBe("2027-03-01");
    expect(idleSince("2026-01-01").toISOString().slice(0, 10)).toBe("2025-01-01");
  });
  it("90 days ahead is today + 90 days", () => {
    expect(expiringUntil("2026-06-15").toISOString().slice(0, 10)).toBe("2026-09-13");
    expect(expiringUntil("2026-12-31").toISOString().slice(0, 10)).toBe("2027-03-31");
  });
});

describe("agreements by state, kind, cluster and district", () => {
  const w = world({
    agreements: [
      agreement({ id: 1 }), // 生效
      agreement({ id: 2, status: "PROPOSED" }),
      agreement({ id: 3, endsOn: d("2026-06-14") }), // ended yesterday: 已到期
      agreement({ id: 4, endsOn: d("2026-06-15") }), // ends today: still 生效
      agreement({ id: 5, startsOn: d("2026-06-16"), kind: "ORDER_CLASS" }), // 未开始
      agreement({ id: 6, status: "TERMINATED", clusterId: null, schoolId: 2, district: "SAIHAN" }),
      agreement({ id: 7, status: "DECLINED", clusterId: 200, schoolId: 3, district: null }),
    ],
  });
  const ids = (r: ReturnType<typeof figureRecords>) => r.list.map((x) => ("id" in x ? x.id : 0)).sort();
  it("counts each state as the agreements feature reads it, 已到期 from the end day", () => {
    expect(ids(figureRecords(w, "agreements", { state: "IN_FORCE" }))).toEqual([1, 4]);
    expect(ids(figureRecords(w, "agreements", { state: "EXPIRED" }))).toEqual([3]);
    expect(ids(figureRecords(w, "agreements", { state: "UPCOMING" }))).toEqual([5]);
    expect(ids(figureRecords(w, "agreements", { state: "PROPOSED" }))).toEqual([2]);
    expect(ids(figureRecords(w, "agreements", { state: "TERMINATED" }))).toEqual([6]);
    expect(ids(figureRecords(w, "agreements", { state: "DECLINED" }))).toEqual([7]);
    expect(figureValue(w, "agreements")).toBe(7);
  });
  it("by kind, the enterprise's cluster (其他 = none) and the school's district (none = 未填)", () => {
    expect(ids(figureRecords(w, "agreements", { kind: "ORDER_CLASS" }))).toEqual([5]);
    expect(ids(figureRecords(w, "agreements", { cluster: "none" }))).toEqual([6]);
    expect(ids(figureRecords(w, "agreements", { cluster: 200 }))).toEqual([7]);
    expect(ids(figureRecords(w, "agreements", { district: "SAIHAN" }))).toEqual([6]);
    expect(ids(figureRecords(w, "agreements", { district: "none" }))).toEqual([7]);
    const board = dashboard(w);
    expect(board.byState.find((r) => r.key === "IN_FORCE")!.value).toBe(2);
    expect(board.byKind.find((r) => r.key === "COOPERATION")!.value).toBe(6);
    expect(board.byDistrict.find((r) => r.key === "XINCHENG")).toEqual({ key: "XINCHENG", agreements: 5, inForce: 2, pairs: 1 });
  });
});

describe("pairs, partner enterprises and schools without a partner", () => {
  const w = world({
    agreements: [
      agreement({ schoolId: 1, enterpriseId: 10 }),
      agreement({ schoolId: 1, enterpriseId: 10, kind: "ORDER_CLASS" }), // the same pair again: one pair
      agreement({ schoolId: 1, enterpriseId: 11, enterprise: "乙企业", clusterId: 200 }),
      agreement({ schoolId: 2, school: "乙校", district: "SAIHAN", enterpriseId: 10 }),
      agreement({ schoolId: 3, school: "丙校", district: null, enterpriseId: 12, status: "TERMINATED" }), // not in force
    ],
  });
  it("a pair is a distinct school × enterprise with an agreement in force", () => {
    const pairs = figureRecords(w, "pairs");
    expect(pairs.list.map((p) => ("schoolId" in p ? `${p.schoolId}×${p.enterpriseId}` : ""))).toEqual(["1×10", "1×11", "2×10"]);
    expect(figureValue(w, "pairs", { district: "SAIHAN" })).toBe(1);
  });
  it("partner enterprises are distinct enterprises in force, by their cluster", () => {
    expect(figureValue(w, "enterprises")).toBe(2);
    expect(figureValue(w, "enterprises", { cluster: 100 })).toBe(1);
    expect(figureValue(w, "enterprises", { cluster: 200 })).toBe(1);
    const e10 = figureRecords(w, "enterprises", { cluster: 100 }).list[0]!;
    expect(e10).toMatchObject({ id: 10, schools: 2, agreements: 3 });
  });
  it("a school whose only agreement is terminated has no active partner", () => {
    expect(figureRecords(w, "unpartnered").list.map((s) => ("id" in s ? s.id : 0))).toEqual([3]);
  });
});

describe("students per cluster", () => {
  it("sums the schools' enrolled students in the cluster's programs; 其他 holds those with none", () => {
    const w = world({
      students: [
        { schoolId: 1, clusterId: 100, students: 30 },
        { schoolId: 2, clusterId: 100, students: 12 },
        { schoolId: 2, clusterId: null, students: 5 },
      ],
    });
    expect(figureValue(w, "students", { cluster: 100 })).toBe(42);
    expect(figureRecords(w, "students", { cluster: 100 }).list).toHaveLength(2);
    expect(figureValue(w, "students", { cluster: "none" })).toBe(5);
    expect(figureValue(w, "students", { cluster: 200 })).toBe(0);
    expect(figureValue(w, "students")).toBe(47);
  });
});

describe("agreements with no activity in 12 months (since 2025-06-15 on 2026-06-15)", () => {
  const a = agreement({ schoolId: 1, enterpriseId: 10, startsOn: d("2024-01-01") });
  const idleWith = (lastDay: string | null, over: Partial<AgreementRow> = {}) =>
    figureValue(
      world({
        agreements: [{ ...a, ...over }],
        activities: lastDay ? [{ schoolId: 1, enterpriseId: 10, kind: "placement", lastDay: d(lastDay) }] : [],
      }),
      "idle",
    );
  it("activity on the first day of the window keeps it off the list; the day before does not", () => {
    expect(idleWith("2025-06-15")).toBe(0);
    expect(idleWith("2025-06-14")).toBe(1);
    expect(idleWith(null)).toBe(1);
  });
  it("activity under another pair does not count", () => {
    const w = world({ agreements: [a], activities: [{ schoolId: 2, enterpriseId: 10, kind: "orderClass", lastDay: d("2026-06-01") }] });
    expect(figureValue(w, "idle")).toBe(1);
  });
  it("only agreements in force for the whole window: started on its first day in, a day later out", () => {
    expect(idleWith(null, { startsOn: d("2025-06-15") })).toBe(1);
    expect(idleWith(null, { startsOn: d("2025-06-16") })).toBe(0);
    expect(idleWith(null, { endsOn: d("2026-06-14") })).toBe(0); // 已到期
    expect(idleWith(null, { status: "TERMINATED" })).toBe(0);
  });
});

describe("agreements expiring within 90 days (until 2026-09-13 on 2026-06-15)", () => {
  const expiring = (endsOn: string | null, status: AgreementRow["status"] = "ACTIVE") =>
    figureValue(world({ agreements: [agreement({ endsOn: endsOn ? d(endsOn) : null, status })] }), "expiring");
  it("the 90th day is in, the 91st out; today is in, yesterday (已到期) out", () => {
    expect(expiring("2026-09-13")).toBe(1);
    expect(expiring("2026-09-14")).toBe(0);
    expect(expiring("2026-06-15")).toBe(1);
    expect(expiring("2026-06-14")).toBe(0);
  });
  it("a 长期 agreement never expires; a terminated or proposed one is not counted", () => {
    expect(expiring(null)).toBe(0);
    expect(expiring("2026-07-01", "TERMINATED")).toBe(0);
    expect(expiring("2026-07-01", "PROPOSED")).toBe(0);
  });
});
