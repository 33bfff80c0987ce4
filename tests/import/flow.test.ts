import { beforeAll, describe, expect, it } from "vitest";
import { DESTINATION_HEADERS, STUDENT_HEADERS, csvOf, sheetOf, xlsxOf, type Cell } from "./files";
import { writeJob } from "~/features/roster-import/index.server";
import { importTables, jobIdFrom, studentRow, upload, useImportWorld } from "./world";

// The whole flow over HTTP: upload → checked → preview (counts) → confirm → written; the same file twice
// changes nothing; a file that would replace asks twice; a bad file writes nothing and comes back
// with a 错误 column.

const w = useImportWorld();
let schoolName: string;
let program: string;

beforeAll(async () => {
  schoolName = w.school.name;
  program = w.programNames[0]!;
});

async function importAndConfirm(bytes: Uint8Array<ArrayBuffer>, kind = "STUDENTS", fields: Record<string, string> = {}) {
  const response = await upload(w.schoolStaff.client, kind, bytes);
  expect(response.status).toBe(302);
  const id = jobIdFrom(response);
  const job = await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } });
  expect(job.status).toBe("PREVIEW");
  const confirmed = await w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm", ...fields });
  return { id, confirmed, job: await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } }) };
}

describe("students", () => {
  it("adds three students, shows the preview, then twice the same file changes nothing", async () => {
    const rows = ["10001", "10002", "10003"].map((n) => studentRow(schoolName, program, n));
    const bytes = await xlsxOf(STUDENT_HEADERS, rows);
    const response = await upload(w.schoolStaff.client, "STUDENTS", bytes);
    const id = jobIdFrom(response);
    const page = await (await w.schoolStaff.client.get(`/imports/${id}`)).text();
    expect(page).toContain("待确认");
    expect(page).toMatch(/data-count="add">3</);
    expect(await w.db.prisma.student.count({ where: { schoolId: w.school.id } })).toBe(0); // nothing before confirming
    const confirmed = await w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm" });
    expect(confirmed.status).toBe(302);
    const job = await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("DONE");
    expect(job.counts).toMatchObject({ added: 3, updated: 0, replaced: 0, unchanged: 0 });
    const made = await w.db.prisma.student.findMany({ where: { schoolId: w.school.id }, orderBy: { studentNumber: "asc" } });
    expect(made.map((s) => [s.studentNumber, s.name, s.gender, s.birthDate.toISOString().slice(0, 10), s.cohortYear, s.graduationYear])).toEqual([
      ["10001", "学生10001", "女", "2008-03-07", 2023, 2026],
      ["10002", "学生10002", "女", "2008-03-07", 2023, 2026],
      ["10003", "学生10003", "女", "2008-03-07", 2023, 2026],
    ]);
    const before = await importTables(w.db);
    const again = await importAndConfirm(bytes);
    expect(again.job.counts).toMatchObject({ added: 0, updated: 0, replaced: 0, unchanged: 3 });
    expect(await importTables(w.db)).toEqual(before);
  });

  it("the same person with another program is an update; another name under a 学号 is a replace, asked twice", async () => {
    const bytes = await xlsxOf(STUDENT_HEADERS, [
      studentRow(schoolName, w.programNames[1]!, "10001"),
      studentRow(schoolName, program, "10002", { 姓名: "另一个人" }),
      studentRow(schoolName, program, "10004"),
    ]);
    const response = await upload(w.schoolStaff.client, "STUDENTS", bytes);
    const id = jobIdFrom(response);
    const job = await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } });
    expect(job.counts).toEqual({ add: 1, update: 1, replace: 1, unchanged: 0 });
    const before = await importTables(w.db);
    const first = await w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm" });
    expect(first.status).toBe(400);
    expect(await first.text()).toContain("请确认");
    expect(await importTables(w.db)).toEqual(before);
    const second = await w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm", confirm: "yes" });
    expect(second.status).toBe(302);
    const done = await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } });
    expect(done.counts).toMatchObject({ added: 1, updated: 1, replaced: 1 });
    const s1 = await w.db.prisma.student.findFirstOrThrow({ where: { schoolId: w.school.id, studentNumber: "10001" } });
    expect(s1.schoolProgramId).toBe(w.programs[1]!.id);
    const s2 = await w.db.prisma.student.findFirstOrThrow({ where: { schoolId: w.school.id, studentNumber: "10002" } });
    expect(s2.name).toBe("另一个人");
    // Confirmed once: a second confirmation is refused.
    expect((await w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm", confirm: "yes" })).status).toBe(400);
  });

  it("the writer itself refuses a replacing job without replace: true (the CLI and the page both go through it)", async () => {
    const bytes = await xlsxOf(STUDENT_HEADERS, [studentRow(schoolName, program, "10003", { 出生日期: "2008-03-09" })]);
    const id = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", bytes));
    const before = await importTables(w.db);
    const outcome = await writeJob(w.db.prisma, id, { userId: null, schoolId: w.school.id }, { replace: false, today: "2026-11-30" });
    expect(outcome).toEqual({ needsConfirmation: 1 });
    expect((await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } })).status).toBe("PREVIEW");
    expect(await importTables(w.db)).toEqual(before);
  });

  it("three bad rows: errors by row and column, nothing written, the error workbook has them in 错误", async () => {
    const before = await importTables(w.db);
    const bytes = await xlsxOf(STUDENT_HEADERS, [
      studentRow(schoolName, program, "20001"),
      studentRow(schoolName, program, "20002", { 性别: "未知" }),
      studentRow(schoolName, program, "20003", { 出生日期: "2008-02-30" }),
      studentRow(schoolName, "没有的专业", "20004"),
    ]);
    const response = await upload(w.schoolStaff.client, "STUDENTS", bytes);
    const id = jobIdFrom(response);
    const job = await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("INVALID");
    expect(job.errors).toEqual([
      { row: 3, column: "性别", message: "性别应为“男”或“女”" },
      { row: 4, column: "出生日期", message: "出生日期不是有效日期（如 2008-03-07、2008/3/7 或 2008年3月7日）" },
      { row: 5, column: "专业", message: "本校没有“没有的专业”专业（请按学校开设的专业名称填写）" },
    ]);
    expect((await w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm", confirm: "yes" })).status).toBe(400);
    expect(await importTables(w.db)).toEqual(before);
    const page = await (await w.schoolStaff.client.get(`/imports/${id}`)).text();
    expect(page).toContain("第 3 行");
    expect(page).toContain("没有写入任何记录");
    const download = await w.schoolStaff.client.get(`/imports/${id}/errors.xlsx`);
    expect(download.status).toBe(200);
    const { sheet } = await sheetOf(await download.arrayBuffer());
    expect(sheet.getCell(1, 9).value).toBe("错误");
    expect(sheet.getCell(2, 9).value).toBeNull();
    expect(sheet.getCell(3, 9).value).toBe("【性别】性别应为“男”或“女”");
    expect(String(sheet.getCell(5, 9).value)).toContain("【专业】");
    expect(sheet.getCell(3, 2).value).toBe("20002"); // the school's own cells kept
  });

  it("a CSV upload's error file is an xlsx of its rows with 错误", async () => {
    const bytes = csvOf(STUDENT_HEADERS, [studentRow(schoolName, program, "20011", { 入学年份: "二〇二三" })], "gbk");
    const id = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", bytes, "名册.csv"));
    const download = await w.schoolStaff.client.get(`/imports/${id}/errors.xlsx`);
    const { sheet } = await sheetOf(await download.arrayBuffer());
    expect(sheet.getCell(1, 1).value).toBe("学校");
    expect(sheet.getCell(2, 3).value).toBe("学生20011");
    expect(sheet.getCell(1, 9).value).toBe("错误");
    expect(String(sheet.getCell(2, 9).value)).toContain("【入学年份】");
  });

  it("all or nothing: a failure in the second chunk leaves no student of the file", async () => {
    const rows: Cell[][] = Array.from({ length: 1500 }, (_, i) => studentRow(schoolName, program, String(300000 + i)));
    const bytes = await xlsxOf(STUDENT_HEADERS, rows);
    const id = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", bytes));
    // A fault the checks cannot see: the database refuses one row of the second chunk.
    await w.db.sql.exec(`
      CREATE FUNCTION refuse_301200() RETURNS trigger AS $$ BEGIN
        IF NEW."studentNumber" = '301200' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_301200 BEFORE INSERT ON "Student" FOR EACH ROW EXECUTE FUNCTION refuse_301200();`);
    try {
      const before = await importTables(w.db);
      const response = await w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm" });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("没有写入任何记录");
      expect(await importTables(w.db)).toEqual(before);
      expect((await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");
    } finally {
      await w.db.sql.exec(`DROP TRIGGER refuse_301200 ON "Student"; DROP FUNCTION refuse_301200();`);
    }
  });
});

describe("destinations", () => {
  it("adds, then the same file twice changes nothing; a change to a destination the student confirmed is a replace", async () => {
    const s = await w.make.student({ schoolId: w.school.id, schoolProgramId: w.programs[0]!.id, studentNumber: "50001", cohortYear: 2023, graduationYear: 2026, status: "GRADUATED" });
    const t = await w.make.student({ schoolId: w.school.id, schoolProgramId: w.programs[0]!.id, studentNumber: "50002", cohortYear: 2023, graduationYear: 2026, status: "GRADUATED" });
    const row = (n: string, over: Record<string, Cell> = {}) => {
      const r: Record<string, Cell> = { 学校: schoolName, 学号: n, 毕业年份: 2026, 去向: "合同就业", 单位名称: "内蒙古伊利实业集团", 单位所在省: "内蒙古", 单位所在市: "呼市", 单位规模: "大型", 所属产业: "第二产业", 月收入: 4500, 三年内晋升: "否", ...over };
      return DESTINATION_HEADERS.map((h) => r[h] ?? null);
    };
    const bytes = await xlsxOf(DESTINATION_HEADERS, [row("50001"), row("50002", { 去向: "高职单招", 单位名称: "内蒙古机电职业技术学院", 单位所在省: "内蒙古自治区", 单位所在市: "呼和浩特市", 单位规模: null, 所属产业: null, 月收入: null, 三年内晋升: null })]);
    const first = await importAndConfirm(bytes, "DESTINATIONS");
    expect(first.job.counts).toMatchObject({ added: 2 });
    const d = await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: s.id } });
    expect(d).toMatchObject({ kind: "EMPLOYED_CONTRACT", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employerSize: "LARGE", sector: "SECONDARY", monthlyIncome: 4500, promoted: false });
    expect(await w.db.prisma.destinationChange.count({ where: { studentId: { in: [s.id, t.id] }, via: "IMPORT" } })).toBe(2);
    const before = await importTables(w.db);
    const again = await importAndConfirm(bytes, "DESTINATIONS");
    expect(again.job.counts).toMatchObject({ added: 0, updated: 0, replaced: 0, unchanged: 2 });
    expect(await importTables(w.db)).toEqual(before);

    await w.db.prisma.graduateDestination.update({ where: { studentId: s.id }, data: { confirmation: "CONFIRMED", confirmedAt: new Date() } });
    const changed = await xlsxOf(DESTINATION_HEADERS, [row("50001", { 月收入: 5000 }), row("50002", { 去向: "高职单招", 单位名称: "呼和浩特职业学院", 单位所在省: null, 单位所在市: null, 单位规模: null, 所属产业: null, 月收入: null, 三年内晋升: null })]);
    const id = jobIdFrom(await upload(w.schoolStaff.client, "DESTINATIONS", changed));
    expect((await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } })).counts).toEqual({ add: 0, update: 1, replace: 1, unchanged: 0 });
    expect((await w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm" })).status).toBe(400);
    expect((await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: s.id } })).monthlyIncome).toBe(4500);
    expect((await w.schoolStaff.client.post(`/imports/${id}`, { intent: "confirm", confirm: "yes" })).status).toBe(302);
    const replaced = await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: s.id } });
    expect(replaced).toMatchObject({ monthlyIncome: 5000, confirmation: "UNCONFIRMED" });
  });
});
