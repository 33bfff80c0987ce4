import { beforeAll, describe, expect, it } from "vitest";
import type { WorldStudent } from "../support/application-world";
import { classPath, COHORT, orderClassTables, useOrderClassWorld } from "./world";

// Every order-class form fed what a careless or hostile client sends: 400, a Chinese message, nothing written.

const o = useOrderClassWorld();
const { w } = o;
let classId: number;
let memberId: number;
let requester: WorldStudent;

beforeAll(async () => {
  await o.setup();
  classId = (await o.orderClass()).id;
  requester = await w.student();
  memberId = (await w.db.prisma.orderClassMember.create({ data: { orderClassId: classId, studentId: requester.student.id, status: "REQUESTED" } })).id;
});

type Fields = Record<string, string | string[]>;
const LONG = "长".repeat(10_000);
const SCRIPT = "<script>alert(1)</script>";

async function expectRefused(post: () => Promise<Response>, message: string) {
  const before = await orderClassTables(w.db);
  const response = await post();
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(message);
  expect(await orderClassTables(w.db)).toEqual(before);
}

describe("the open form", () => {
  const good = (): Fields => ({
    agreementId: String(o.extra.agreementId),
    name: "喜悦班",
    schoolProgramId: String(w.offering.id),
    cohortYear: String(COHORT),
    capacity: "30",
  });
  const cases: Array<[string, Fields, string]> = [
    ["no agreement", { agreementId: "" }, "请选择合作协议"],
    ["no name", { name: "" }, "请填写班级名称"],
    ["blank name", { name: "   " }, "请填写班级名称"],
    ["10 kB name", { name: LONG }, "班级名称不能超过 60 个字符"],
    ["markup name", { name: SCRIPT }, "班级名称不能包含 HTML 标签"],
    ["control character in the name", { name: "喜悦\u0000班" }, "班级名称不能包含控制字符"],
    ["letters as seats", { capacity: "很多" }, "名额须为整数"],
    ["no seats", { capacity: "" }, "请填写名额"],
    ["zero seats", { capacity: "0" }, "名额不能小于 1"],
    ["501 seats", { capacity: "501" }, "名额不能大于 500"],
    ["fraction of a seat", { capacity: "2.5" }, "名额须为整数"],
    ["cohort 1999", { cohortYear: "1999" }, "年级不能小于 2000"],
    ["letters as agreement", { agreementId: "abc" }, "合作协议无效"],
    ["huge agreement id", { agreementId: "99999999999999" }, "合作协议无效"],
    ["agreement posted twice", { agreementId: ["1", "2"] }, "合作协议无效"],
    ["negative hours", { curriculumHours: "-1" }, "共建课程学时不能小于 0"],
    ["markup commitment", { hiringCommitment: SCRIPT }, "录用承诺不能包含 HTML 标签"],
    ["10 kB commitment", { hiringCommitment: LONG }, "录用承诺不能超过 300 个字符"],
    ["a mentor with markup", { mentors: "王师傅\n<b>李</b>" }, "企业师傅不能包含 HTML 标签"],
    ["51 mentors", { mentors: Array.from({ length: 51 }, (_, i) => `师傅${i}`).join("\n") }, "企业师傅最多 50 位"],
    ["a 21-character mentor", { mentors: "长".repeat(21) }, "每位企业师傅的姓名不能超过 20 个字符"],
    ["control character in the mentors", { mentors: "王\u0007师傅" }, "企业师傅不能包含控制字符"],
  ];
  it.each(cases)("%s → 400", async (_name, fields, message) => {
    await expectRefused(() => o.extra.office.post("/order-classes/new", { ...good(), ...fields }), message);
  });
  it("nothing at all → 400", async () => {
    await expectRefused(() => o.extra.office.post("/order-classes/new", {}), "请选择合作协议");
  });
});

describe("the class page's forms", () => {
  const cases: Array<[string, () => Fields, "office" | "student" | "enterprise", string]> = [
    ["nothing at all", () => ({}), "office", "未知的操作"],
    ["unknown intent", () => ({ intent: "expel" }), "office", "未知的操作"],
    ["a status as intent", () => ({ intent: "ENROLLED", memberId: String(memberId) }), "office", "未知的操作"],
    ["approve without a member", () => ({ intent: "approve" }), "office", "请选择学生"],
    ["letters as member", () => ({ intent: "approve", memberId: "abc" }), "office", "学生无效"],
    ["member posted twice", () => ({ intent: "approve", memberId: [String(memberId), String(memberId)] }), "office", "学生无效"],
    ["decline without a reason", () => ({ intent: "decline", memberId: String(memberId), confirm: "yes" }), "office", "请填写未通过的原因"],
    ["decline with a 10 kB reason", () => ({ intent: "decline", memberId: String(memberId), reason: LONG, confirm: "yes" }), "office", "未通过的原因不能超过 300 个字符"],
    ["decline with markup", () => ({ intent: "decline", memberId: String(memberId), reason: SCRIPT, confirm: "yes" }), "office", "未通过的原因不能包含 HTML 标签"],
    ["decline unconfirmed", () => ({ intent: "decline", memberId: String(memberId), reason: "名额不足" }), "office", "这一步不能撤销"],
    ["a bad confirm", () => ({ intent: "decline", memberId: String(memberId), reason: "名额不足", confirm: "maybe" }), "office", "确认参数无效"],
    ["a member of another class", () => ({ intent: "approve", memberId: "2147483647" }), "office", "找不到该报名"],
    ["a contract flag that is no checkbox", () => ({ intent: "apprentice", memberId: String(memberId), apprenticeContract: "yes" }), "office", "学徒协议参数无效"],
    ["enrol with letters", () => ({ intent: "enrol", studentId: "x" }), "office", "学生无效"],
    ["withdraw unconfirmed", () => ({ intent: "withdraw" }), "student", "这一步不能撤销"],
    ["terms with markup", () => ({ intent: "terms", hiringCommitment: SCRIPT }), "enterprise", "录用承诺不能包含 HTML 标签"],
    ["terms with 51 mentors", () => ({ intent: "terms", mentors: Array.from({ length: 51 }, (_, i) => `师傅${i}`).join("\n") }), "enterprise", "企业师傅最多 50 位"],
  ];
  it.each(cases)("%s → 400", async (_name, fields, who, message) => {
    const client = who === "office" ? o.extra.office : who === "student" ? requester.client : w.staff;
    await expectRefused(() => client.post(classPath(classId), fields()), message);
  });
});
