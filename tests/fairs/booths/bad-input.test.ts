import { beforeAll, describe, expect, it } from "vitest";
import { boothTables, deskPath, ownPath, useBoothWorld } from "./world";

// Every booth form fed what a careless or hostile client sends: 400, a Chinese message, nothing written.

const o = useBoothWorld();
const { w } = o;
let fairId: number;
let requestedId: number;
let approvedId: number;
let ownFairId: number;

beforeAll(async () => {
  await o.setup();
  fairId = (await o.fair()).id;
  requestedId = (await w.make.fairBooth({ fairId })).id;
  approvedId = (await w.make.fairBooth({ fairId, approved: true, boothNo: null })).id;
  ownFairId = (await o.fair()).id;
  await w.make.fairBooth({ fairId: ownFairId, enterpriseId: w.enterprise.id, approved: true, boothNo: null });
});

type Fields = Record<string, string | string[]>;
const LONG = "长".repeat(10_000);
const SCRIPT = "<script>alert(1)</script>";

async function expectRefused(post: () => Promise<Response>, message: string) {
  const before = await boothTables(w.db);
  const response = await post();
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(message);
  expect(await boothTables(w.db)).toEqual(before);
}

describe("the request form", () => {
  const good = (): Fields => ({ intent: "request", representatives: "2" });
  const cases: Array<[string, Fields, string]> = [
    ["no representatives", { representatives: "" }, "请填写参会人数"],
    ["letters as representatives", { representatives: "很多" }, "参会人数须为整数"],
    ["fraction of a person", { representatives: "1.5" }, "参会人数须为整数"],
    ["zero representatives", { representatives: "0" }, "参会人数不能小于 1"],
    ["11 representatives", { representatives: "11" }, "参会人数不能大于 10"],
    ["a huge number", { representatives: "99999999999999999999" }, "参会人数不能大于 10"],
    ["representatives posted twice", { representatives: ["2", "3"] }, "参会人数须为整数"],
    ["letters as a position", { positionIds: "abc" }, "所选岗位不存在"],
    ["a huge position id", { positionIds: "99999999999999" }, "所选岗位不存在"],
    ["31 positions", { positionIds: Array.from({ length: 31 }, (_, i) => String(i + 1)) }, "最多带 30 个岗位"],
    ["letters as a program", { programIds: "x" }, "所选专业不存在"],
    ["markup in the note", { note: SCRIPT }, "备注不能包含 HTML 标签"],
    ["10 kB note", { note: LONG }, "备注不能超过 300 个字符"],
    ["control character in the note", { note: "桌子\u0000两张" }, "备注不能包含控制字符"],
    ["bidi override in the note", { note: "桌子\u202e两张" }, "备注不能包含控制字符"],
  ];
  it.each(cases)("%s → 400", async (_name, fields, message) => {
    const c = await o.company();
    await expectRefused(() => c.client.post(ownPath(fairId), { ...good(), ...fields }), message);
  });

  it.each([
    ["nothing at all", {}, "未知的操作"],
    ["unknown intent", { intent: "approve" }, "未知的操作"],
    ["a status as intent", { intent: "APPROVED" }, "未知的操作"],
    ["choose without a number", { intent: "choose" }, "请选择展位号"],
    ["choose letters", { intent: "choose", boothNo: "A01" }, "展位号须为整数"],
    ["choose a negative number", { intent: "choose", boothNo: "-3" }, "展位号不能小于 1"],
    ["choose a huge number", { intent: "choose", boothNo: "1e12" }, "展位号超出展位图范围"],
    ["withdraw with a bad confirmation", { intent: "withdraw", confirm: "no" }, "确认参数无效"],
    ["edit with markup", { intent: "edit", representatives: "2", note: "<img src=x>" }, "备注不能包含 HTML 标签"],
  ] as Array<[string, Fields, string]>)("the enterprise's %s → 400", async (_name, fields, message) => {
    await expectRefused(() => w.staff.post(ownPath(ownFairId), fields), message);
  });
});

describe("the organiser's forms", () => {
  const cases: Array<[string, () => Fields, string]> = [
    ["nothing at all", () => ({}), "未知的操作"],
    ["unknown intent", () => ({ intent: "withdraw" }), "未知的操作"],
    ["approve without a request", () => ({ intent: "approve" }), "请选择展位申请"],
    ["letters as request", () => ({ intent: "approve", boothId: "abc" }), "展位申请无效"],
    ["huge request id", () => ({ intent: "approve", boothId: "99999999999999" }), "展位申请无效"],
    ["request posted twice", () => ({ intent: "approve", boothId: [String(requestedId), String(requestedId)] }), "展位申请无效"],
    ["approve with letters as number", () => ({ intent: "approve", boothId: String(requestedId), boothNo: "前排" }), "展位号须为整数"],
    ["approve with a fraction", () => ({ intent: "approve", boothId: String(requestedId), boothNo: "2.5" }), "展位号须为整数"],
    ["refuse without a reason", () => ({ intent: "refuse", boothId: String(requestedId), confirm: "yes" }), "请填写未通过的原因"],
    ["refuse with a blank reason", () => ({ intent: "refuse", boothId: String(requestedId), reason: "   ", confirm: "yes" }), "请填写未通过的原因"],
    ["refuse with markup", () => ({ intent: "refuse", boothId: String(requestedId), reason: SCRIPT, confirm: "yes" }), "未通过的原因不能包含 HTML 标签"],
    ["refuse with 10 kB", () => ({ intent: "refuse", boothId: String(requestedId), reason: LONG, confirm: "yes" }), "未通过的原因不能超过 300 个字符"],
    ["refuse with a control character", () => ({ intent: "refuse", boothId: String(requestedId), reason: "不\u0007合适", confirm: "yes" }), "未通过的原因不能包含控制字符"],
    ["refuse unconfirmed", () => ({ intent: "refuse", boothId: String(requestedId), reason: "不合适" }), "请确认"],
    ["assign without a number", () => ({ intent: "assign", boothId: String(approvedId) }), "请选择展位号"],
    ["assign a huge number", () => ({ intent: "assign", boothId: String(approvedId), boothNo: "2147483648" }), "展位号超出展位图范围"],
    ["arrive without a request", () => ({ intent: "arrive" }), "请选择展位申请"],
  ];
  it.each(cases)("%s → 400", async (_name, fields, message) => {
    await expectRefused(() => o.extra.office.post(deskPath(fairId), fields()), message);
  });
});
