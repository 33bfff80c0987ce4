import { beforeAll, describe, expect, it } from "vitest";
import { checkTable, type ImportActor } from "~/features/roster-import/validate.server";
import type { Table } from "~/features/roster-import/read-table.server";
import { useTestDatabase } from "../support/test-database";
import { DESTINATION_HEADERS, STUDENT_HEADERS } from "./files";

// Each row rule on both sides of its edge, through the checks the pages and the CLI share. The day is
// fixed (2026-11-30: the 2026 cohort is the newest in school), so the year edges are typed here.

const t = useTestDatabase();
const TODAY = "2026-11-30";
let school: { id: number; name: string };
let other: { id: number; name: string };
let program: string;
let staff: ImportActor;
const bureau: ImportActor = { userId: null, schoolId: null };

beforeAll(async () => {
  school = await t.make.school();
  other = await t.make.school();
  const p = await t.make.program({ name: "规则测试专业" });
  await t.make.schoolProgram({ schoolId: school.id, programId: p.id });
  await t.make.schoolProgram({ schoolId: other.id, programId: p.id });
  program = p.name;
  staff = { userId: null, schoolId: school.id };
});

const tableOf = (headers: string[], rows: Record<string, string>[]): Table => ({
  format: "csv",
  headers,
  rows: rows.map((r, i) => ({ row: i + 2, cells: headers.map((h) => r[h] ?? "") })),
});
const student = (over: Record<string, string> = {}) => ({ 学校: school.name, 学号: "880001", 姓名: "张三", 性别: "男", 出生日期: "2008-03-07", 专业: program, 入学年份: "2023", 毕业年份: "2026", ...over });
const checkStudents = (rows: Record<string, string>[], actor = staff) => checkTable(t.db.prisma, actor, "STUDENTS", tableOf(STUDENT_HEADERS, rows), TODAY);
const messagesOf = async (over: Record<string, string>) => (await checkStudents([student(over)])).errors.map((e) => `${e.column}:${e.message}`);

describe("students", () => {
  it("a missing column is one error naming it; headers in any order, with spaces and full-width letters", async () => {
    const missing = await checkTable(t.db.prisma, staff, "STUDENTS", tableOf(STUDENT_HEADERS.filter((h) => h !== "出生日期"), [student()]), TODAY);
    expect(missing.errors).toEqual([{ row: 1, column: "出生日期", message: "缺少“出生日期”列" }]);
    const shuffled = ["毕 业 年 份", "　姓名", ...STUDENT_HEADERS.filter((h) => h !== "毕业年份" && h !== "姓名").reverse()];
    const row = student();
    const table: Table = { format: "csv", headers: shuffled, rows: [{ row: 2, cells: [row.毕业年份, row.姓名, ...STUDENT_HEADERS.filter((h) => h !== "毕业年份" && h !== "姓名").reverse().map((h) => row[h as keyof typeof row])] }] };
    const ok = await checkTable(t.db.prisma, staff, "STUDENTS", table, TODAY);
    expect(ok.errors).toEqual([]);
    expect(ok.counts.add).toBe(1);
  });

  it("毕业年份: 3 to 5 years after 入学年份 (2 and 6 refused)", async () => {
    expect(await messagesOf({ 入学年份: "2023", 毕业年份: "2026" })).toEqual([]);
    expect(await messagesOf({ 入学年份: "2021", 毕业年份: "2026" })).toEqual([]);
    expect((await messagesOf({ 入学年份: "2024", 毕业年份: "2026" }))[0]).toMatch(/^毕业年份:毕业年份应为入学年份后 3 至 5 年/);
    expect((await messagesOf({ 入学年份: "2020", 毕业年份: "2026" }))[0]).toMatch(/^毕业年份:/);
  });

  it("入学年份: up to next autumn's cohort (2027 on 2026-11-30), not 2028", async () => {
    expect(await messagesOf({ 入学年份: "2027", 毕业年份: "2030", 出生日期: "2012-01-01" })).toEqual([]);
    expect(await messagesOf({ 入学年份: "2028", 毕业年份: "2031", 出生日期: "2013-01-01" })).toEqual(["入学年份:入学年份应在 2000 至 2027 之间"]);
  });

  it("出生日期: entry age 12 to 30 by year (11 and 31 refused), not after today, a real day", async () => {
    expect(await messagesOf({ 出生日期: "2011-12-31" })).toEqual([]); // 12 in 2023
    expect(await messagesOf({ 出生日期: "2012-01-01" })).toEqual(["出生日期:入学时年龄应在 12 至 30 岁之间（按入学年份计算为 11 岁）"]);
    expect(await messagesOf({ 出生日期: "1993-06-01" })).toEqual([]); // 30
    expect(await messagesOf({ 出生日期: "1992-06-01" })).toEqual(["出生日期:入学时年龄应在 12 至 30 岁之间（按入学年份计算为 31 岁）"]);
    expect(await messagesOf({ 出生日期: "2026-12-01", 入学年份: "2027", 毕业年份: "2030" })).toEqual(["出生日期:出生日期不能晚于今天"]);
    expect(await messagesOf({ 出生日期: "2008/3/7" })).toEqual([]);
    expect(await messagesOf({ 出生日期: "2008年3月7日" })).toEqual([]);
    expect(await messagesOf({ 出生日期: "39514" })).toEqual([]); // Excel serial of 2008-03-07
  });

  it("required cells, 性别 男/女, 学号 digits and letters, 姓名 at most 50 characters, no control characters", async () => {
    expect(await messagesOf({ 姓名: "" })).toEqual(["姓名:请填写姓名"]);
    expect(await messagesOf({ 性别: "其他" })).toEqual(["性别:性别应为“男”或“女”"]);
    expect(await messagesOf({ 性别: "女" })).toEqual([]);
    expect(await messagesOf({ 学号: "A-2023-01" })).toEqual([]);
    expect(await messagesOf({ 学号: "88 0001" })).toEqual(["学号:学号只能由数字、字母和连字符组成"]);
    expect(await messagesOf({ 学号: "" })).toEqual(["学号:请填写学号"]);
    expect(await messagesOf({ 性别: "" })).toEqual(["性别:请填写性别"]);
  });

  it("markup is text; control characters are refused", async () => {
    expect(await messagesOf({ 姓名: "<b>张三</b>" })).toEqual([]);
    expect(await messagesOf({ 姓名: "张\u0007三" })).toEqual(["姓名:姓名不能包含控制字符"]);
    expect(await messagesOf({ 姓名: "张".repeat(50) })).toEqual([]);
    expect(await messagesOf({ 姓名: "张".repeat(51) })).toEqual(["姓名:姓名过长（上限 50 个字符）"]);
  });

  it("学校: a school's office only its own (another school's row is a row error); the bureau any; an unknown name", async () => {
    expect(await messagesOf({ 学校: other.name })).toEqual([`学校:只能导入本校（${school.name}）的数据`]);
    expect((await checkStudents([student({ 学校: other.name })], bureau)).errors).toEqual([]);
    expect((await checkStudents([student({ 学校: "没有这所学校" })], bureau)).errors).toEqual([{ row: 2, column: "学校", message: "找不到学校“没有这所学校”，请填写学校全称" }]);
  });

  it("学号 twice in the file: both rows named; the same 学号 at two schools is two students", async () => {
    const twice = await checkStudents([student(), student({ 姓名: "李四" }), student({ 学号: "880002" })]);
    expect(twice.errors).toEqual([
      { row: 2, column: "学号", message: "学号 880001 在文件中重复（另见第 3 行）" },
      { row: 3, column: "学号", message: "学号 880001 在文件中重复（另见第 2 行）" },
    ]);
    expect((await checkStudents([student(), student({ 学校: other.name })], bureau)).errors).toEqual([]);
  });

  it("against the records: same person → update or unchanged; other 姓名 or 出生日期 → replace", async () => {
    const p = await t.db.prisma.schoolProgram.findFirstOrThrow({ where: { schoolId: school.id } });
    await t.make.student({ schoolId: school.id, schoolProgramId: p.id, studentNumber: "880100", name: "王五", gender: "男", birthDate: "2008-03-07", cohortYear: 2023, graduationYear: 2026 });
    const plan = async (over: Record<string, string>) => (await checkStudents([student({ 学号: "880100", 姓名: "王五", ...over })])).students[0]!.action;
    expect(await plan({})).toBe("UNCHANGED");
    expect(await plan({ 性别: "女" })).toBe("UPDATE");
    expect(await plan({ 姓名: "王六" })).toBe("REPLACE");
    expect(await plan({ 出生日期: "2008-03-08" })).toBe("REPLACE");
    expect(await plan({ 学号: "880101" })).toBe("ADD");
  });

  it("a 学号 whose holder has an account or records: a correction of 姓名 or of 出生日期 replaces; another person (both differ) is refused", async () => {
    const p = await t.db.prisma.schoolProgram.findFirstOrThrow({ where: { schoolId: school.id } });
    const base = { schoolId: school.id, schoolProgramId: p.id, name: "赵七", gender: "男", birthDate: "2008-03-07", cohortYear: 2023, graduationYear: 2026 };
    await t.make.student({ ...base, studentNumber: "880200", account: true });
    const applicant = await t.make.student({ ...base, studentNumber: "880201" });
    await t.make.application({ studentId: applicant.id });
    await t.make.student({ ...base, studentNumber: "880202" }); // nothing on the platform yet
    const outcome = async (number: string, over: Record<string, string>) => {
      const checked = await checkStudents([student({ 学号: number, ...over })]);
      return checked.errors.length > 0 ? checked.errors.map((e) => `${e.column}:${e.message}`) : checked.students[0]!.action;
    };
    const stranger = { 姓名: "钱八", 出生日期: "2009-05-01" };
    for (const number of ["880200", "880201"]) {
      expect(await outcome(number, { 姓名: "赵七" })).toBe("UNCHANGED");
      expect(await outcome(number, { 姓名: "赵柒" })).toBe("REPLACE");
      expect(await outcome(number, { 姓名: "赵七", 出生日期: "2008-03-08" })).toBe("REPLACE");
      expect(await outcome(number, stranger)).toEqual([`学号:学号 ${number} 属于 赵七（2008-03-07 出生），其平台账号或申请、实习等记录不能转给另一人：请核对学号`]);
    }
    expect(await outcome("880202", stranger)).toBe("REPLACE");
  });
});

describe("destinations", () => {
  let graduate: number;
  beforeAll(async () => {
    const p = await t.db.prisma.schoolProgram.findFirstOrThrow({ where: { schoolId: school.id } });
    graduate = (await t.make.student({ schoolId: school.id, schoolProgramId: p.id, studentNumber: "990001", cohortYear: 2023, graduationYear: 2026, status: "GRADUATED" })).id;
  });
  const dest = (over: Record<string, string> = {}) => ({ 学校: school.name, 学号: "990001", 毕业年份: "2026", 去向: "合同就业", 单位名称: "呼和浩特某公司", 单位所在省: "内蒙古", 单位所在市: "呼和浩特", 单位规模: "小型", 所属产业: "第三产业", 月收入: "3800", 三年内晋升: "否", ...over });
  const none = { 单位名称: "", 单位所在省: "", 单位所在市: "", 单位规模: "", 所属产业: "", 月收入: "", 三年内晋升: "" };
  const errorsOf = async (over: Record<string, string>, actor = staff) =>
    (await checkTable(t.db.prisma, actor, "DESTINATIONS", tableOf(DESTINATION_HEADERS, [dest(over)]), TODAY)).errors.map((e) => `${e.column}:${e.message}`);

  it("a good row plans to add the student's destination, province and city in full", async () => {
    const checked = await checkTable(t.db.prisma, staff, "DESTINATIONS", tableOf(DESTINATION_HEADERS, [dest()]), TODAY);
    expect(checked.errors).toEqual([]);
    expect(checked.destinations[0]).toMatchObject({ action: "ADD", studentId: graduate, destination: { kind: "EMPLOYED_CONTRACT", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employerSize: "SMALL", sector: "TERTIARY", monthlyIncome: 3800, promoted: false } });
  });

  it("the student must exist at the school with that 毕业年份", async () => {
    expect(await errorsOf({ 学号: "990999" })).toEqual(["学号:本校没有学号为 990999 的学生（请先导入学生名册）"]);
    expect(await errorsOf({ 毕业年份: "2025" })).toEqual(["毕业年份:学号 990001 的学生毕业年份为 2026，与此处不符"]);
    expect(await errorsOf({ 学校: other.name }, bureau)).toEqual(["学号:本校没有学号为 990001 的学生（请先导入学生名册）"]);
  });

  it("employment needs 单位名称 and 所在省; 升学 needs 单位名称 and no income; 待就业 has no employer", async () => {
    expect(await errorsOf({ 单位名称: "" })).toEqual(["单位名称:就业去向须填写单位名称"]);
    expect(await errorsOf({ 单位所在省: "" })).toEqual(["单位所在省:就业去向须填写单位所在省"]);
    expect(await errorsOf({ 去向: "对口升学本科", ...none, 单位名称: "内蒙古工业大学" })).toEqual([]);
    expect(await errorsOf({ 去向: "对口升学本科", ...none })).toEqual(["单位名称:升学去向须填写录取学校名称"]);
    expect(await errorsOf({ 去向: "对口升学本科", ...none, 单位名称: "内蒙古工业大学", 月收入: "3000" })).toEqual(["月收入:月收入只对就业去向填写，升学去向请留空"]);
    expect(await errorsOf({ 去向: "待就业", ...none })).toEqual([]);
    expect(await errorsOf({ 去向: "待就业", ...none, 单位名称: "某公司" })).toEqual(["单位名称:待就业没有单位，单位名称请留空"]);
    expect(await errorsOf({ 去向: "打工" })).toEqual(["去向:去向“打工”不是模板中的选项"]);
  });

  it("月收入 a whole number of yuan from 500 to 100,000", async () => {
    expect(await errorsOf({ 月收入: "500" })).toEqual([]);
    expect(await errorsOf({ 月收入: "100000" })).toEqual([]);
    for (const bad of ["499", "100001", "3800.5", "三千"]) expect(await errorsOf({ 月收入: bad }), bad).toEqual(["月收入:月收入应为 500 至 100000 之间的整数（元/月）"]);
  });

  it("province short or full; not a province; Hohhot outside Inner Mongolia", async () => {
    expect(await errorsOf({ 单位所在省: "内蒙古自治区" })).toEqual([]);
    expect(await errorsOf({ 单位所在省: "蒙古" })).toEqual(["单位所在省:“蒙古”不是省级行政区名称（如 内蒙古 或 内蒙古自治区）"]);
    expect(await errorsOf({ 单位所在省: "广东" })).toEqual(["单位所在市:呼和浩特市位于内蒙古自治区，请核对单位所在省"]);
    expect(await errorsOf({ 单位规模: "巨型" })).toEqual(["单位规模:单位规模应为 大型、中型、小型 或 微型"]);
    expect(await errorsOf({ 所属产业: "第四产业" })).toEqual(["所属产业:所属产业应为 第一产业、第二产业 或 第三产业"]);
    expect(await errorsOf({ 三年内晋升: "也许" })).toEqual(["三年内晋升:三年内晋升应为“是”或“否”"]);
  });

  it("a city the platform knows must lie in the province given; a city it does not know is not judged", async () => {
    const mismatch = (city: string, province: string) => [`单位所在市:${city}位于${province}，请核对单位所在省`];
    // Inner Mongolia's cities, bare, in full, with a district after them, and a league (盟).
    expect(await errorsOf({ 单位所在市: "包头", 单位所在省: "内蒙古" })).toEqual([]);
    expect(await errorsOf({ 单位所在市: "包头", 单位所在省: "广东" })).toEqual(mismatch("包头市", "内蒙古自治区"));
    expect(await errorsOf({ 单位所在市: "包头市昆都仑区", 单位所在省: "山西" })).toEqual(mismatch("包头市", "内蒙古自治区"));
    expect(await errorsOf({ 单位所在市: "锡林郭勒盟", 单位所在省: "河北" })).toEqual(mismatch("锡林郭勒盟", "内蒙古自治区"));
    // Elsewhere: a municipality, a capital, a large city — each under its own province accepted, under another refused.
    expect(await errorsOf({ 单位所在市: "北京", 单位所在省: "北京" })).toEqual([]);
    expect(await errorsOf({ 单位所在市: "北京市海淀区", 单位所在省: "河北" })).toEqual(mismatch("北京市", "北京市"));
    expect(await errorsOf({ 单位所在市: "西安", 单位所在省: "陕西省" })).toEqual([]);
    expect(await errorsOf({ 单位所在市: "西安", 单位所在省: "内蒙古" })).toEqual(mismatch("西安市", "陕西省"));
    expect(await errorsOf({ 单位所在市: "深圳", 单位所在省: "广东" })).toEqual([]);
    expect(await errorsOf({ 单位所在市: "深圳", 单位所在省: "内蒙古" })).toEqual(mismatch("深圳市", "广东省"));
    // Not in the list: taken as typed under any province.
    expect(await errorsOf({ 单位所在市: "鄂州", 单位所在省: "湖北" })).toEqual([]);
  });

  it("the same student twice in the file: both rows named", async () => {
    const checked = await checkTable(t.db.prisma, staff, "DESTINATIONS", tableOf(DESTINATION_HEADERS, [dest(), dest({ 月收入: "4000" })]), TODAY);
    expect(checked.errors.map((e) => [e.row, e.column])).toEqual([[2, "学号"], [3, "学号"]]);
  });

  it("against the records: unconfirmed change → update; confirmed or disputed → replace; same → unchanged", async () => {
    await t.make.graduateDestination({ studentId: graduate, kind: "EMPLOYED_CONTRACT", employerName: "呼和浩特某公司", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employerSize: "SMALL", sector: "TERTIARY", monthlyIncome: 3800, promoted: false });
    const action = async (over: Record<string, string>) => (await checkTable(t.db.prisma, staff, "DESTINATIONS", tableOf(DESTINATION_HEADERS, [dest(over)]), TODAY)).destinations[0]!.action;
    expect(await action({})).toBe("UNCHANGED");
    expect(await action({ 月收入: "3900" })).toBe("UPDATE");
    for (const confirmation of ["CONFIRMED", "DISPUTED"] as const) {
      await t.db.prisma.graduateDestination.update({ where: { studentId: graduate }, data: { confirmation } });
      expect(await action({ 月收入: "3900" })).toBe("REPLACE");
      expect(await action({})).toBe("UNCHANGED");
    }
  });
});
