import { describe, expect, it } from "vitest";
import { todayInHohhot } from "~/lib/dates";
import { consortiumTables, JOIN, NEW_ACTIVITY, useConsortiumWorld } from "./world";

// Every consortium form fed what a careless or hostile client sends: 400, a Chinese message, nothing written.

const w = useConsortiumWorld();
type Fields = Record<string, string | string[]>;
const LONG = "长".repeat(10_000);
const SCRIPT = "<script>alert(1)</script>";

async function expectRefused(post: () => Promise<Response>, message: string) {
  const before = await consortiumTables(w.db);
  const response = await post();
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(message);
  expect(await consortiumTables(w.db)).toEqual(before);
}

describe("the join page's forms", () => {
  const cases: Array<[string, () => Fields, "bureau" | "staffB", string]> = [
    ["nothing at all", () => ({}), "staffB", "未知的操作"],
    ["unknown intent", () => ({ intent: "expel" }), "bureau", "未知的操作"],
    ["a status as intent", () => ({ intent: "APPROVED" }), "staffB", "未知的操作"],
    ["approve without a request", () => ({ intent: "approve" }), "bureau", "请选择申请"],
    ["letters as request", () => ({ intent: "approve", memberId: "abc" }), "bureau", "申请无效"],
    ["huge request id", () => ({ intent: "approve", memberId: "99999999999999" }), "bureau", "申请无效"],
    ["negative request id", () => ({ intent: "approve", memberId: "-3" }), "bureau", "申请无效"],
    ["request posted twice", () => ({ intent: "approve", memberId: ["1", "2"] }), "bureau", "申请无效"],
    ["decline without a reason", () => ({ intent: "decline", memberId: "1", confirm: "yes" }), "bureau", "请填写未通过的原因"],
    ["blank reason", () => ({ intent: "decline", memberId: "1", reason: "  \n ", confirm: "yes" }), "bureau", "请填写未通过的原因"],
    ["10 kB reason", () => ({ intent: "decline", memberId: "1", reason: LONG, confirm: "yes" }), "bureau", "未通过的原因不能超过 300 个字符"],
    ["markup reason", () => ({ intent: "decline", memberId: "1", reason: SCRIPT, confirm: "yes" }), "bureau", "未通过的原因不能包含 HTML 标签"],
    ["control character in the reason", () => ({ intent: "decline", memberId: "1", reason: "材料\u0000不全", confirm: "yes" }), "bureau", "未通过的原因不能包含控制字符"],
    ["a forged confirm", () => ({ intent: "leave", confirm: "sure" }), "staffB", "确认参数无效"],
  ];
  it.each(cases)("%s → 400", async (_name, fields, who, message) => {
    await expectRefused(() => w[who].client.post(JOIN, fields()), message);
  });
  it("a body that is not a form → 400", async () => {
    const before = await consortiumTables(w.db);
    const r = await w.staffB.client.request(JOIN, { method: "POST", body: "\u0000\u0001", headers: { "content-type": "multipart/form-data; boundary=x" } });
    expect(r.status).toBe(400);
    expect(await consortiumTables(w.db)).toEqual(before);
  });
});

describe("the activity form", () => {
  const good = (): Fields => ({ kind: "MEETING", title: "座谈会", heldOn: todayInHohhot(), memberIds: [String(w.members.enterpriseA.id)] });
  const cases: Array<[string, Fields, string]> = [
    ["no kind", { kind: "" }, "请选择活动类型"],
    ["unknown kind", { kind: "PARTY" }, "请选择活动类型"],
    ["no title", { title: "" }, "请填写活动名称"],
    ["blank title", { title: "   " }, "请填写活动名称"],
    ["10 kB title", { title: LONG }, "活动名称不能超过 80 个字符"],
    ["markup title", { title: SCRIPT }, "活动名称不能包含 HTML 标签"],
    ["control character in the title", { title: "座谈\u0007会" }, "活动名称不能包含控制字符"],
    ["line break in the title", { title: "座谈\n会" }, "活动名称不能包含控制字符"],
    ["no day", { heldOn: "" }, "请输入有效的活动日期"],
    ["2023-02-30", { heldOn: "2023-02-30" }, "请输入有效的活动日期"],
    ["words as day", { heldOn: "昨天" }, "请输入有效的活动日期"],
    ["year 0001", { heldOn: "0001-01-01" }, "活动日期须在 2000-01-01 至 2099-12-31 之间"],
    ["year 2099", { heldOn: "2099-01-01" }, "活动日期不能晚于今天"],
    ["letters as people", { peopleCount: "很多" }, "参与人数须为整数"],
    ["zero people", { peopleCount: "0" }, "参与人数不能小于 1"],
    ["too many people", { peopleCount: "100001" }, "参与人数不能大于 100000"],
    ["fraction of a person", { peopleCount: "2.5" }, "参与人数须为整数"],
    ["10 kB description", { description: LONG }, "活动内容不能超过 2000 个字符"],
    ["markup description", { description: SCRIPT }, "活动内容不能包含 HTML 标签"],
    ["control character in the description", { description: "内容\u0000" }, "活动内容不能包含控制字符"],
    ["no participants", { memberIds: [] }, "请选择参与单位"],
    ["letters as participant", { memberIds: ["abc"] }, "参与单位无效"],
    ["huge participant id", { memberIds: ["99999999999999"] }, "参与单位无效"],
    ["501 participants", { memberIds: Array.from({ length: 501 }, (_, i) => String(i + 1)) }, "参与单位最多 500 家"],
  ];
  it.each(cases)("%s → 400", async (_name, fields, message) => {
    await expectRefused(() => w.staffA.client.post(NEW_ACTIVITY, { ...good(), ...fields }), message);
  });
  it("nothing at all → 400", async () => {
    await expectRefused(() => w.staffA.client.post(NEW_ACTIVITY, {}), "请选择活动类型");
  });
  it("the good form is taken (the cases above differ from it in one field)", async () => {
    expect((await w.staffA.client.post(NEW_ACTIVITY, good())).status).toBe(302);
  });
});
