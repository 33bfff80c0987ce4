import { describe, expect, it } from "vitest";
import { DestinationFormSchema, snapshotOfForm } from "~/features/destinations/destination-schema";
import { useDestinationRows } from "../import/destination-rows";

// break14b finding: 单位所在市 typed as a Hohhot district (呼和浩特市赛罕区, 呼市新城区 — how a school writes
// where the employer is) was stored as that text, so 附表3 counted the graduate in B (west, outside Hohhot)
// instead of A (留在当地就业). A Hohhot name with a district after it is Hohhot; 包头市昆都仑区 stays outside.

const w = useDestinationRows();
const YEAR = w.YEAR;

const CITIES: Array<[string, "A" | "B"]> = [
  ["呼和浩特市赛罕区", "A"],
  ["呼市新城区", "A"],
  ["内蒙古呼和浩特市金川开发区", "A"],
  ["呼和浩特", "A"],
  ["包头市昆都仑区", "B"],
  ["包头", "B"],
  // Alone, under 内蒙古: Hohhot's districts and counties name no other place in the province.
  ["赛罕区", "A"],
  ["土默特左旗", "A"],
  ["托县", "A"],
  // Not Hohhot's: Baotou's district, and a development zone every city has.
  ["昆都仑区", "B"],
  ["经济技术开发区", "B"],
];

describe("a Hohhot district in 单位所在市 is Hohhot (附表3 A, not B)", () => {
  it("the import stores 呼和浩特市 for it, and the report counts A and B by hand", async () => {
    const checked = await w.checkPlaces(CITIES.map(([city]) => ["内蒙古", city]), "14b");
    expect(checked.errors).toEqual([]);
    expect(checked.destinations.map((d) => d.destination.employerCity)).toEqual([
      "呼和浩特市", "呼和浩特市", "呼和浩特市", "呼和浩特市", "包头市昆都仑区", "包头市",
      "呼和浩特市", "呼和浩特市", "呼和浩特市",
      "昆都仑区", "经济技术开发区",
    ]);
    const report = await w.report(checked);
    const value = (row: string) => report.figures.find((f) => f.table === "附表3" && f.row === row)!.value;
    expect([value("1"), value("A"), value("B")]).toEqual([11, 7, 4]);
  });

  it("the school's form stores 呼和浩特市 for 呼和浩特市赛罕区 too", () => {
    const parsed = DestinationFormSchema.parse({ kind: "EMPLOYED_CONTRACT", employerName: "某公司", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市赛罕区" });
    expect(snapshotOfForm(parsed, { graduationYear: YEAR, employerOrganisationId: null }).employerCity).toBe("呼和浩特市");
  });

  it("the form: 赛罕区 alone under 内蒙古 is 呼和浩特市; 新城区 under 陕西 (西安's) stays 新城区", () => {
    const city = (employerProvince: string, employerCity: string) =>
      snapshotOfForm(DestinationFormSchema.parse({ kind: "EMPLOYED_CONTRACT", employerName: "某公司", employerProvince, employerCity }), { graduationYear: YEAR, employerOrganisationId: null }).employerCity;
    expect(city("内蒙古", "赛罕区")).toBe("呼和浩特市");
    expect(city("内蒙古自治区", "新城区")).toBe("呼和浩特市");
    expect(city("陕西", "新城区")).toBe("新城区");
  });

  it("a Hohhot district under 北京 is refused like 呼和浩特市 under 北京", () => {
    const parsed = DestinationFormSchema.safeParse({ kind: "EMPLOYED_CONTRACT", employerName: "某公司", employerProvince: "北京市", employerCity: "呼和浩特市赛罕区" });
    expect(parsed.success).toBe(false);
    // The same rule for any city the platform knows: 西安 is in 陕西, not 内蒙古.
    const xian = (employerProvince: string) => DestinationFormSchema.safeParse({ kind: "EMPLOYED_CONTRACT", employerName: "某公司", employerProvince, employerCity: "西安" });
    expect(xian("内蒙古自治区").error?.issues.map((i) => i.message)).toEqual(["西安市位于陕西省，请核对单位所在省"]);
    expect(xian("陕西").success).toBe(true);
  });
});
