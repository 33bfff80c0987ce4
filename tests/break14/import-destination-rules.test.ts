import { beforeAll, describe, expect, it } from "vitest";
import { destinationProblems } from "~/lib/destinations";
import { useDestinationRows } from "../import/destination-rows";

// break14b findings: the destination import planned records the school's form refuses
// (app/lib/destinations.ts destinationProblems, "the import's rules"):
//  - a 升学 row with 单位所在市 and no 单位所在省 was accepted (province null, so 附表1 row 5 misses a
//    graduate studying in 呼和浩特);
//  - re-importing a graduate as 升学 or 待就业 kept the old employment's 入职日期 and platform employer;
//  - re-importing as employed at another employer kept the old employer's platform link (the form keeps it
//    only while the name is the one it came with).

const w = useDestinationRows();
const t = w.t;
let enterpriseId: number;
let n = 0;

beforeAll(async () => {
  enterpriseId = (await t.make.enterprise()).id;
});

const blank = { 单位名称: "", 单位所在省: "", 单位所在市: "", 单位规模: "", 所属产业: "", 月收入: "", 三年内晋升: "" };
async function graduate(employed = false) {
  const number = `14r${++n}`;
  const s = await w.graduate(number);
  if (employed)
    await t.make.graduateDestination({
      studentId: s.id, kind: "EMPLOYED_CONTRACT", employerName: "平台企业", employerOrganisationId: enterpriseId, employerProvince: "内蒙古自治区",
      employerCity: "呼和浩特市", employedOn: new Date("2026-07-15T00:00:00Z"),
    });
  return number;
}
const check = (number: string, cells: Record<string, string>) => w.check([{ 学号: number, ...blank, ...cells }]);

describe("the import plans only destinations the form's rules accept", () => {
  it("升学 with 单位所在市 but no 单位所在省: an error on 单位所在省", async () => {
    const checked = await check(await graduate(), { 去向: "普通高考本科", 单位名称: "内蒙古大学", 单位所在市: "呼和浩特" });
    expect(checked.errors.map((e) => e.column)).toEqual(["单位所在省"]);
  });
  it("升学 with both (the other side): planned", async () => {
    const checked = await check(await graduate(), { 去向: "普通高考本科", 单位名称: "内蒙古大学", 单位所在省: "内蒙古", 单位所在市: "呼和浩特" });
    expect(checked.errors).toEqual([]);
    expect(checked.destinations[0]!.destination.employerProvince).toBe("内蒙古自治区");
  });
  it("employed → 升学: no 入职日期 and no platform employer left over", async () => {
    const checked = await check(await graduate(true), { 去向: "对口升学本科", 单位名称: "内蒙古工业大学", 单位所在省: "内蒙古" });
    expect(checked.errors).toEqual([]);
    const d = checked.destinations[0]!.destination;
    expect([d.employedOn, d.employerOrganisationId]).toEqual([null, null]);
    expect(destinationProblems(d)).toEqual([]);
  });
  it("employed → 待就业: nothing of the employer left over", async () => {
    const checked = await check(await graduate(true), { 去向: "待就业" });
    const d = checked.destinations[0]!.destination;
    expect([d.employedOn, d.employerOrganisationId]).toEqual([null, null]);
    expect(destinationProblems(d)).toEqual([]);
  });
  it("employed at another employer: the platform link goes; the same employer keeps it and its 入职日期", async () => {
    const other = await check(await graduate(true), { 去向: "合同就业", 单位名称: "另一家公司", 单位所在省: "内蒙古", 单位所在市: "包头" });
    expect(other.destinations[0]!.destination.employerOrganisationId).toBeNull();
    const same = await check(await graduate(true), { 去向: "合同就业", 单位名称: "平台企业", 单位所在省: "内蒙古", 单位所在市: "呼和浩特" });
    expect(same.destinations[0]!.destination.employerOrganisationId).toBe(enterpriseId);
    expect(same.destinations[0]!.destination.employedOn).toBe("2026-07-15");
    expect(same.destinations[0]!.action).toBe("UNCHANGED");
  });
});
