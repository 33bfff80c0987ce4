import { beforeAll, describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { practicePath, practiceTables, usePracticeWorld } from "./world";

// Every form of the part fed what a careless or hostile client sends: 400, a Chinese message, nothing written.

const w = usePracticeWorld();
type Fields = Record<string, string | string[]>;
const LONG = "长".repeat(10_000);
const SCRIPT = "<script>alert(1)</script>";
let practiceId: number;

beforeAll(async () => {
  practiceId = (
    await w.make.teacherPlacement({ teacherId: w.teacher.id, trainingBaseId: null, hostEnterpriseId: w.host.id, status: "ACCEPTED", startsOn: dayFromToday(-3), endsOn: dayFromToday(3) })
  ).id;
});

async function expectRefused(post: () => Promise<Response>, message: string) {
  const before = await practiceTables(w.db);
  const response = await post();
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(message);
  expect(await practiceTables(w.db)).toEqual(before);
}

describe("the proposal form", () => {
  const good = (): Fields => ({ teacherId: String(w.teacher.id), hostEnterpriseId: String(w.host.id), form: "OBSERVATION", startsOn: dayFromToday(1), endsOn: dayFromToday(5) });
  const cases: Array<[string, Fields, string]> = [
    ["no teacher", { teacherId: "" }, "请选择教师"],
    ["letters as teacher", { teacherId: "abc" }, "教师无效"],
    ["huge teacher id", { teacherId: "99999999999999" }, "教师无效"],
    ["teacher posted twice", { teacherId: ["1", "2"] }, "教师无效"],
    ["neither base nor enterprise", { hostEnterpriseId: "" }, "请选择一个培训基地或一家接收企业"],
    ["both base and enterprise", { trainingBaseId: "1" }, "请选择一个培训基地或一家接收企业"],
    ["unknown form", { form: "HOLIDAY" }, "请选择有效的实践形式"],
    ["no form", { form: "" }, "请选择有效的实践形式"],
    ["markup as start", { startsOn: SCRIPT }, "请输入有效的开始日期"],
    ["30 February", { endsOn: "2027-02-30" }, "请输入有效的结束日期"],
    ["year 0000", { startsOn: "0000-01-01" }, "开始日期须在"],
    ["10 kB date", { endsOn: LONG }, "请输入有效的结束日期"],
    ["control character in a date", { startsOn: `${dayFromToday(1)}\u0000` }, "请输入有效的开始日期"],
  ];
  for (const [name, fields, message] of cases) {
    it(`${name}: ${message}`, () => expectRefused(() => w.clients.office!.post("/teacher-practice/new", { ...good(), ...fields }), message));
  }
});

describe("the practice page's forms", () => {
  const cases: Array<[string, string, Fields, string]> = [
    ["no intent", "office", {}, "未知的操作"],
    ["unknown intent", "office", { intent: "delete" }, "未知的操作"],
    ["log without a day", "teacher", { intent: "log" }, "请输入有效的实践日期"],
    ["log a markup day", "teacher", { intent: "log", day: SCRIPT }, "请输入有效的实践日期"],
    ["log a 10 kB note", "teacher", { intent: "log", day: dayFromToday(0), note: LONG }, "当日内容不能超过 200 个字符"],
    ["log a markup note", "teacher", { intent: "log", day: dayFromToday(0), note: SCRIPT }, "当日内容不能包含 HTML 标签"],
    ["log a note with a control character", "teacher", { intent: "log", day: dayFromToday(0), note: "上午\u0007下午" }, "当日内容不能包含控制字符"],
    ["confirm a day of letters", "hostStaff", { intent: "confirmDay", dayId: "abc" }, "实践日无效"],
    ["decline without a reason", "hostStaff", { intent: "decline", confirm: "yes" }, "请填写未接收的原因"],
    ["decline with a 10 kB reason", "hostStaff", { intent: "decline", reason: LONG, confirm: "yes" }, "未接收的原因不能超过 300 个字符"],
    ["a wrong confirm value", "office", { intent: "cancel", confirm: "maybe" }, "确认参数无效"],
    ["complete without an assessment", "hostStaff", { intent: "complete", grade: "合格", confirm: "yes" }, "请填写考核意见"],
    ["complete with a markup assessment", "hostStaff", { intent: "complete", assessment: SCRIPT, grade: "合格", confirm: "yes" }, "考核意见不能包含 HTML 标签"],
    ["complete with an unknown grade", "hostStaff", { intent: "complete", assessment: "好", grade: "满分", confirm: "yes" }, "请选择有效的考核等级"],
  ];
  for (const [name, who, fields, message] of cases) {
    it(`${name}: ${message}`, () => expectRefused(() => w.clients[who]!.post(practicePath(practiceId), fields), message));
  }
});

describe("the base form", () => {
  const good = (): Fields => ({ intent: "create", name: "示例基地", enterpriseId: String(w.host.id), capacity: "10", periodMonths: "6" });
  const cases: Array<[string, Fields, string]> = [
    ["no name", { name: "" }, "请填写基地名称"],
    ["10 kB name", { name: LONG }, "基地名称不能超过 60 个字符"],
    ["markup name", { name: SCRIPT }, "基地名称不能包含 HTML 标签"],
    ["control character in the name", { name: "示例\u0000基地" }, "基地名称不能包含控制字符"],
    ["no enterprise", { enterpriseId: "" }, "请选择依托企业"],
    ["zero places", { capacity: "0" }, "每期名额不能小于 1"],
    ["letters as places", { capacity: "很多" }, "每期名额须为整数"],
    ["fraction of a place", { capacity: "1.5" }, "每期名额须为整数"],
    ["no period", { periodMonths: "" }, "请填写每期月数"],
    ["a program of letters", { programIds: ["x"] }, "专业无效"],
    ["31 programs", { programIds: Array.from({ length: 31 }, (_, i) => String(i + 1)) }, "最多选择 30 个专业"],
    ["an unknown program", { programIds: ["2000000000"] }, "所选专业不存在"],
    ["an unverified enterprise", {}, "依托企业须已通过市教育局核验"],
  ];
  beforeAll(async () => {
    cases[cases.length - 1]![1].enterpriseId = String((await w.make.enterprise({ standing: "UNVERIFIED" })).id);
  });
  for (const [name, fields, message] of cases) {
    it(`${name}: ${message}`, () => expectRefused(() => w.clients.bureau!.post("/training-bases", { ...good(), ...fields }), message));
  }
  it("the good form creates the base", async () => {
    const r = await w.clients.bureau!.post("/training-bases", good());
    expect(r.status).toBe(302);
    expect(await w.db.prisma.trainingBase.count({ where: { name: "示例基地" } })).toBe(1);
  });
});
