import { beforeAll, describe, expect, it } from "vitest";
import { checkTable, type ImportActor } from "~/features/roster-import/validate.server";
import { DESTINATION_HEADERS } from "../import/files";
import { useTestDatabase } from "../support/test-database";

// break14 finding: the destination import wrote a 毕业去向 for a student who withdrew (WITHDRAWN) or is
// still in school (ENROLLED, 2027届 on 2026-11-30), which the graduate's form refuses (NOT_GRADUATED) and
// the report never counts. Now the import refuses that row too; a GRADUATED student of the same year passes.

const t = useTestDatabase();
const TODAY = "2026-11-30";
let school: { id: number; name: string };
let actor: ImportActor;
let schoolProgramId: number;

beforeAll(async () => {
  school = await t.make.school();
  schoolProgramId = (await t.make.schoolProgram({ schoolId: school.id })).id;
  actor = { userId: null, schoolId: school.id };
});

const row = (number: string, year: string) => ({ 学校: school.name, 学号: number, 毕业年份: year, 去向: "合同就业", 单位名称: "呼和浩特某公司", 单位所在省: "内蒙古", 单位所在市: "呼和浩特", 单位规模: "小型", 所属产业: "第三产业", 月收入: "3800", 三年内晋升: "否" });
const check = (r: Record<string, string>) =>
  checkTable(t.db.prisma, actor, "DESTINATIONS", { format: "csv", headers: DESTINATION_HEADERS, rows: [{ row: 2, cells: DESTINATION_HEADERS.map((h) => r[h] ?? "") }] }, TODAY);

describe("a destination row is for a graduate", () => {
  it("WITHDRAWN (2026届): refused on 学号", async () => {
    await t.make.student({ schoolId: school.id, schoolProgramId, studentNumber: "140001", cohortYear: 2023, graduationYear: 2026, status: "WITHDRAWN" });
    const checked = await check(row("140001", "2026"));
    expect(checked.errors.map((e) => e.column)).toEqual(["学号"]);
    expect(checked.errors[0]!.message).toContain("尚未毕业");
  });
  it("ENROLLED, 2027届: refused", async () => {
    await t.make.student({ schoolId: school.id, schoolProgramId, studentNumber: "140002", cohortYear: 2024, graduationYear: 2027, status: "ENROLLED" });
    expect((await check(row("140002", "2027"))).errors.map((e) => e.column)).toEqual(["学号"]);
  });
  it("GRADUATED, 2026届: planned (the other side of the edge)", async () => {
    await t.make.student({ schoolId: school.id, schoolProgramId, studentNumber: "140003", cohortYear: 2023, graduationYear: 2026, status: "GRADUATED" });
    const checked = await check(row("140003", "2026"));
    expect(checked.errors).toEqual([]);
    expect(checked.destinations[0]!.action).toBe("ADD");
  });
});
