import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// Every form of the applications feature and the inbox, fed what a careless or hostile client
// sends: each answer is 400 with a Chinese message, and nothing in the database changes.

const w = useApplicationWorld();
let student: WorldStudent;
let positionId: number;
let applicationId: number;
let freshPositionId: number;

beforeAll(async () => {
  student = await w.student();
  positionId = (await w.make.position({ enterpriseId: w.enterprise.id })).id;
  freshPositionId = (await w.make.position({ enterpriseId: w.enterprise.id })).id;
  await student.client.post(`/positions/${positionId}/apply`, {});
  applicationId = (await w.db.prisma.application.findFirstOrThrow({ where: { studentId: student.student.id } })).id;
  await w.db.prisma.application.update({ where: { id: applicationId }, data: { status: "OFFER" } });
});

type Fields = Record<string, string | string[]>;
const LONG = "长".repeat(10_000);
const SCRIPT = "<script>alert(1)</script>";

async function expectRefused(post: () => Promise<Response>, message: string) {
  const before = await applicationTables(w.db);
  const response = await post();
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(message);
  expect(await applicationTables(w.db)).toEqual(before);
}

describe("apply form", () => {
  const cases: Array<[string, Fields, string]> = [
    ["10 kB note", { note: LONG }, "留言不能超过 500 个字符"],
    ["501 characters", { note: "长".repeat(501) }, "留言不能超过 500 个字符"],
    ["<script> note", { note: SCRIPT }, "留言不能包含 HTML 标签"],
    ["markup note", { note: '<img src=x onerror="alert(1)">' }, "留言不能包含 HTML 标签"],
    ["note posted twice", { note: ["一", "二"] }, "留言格式不正确"],
  ];
  it.each(cases)("%s → 400", async (_name, fields, message) => {
    await expectRefused(() => student.client.post(`/positions/${freshPositionId}/apply`, fields), message);
  });
});

describe("the student's decision form", () => {
  const id = () => String(applicationId);
  const cases: Array<[string, () => Fields, string]> = [
    ["nothing at all", () => ({}), "未知的操作"],
    ["no application", () => ({ intent: "accept" }), "请选择要处理的申请"],
    ["unknown intent", () => ({ intent: "hire", applicationId: id() }), "未知的操作"],
    ["a status instead of an intent", () => ({ intent: "ACCEPTED", applicationId: id() }), "未知的操作"],
    ["letters as id", () => ({ confirm: "yes", intent: "accept", applicationId: "abc" }), "申请编号无效"],
    ["fraction as id", () => ({ confirm: "yes", intent: "accept", applicationId: "1.5" }), "申请编号无效"],
    ["negative id", () => ({ confirm: "yes", intent: "accept", applicationId: "-3" }), "申请编号无效"],
    ["huge id", () => ({ confirm: "yes", intent: "accept", applicationId: "99999999999999" }), "申请编号无效"],
    ["id posted twice", () => ({ confirm: "yes", intent: "accept", applicationId: [id(), id()] }), "申请编号无效"],
    ["10 kB note", () => ({ confirm: "yes", intent: "accept", applicationId: id(), note: LONG }), "备注不能超过 500 个字符"],
    ["<script> note", () => ({ confirm: "yes", intent: "accept", applicationId: id(), note: SCRIPT }), "备注不能包含 HTML 标签"],
  ];
  it.each(cases)("%s → 400", async (_name, fields, message) => {
    await expectRefused(() => student.client.post("/applications", fields()), message);
  });

  it("an application id that does not exist → 404, nothing written", async () => {
    const before = await applicationTables(w.db);
    expect((await student.client.post("/applications", { confirm: "yes", intent: "accept", applicationId: "999999" })).status).toBe(404);
    expect(await applicationTables(w.db)).toEqual(before);
  });
});

describe("the enterprise's move form", () => {
  const path = () => `/enterprise/positions/${positionId}/applicants`;
  const id = () => String(applicationId);
  const cases: Array<[string, () => Fields, string]> = [
    ["nothing at all", () => ({}), "请选择要处理的申请"],
    ["no status", () => ({ applicationId: id() }), "请选择有效的申请状态"],
    ["unknown status", () => ({ applicationId: id(), to: "HIRED" }), "请选择有效的申请状态"],
    ["lower-case status", () => ({ applicationId: id(), to: "rejected" }), "请选择有效的申请状态"],
    ["status posted twice", () => ({ applicationId: id(), to: ["REJECTED", "OFFER"] }), "请选择有效的申请状态"],
    ["letters as id", () => ({ applicationId: "abc", to: "REJECTED", confirm: "yes" }), "申请编号无效"],
    ["10 kB note", () => ({ applicationId: id(), to: "REJECTED", note: LONG }), "备注不能超过 500 个字符"],
    ["<script> note", () => ({ applicationId: id(), to: "REJECTED", note: SCRIPT }), "备注不能包含 HTML 标签"],
    ["note posted twice", () => ({ applicationId: id(), to: "REJECTED", note: ["一", "二"] }), "备注格式不正确"],
  ];
  it.each(cases)("%s → 400", async (_name, fields, message) => {
    await expectRefused(() => w.staff.post(path(), fields()), message);
  });
});

describe("the inbox form", () => {
  const cases: Array<[string, Fields, string]> = [
    ["nothing at all", {}, "未知的操作"],
    ["unknown intent", { intent: "delete" }, "未知的操作"],
    ["read without a notice", { intent: "read" }, "请选择消息"],
    ["letters as notice id", { intent: "read", notificationId: "abc" }, "消息编号无效"],
    ["negative notice id", { intent: "read", notificationId: "-1" }, "消息编号无效"],
  ];
  it.each(cases)("%s → 400", async (_name, fields, message) => {
    const unread = await w.db.prisma.notification.count({ where: { readAt: null } });
    await expectRefused(() => student.client.post("/inbox", fields), message);
    expect(await w.db.prisma.notification.count({ where: { readAt: null } })).toBe(unread);
  });
});
