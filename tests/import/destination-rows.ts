import { beforeAll } from "vitest";
import { installDatabase } from "~/db/db.server";
import { computeReport } from "~/features/quality-report/report.server";
import { checkTable, type Checked, type ImportActor } from "~/features/roster-import/validate.server";
import { useTestDatabase } from "../support/test-database";
import { DESTINATION_HEADERS } from "./files";

const YEAR = 2026;
const TODAY = "2026-11-30";

/**
 * Destination rows checked as a school's import checks them, on a database of the file's own: a school with
 * one program, its office as the actor, graduates of the 2026届 (today 2026-11-30).
 * - `graduate(number)`: a graduate of that year with 学号 `number`;
 * - `check(rows)`: one table of rows (学校 and 毕业年份 filled in; row 2, 3 … as Excel numbers them);
 * - `checkPlaces(places, prefix)`: a 合同就业 row per [单位所在省, 单位所在市], each for a new graduate
 *   (学号 prefix000, prefix001 …);
 * - `report(checked)`: the school's report for the year once the checked rows are recorded.
 */
export function useDestinationRows() {
  const t = useTestDatabase();
  const w = { t, YEAR, TODAY, school: { id: 0, name: "" }, schoolProgramId: 0, actor: { userId: null, schoolId: null } as ImportActor };
  beforeAll(async () => {
    installDatabase(t.db);
    const school = await t.make.school();
    w.school = { id: school.id, name: school.name };
    w.schoolProgramId = (await t.make.schoolProgram({ schoolId: school.id })).id;
    w.actor = { userId: null, schoolId: school.id };
  });

  const graduate = (studentNumber: string) =>
    t.make.student({ schoolId: w.school.id, schoolProgramId: w.schoolProgramId, studentNumber, cohortYear: YEAR - 3, graduationYear: YEAR, status: "GRADUATED" });

  const check = (rows: Array<Record<string, string>>) =>
    checkTable(t.db.prisma, w.actor, "DESTINATIONS", {
      format: "csv",
      headers: DESTINATION_HEADERS,
      rows: rows.map((cells, i) => {
        const all: Record<string, string> = { 学校: w.school.name, 毕业年份: String(YEAR), ...cells };
        return { row: i + 2, cells: DESTINATION_HEADERS.map((h) => all[h] ?? "") };
      }),
    }, TODAY);

  async function checkPlaces(places: Array<[province: string, city: string]>, prefix: string) {
    const rows = [];
    for (const [i, [province, city]] of places.entries()) {
      const number = `${prefix}${String(i).padStart(3, "0")}`;
      await graduate(number);
      rows.push({ 学号: number, 去向: "合同就业", 单位名称: `某公司${i}`, 单位所在省: province, 单位所在市: city, 单位规模: "小型", 所属产业: "第三产业", 月收入: "3800", 三年内晋升: "否" });
    }
    return check(rows);
  }

  async function report(checked: Checked) {
    for (const d of checked.destinations) await t.make.graduateDestination({ studentId: d.studentId, ...d.destination, employedOn: null });
    return computeReport({ year: YEAR, schoolId: w.school.id, today: TODAY });
  }

  return Object.assign(w, { graduate, check, checkPlaces, report });
}
