import { beforeAll, describe, expect, it } from "vitest";
import type { WorldStudent } from "../../support/application-world";
import { fairTables, registrationPath, useFairWorld } from "./world";

// Every form of this part fed what a careless or hostile client sends: 400, a Chinese message, nothing written.

const f = useFairWorld();
const { w } = f;
let fairId: number;
let leadId: number;
let student: WorldStudent;

beforeAll(async () => {
  fairId = (await f.fair()).id;
  student = await w.student();
  await w.make.fairRegistration({ fairId, studentId: student.student.id });
  const position = (await w.make.position({ enterpriseId: w.enterprise.id, indexed: true })).id;
  const booth = await w.make.fairBooth({ fairId, enterpriseId: w.enterprise.id, approved: true, positionIds: [position] });
  leadId = (await w.make.fairLead({ boothId: booth.id, studentId: student.student.id, positionId: position })).id;
});

const LONG = "长".repeat(10_000);
const SCRIPT = "<script>alert(1)</script>";

async function expectRefused(path: string, fields: Record<string, string>, message: string) {
  const before = await fairTables(w.db);
  const response = await student.client.post(path, fields);
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(message);
  expect(await fairTables(w.db)).toEqual(before);
}

describe("the registration form", () => {
  it.each([
    ["no intent", {}, "未知的操作"],
    ["an unknown intent", { intent: "delete" }, "未知的操作"],
    ["a huge intent", { intent: LONG }, "未知的操作"],
    ["markup as intent", { intent: SCRIPT }, "未知的操作"],
    ["a control character in the intent", { intent: "regis\u0000ter" }, "未知的操作"],
    ["a confirm that is not yes", { intent: "cancel", confirm: "1" }, "确认参数无效"],
  ] as Array<[string, Record<string, string>, string]>)("%s", (_name, fields, message) => expectRefused(registrationPath(fairId), fields, message));
});

describe("the lead forms", () => {
  it.each([
    ["no intent", { leadId: "1" }, "未知的操作"],
    ["no lead", { intent: "confirm" }, "请选择招聘会意向"],
    ["letters as the lead", { intent: "confirm", leadId: "abc" }, "招聘会意向无效"],
    ["a lead id past the column", { intent: "dismiss", leadId: "2147483648", confirm: "yes" }, "招聘会意向无效"],
    ["letters as the position", { intent: "confirm", leadId: "LEAD", positionId: "abc" }, "岗位无效"],
    ["a 10 kB note", { intent: "confirm", leadId: "LEAD", note: LONG }, "留言不能超过 500 个字符"],
    ["markup in the note", { intent: "confirm", leadId: "LEAD", note: SCRIPT }, "留言不能包含 HTML 标签"],
    ["a control character in the note", { intent: "confirm", leadId: "LEAD", note: "你好\u0000" }, "留言不能包含控制字符"],
    ["a confirm that is not yes", { intent: "dismiss", leadId: "LEAD", confirm: "true" }, "确认参数无效"],
  ] as Array<[string, Record<string, string>, string]>)("%s", (_name, fields, message) =>
    expectRefused("/fairs/mine", Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === "LEAD" ? String(leadId) : v])), message),
  );
});
