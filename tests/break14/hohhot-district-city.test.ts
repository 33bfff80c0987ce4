import { beforeAll, describe, expect, it } from "vitest";
import { installDatabase } from "~/db/db.server";
import { DestinationFormSchema, snapshotOfForm } from "~/features/destinations/destination-schema";
import { computeReport } from "~/features/quality-report/report.server";
import { checkTable, type ImportActor } from "~/features/roster-import/validate.server";
import { DESTINATION_HEADERS } from "../import/files";
import { useTestDatabase } from "../support/test-database";

// break14b finding: 单位所在市 typed as a Hohhot district (呼和浩特市赛罕区, 呼市新城区 — how a school writes
// where the employer is) was stored as that text, so 附表3 counted the graduate in B (west, outside Hohhot)
// instead of A (留在当地就业). A Hohhot name with a district after it is Hohhot; 包头市昆都仑区 stays outside.

const t = useTestDatabase();
const TODAY = "2026-11-30";
const YEAR = 2026;
let school: { id: number; name: string };
let actor: ImportActor;
let schoolProgramId: number;

beforeAll(async () => {
  installDatabase(t.db);
  school = await t.make.school();
  schoolProgramId = (await t.make.schoolProgram({ schoolId: school.id })).id;
  actor = { userId: null, schoolId: school.id };
});

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
    const rows = [];
    for (const [i, [city]] of CITIES.entries()) {
      const number = `14b${String(i).padStart(3, "0")}`;
      await t.make.student({ schoolId: school.id, schoolProgramId, studentNumber: number, cohortYear: YEAR - 3, graduationYear: YEAR, status: "GRADUATED" });
      const cells: Record<string, string> = { 学校: school.name, 学号: number, 毕业年份: String(YEAR), 去向: "合同就业", 单位名称: `某公司${i}`, 单位所在省: "内蒙古", 单位所在市: city, 单位规模: "小型", 所属产业: "第三产业", 月收入: "3800", 三年内晋升: "否" };
      rows.push({ row: i + 2, cells: DESTINATION_HEADERS.map((h) => cells[h] ?? "") });
    }
    const checked = await checkTable(t.db.prisma, actor, "DESTINATIONS", { format: "csv", headers: DESTINATION_HEADERS, rows }, TODAY);
    expect(checked.errors).toEqual([]);
    expect(checked.destinations.map((d) => d.destination.employerCity)).toEqual([
      "呼和浩特市", "呼和浩特市", "呼和浩特市", "呼和浩特市", "包头市昆都仑区", "包头市",
      "呼和浩特市", "呼和浩特市", "呼和浩特市",
      "昆都仑区", "经济技术开发区",
    ]);
    for (const d of checked.destinations) await t.make.graduateDestination({ studentId: d.studentId, ...d.destination, employedOn: null });
    const report = await computeReport({ year: YEAR, schoolId: school.id, today: TODAY });
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
