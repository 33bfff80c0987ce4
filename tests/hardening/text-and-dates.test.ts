import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";
import { applicationTables } from "../support/snapshots";
import { validPositionForm } from "../support/forms";

// Issue 8, item 5: a NUL byte in any text field and a year-0000 date ended in 500 (PostgreSQL 22021
// and 22008); a start date of 0001-01-01 was accepted. Control characters are refused with a Chinese
// message by the shared text schemas; dates lie in 2000-01-01…2099-12-31.

const w = useApplicationWorld();
let student: WorldStudent;
let positionId: number;

beforeAll(async () => {
  student = await w.student();
  positionId = (await w.make.position({ enterpriseId: w.enterprise.id })).id;
});

async function writes() {
  const [tables, users, organisations] = await Promise.all([
    applicationTables(w.db),
    w.db.prisma.user.findMany({ orderBy: { id: "asc" } }),
    w.db.prisma.organisation.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { tables, users, organisations };
}

async function refused(response: Promise<Response>, message: string) {
  const before = await writes();
  const reply = await response;
  expect(reply.status).toBe(400);
  expect(await reply.text()).toContain(message);
  expect(await writes()).toEqual(before);
}

const profile = { district: "SAIHAN", address: "呼和浩特市赛罕区 1 号", contactPhone: "0471-1234567" };

describe("NUL and other control characters", () => {
  it("in the sign-in username (a visitor)", async () => {
    await refused(w.visitor().post("/login", { username: "ad\u0000min", password: "x" }), "用户名不能包含控制字符");
  });

  it("in the display name", async () => {
    await refused(student.client.post("/account", { intent: "profile", displayName: "张\u0000三" }), "姓名不能包含控制字符");
  });

  it.each([
    ["title", "岗位名称"],
    ["description", "岗位描述"],
    ["address", "工作地址"],
    ["contact", "联系方式"],
    ["wantedCertificates", "证书要求"],
  ])("in the position's %s", async (field, label) => {
    await refused(w.staff.post("/enterprise/positions/new", validPositionForm({ [field]: "文字\u0000文字" })), `${label}不能包含控制字符`);
  });

  it("in the apply note and the enterprise's note", async () => {
    await refused(student.client.post(`/positions/${positionId}/apply`, { note: "你好\u0000" }), "留言不能包含控制字符");
    await refused(
      w.staff.post(`/enterprise/positions/${positionId}/applicants`, { applicationId: "1", to: "VIEWED", note: "\u0000" }),
      "备注不能包含控制字符",
    );
  });

  it.each([
    ["address", "地址"],
    ["description", "简介"],
    ["website", "网址"],
  ])("in the organisation's %s", async (field, label) => {
    const value = field === "website" ? "https://example.com/\u0000" : "文字\u0000";
    await refused(w.staff.post(`/organisations/${w.enterprise.id}/edit`, { ...profile, [field]: value }), `${label}不能包含控制字符`);
  });

  it.each([
    ["a tab", "\t"],
    ["a line feed", "\n"],
    ["an escape", "\u001b[31m"],
    ["DEL", "\u007f"],
    ["a C1 control", "\u0085"],
    ["a line separator", "\u2028"],
    ["a right-to-left override (shows 岗位名称 reversed to the reader)", "\u202e"],
    ["a bidi isolate", "\u2067"],
  ])("%s in a one-line field (the title) is refused", async (_name, control) => {
    await refused(w.staff.post("/enterprise/positions/new", validPositionForm({ title: `岗位${control}名称` })), "岗位名称不能包含控制字符");
  });

  it("line breaks and tabs in a multi-line field (the description) are kept", async () => {
    const description = "第一行\r\n第二行\n\t缩进的第三行";
    const response = await w.staff.post("/enterprise/positions/new", validPositionForm({ title: "多行描述岗位", description }));
    expect(response.status).toBe(302);
    const saved = await w.db.prisma.position.findFirstOrThrow({ where: { title: "多行描述岗位" } });
    expect(saved.description).toBe(description);
  });

  it("a vertical tab, form feed, NUL or bidi override in a multi-line field is refused", async () => {
    for (const control of ["\v", "\f", "\u0000", "\u202e", "\u202a"]) {
      await refused(w.staff.post("/enterprise/positions/new", validPositionForm({ description: `描述${control}描述` })), "岗位描述不能包含控制字符");
    }
  });
});

describe("dates", () => {
  it.each([
    ["a start date in year 0000", { startDate: "0000-01-01" }, "到岗日期须在 2000-01-01 至 2099-12-31 之间"],
    ["a start date of 0001-01-01", { startDate: "0001-01-01" }, "到岗日期须在 2000-01-01 至 2099-12-31 之间"],
    ["a start date of 2100-01-01", { startDate: "2100-01-01" }, "到岗日期须在 2000-01-01 至 2099-12-31 之间"],
    ["a deadline in year 0000", { deadline: "0000-01-01" }, "报名截止日期须在 2000-01-01 至 2099-12-31 之间"],
    ["a deadline of 9999-12-31", { deadline: "9999-12-31", startDate: "" }, "报名截止日期须在 2000-01-01 至 2099-12-31 之间"],
  ])("%s is refused", async (_name, overrides, message) => {
    await refused(w.staff.post("/enterprise/positions/new", validPositionForm(overrides)), message);
  });

  it("a start date of 2099-12-31, the last day of the range, is accepted", async () => {
    const response = await w.staff.post("/enterprise/positions/new", validPositionForm({ title: "远期岗位", startDate: "2099-12-31" }));
    expect(response.status).toBe(302);
  });

  it("a new deadline in year 0000 when reopening is refused", async () => {
    const closed = await w.make.position({ enterpriseId: w.enterprise.id, status: "CLOSED" });
    await refused(
      w.staff.post(`/enterprise/positions/${closed.id}/edit`, { intent: "reopen", deadline: "0000-01-01" }),
      "新的报名截止日期须在 2000-01-01 至 2099-12-31 之间",
    );
  });
});
