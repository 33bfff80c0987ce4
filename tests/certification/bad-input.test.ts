import { describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { certificationTables, postMultipart, submission, useCertificationWorld } from "./world";

// Every form gets bad input: missing, wrong type, huge, control characters, markup, a file that is
// not a document. Each is a Chinese message, 400, nothing written, never 500.

const w = useCertificationWorld();
const CHINESE = /[\u4e00-\u9fff]/;

describe("the submission form", () => {
  it.each([
    ["no teacher", { teacherId: "" }, "请选择教师"],
    ["a teacher id that is not a number", { teacherId: "abc" }, "请选择教师"],
    ["a teacher id past the column", { teacherId: "99999999999" }, "请选择教师"],
    ["a teacher that does not exist", { teacherId: "2147483647" }, "请选择本校教师"],
    ["no level", { level: "" }, "请选择有效的认定等级"],
    ["level NONE", { level: "NONE" }, "请选择有效的认定等级"],
    ["no evidence at all", { certificates: "", enterprisePost: "" }, "至少一项"],
    ["huge certificates", { certificates: "证".repeat(501) }, "不能超过 500 个字符"],
    ["huge enterprise post", { enterprisePost: "岗".repeat(301) }, "不能超过 300 个字符"],
    ["a NUL in the certificates", { certificates: "技师\u0000" }, "不能包含控制字符"],
    ["a bidi override in the note", { note: "说明\u202e" }, "不能包含控制字符"],
    ["markup in the enterprise post", { enterprisePost: "<script>alert(1)</script>" }, "不能包含 HTML 标签"],
    ["a renewsId that is not a number", { renewsId: "x" }, "续期的认定不存在"],
    ["a renewsId that does not exist", { renewsId: "2147483647" }, "只能续期该教师已认定的证书"],
  ])("%s: 400, Chinese, nothing written", async (_name, over, message) => {
    const t = await w.make.teacher({ schoolId: w.school.id });
    const before = await certificationTables(w.db);
    const response = await postMultipart(w.schoolStaff.client, "/certifications/new", submission(t.id, over));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await certificationTables(w.db)).toEqual(before);
  });

  it("a file that is not a PDF or an image, and an empty file: 400, nothing written", async () => {
    const t = await w.make.teacher({ schoolId: w.school.id });
    const before = await certificationTables(w.db);
    for (const file of [new File(["<html>"], "证书.pdf", { type: "application/pdf" }), new File([], "空.pdf")]) {
      const response = await postMultipart(w.schoolStaff.client, "/certifications/new", submission(t.id, { document: file }));
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/只能上传 PDF、PNG 或 JPEG 文件|文件是空的/);
    }
    expect(await certificationTables(w.db)).toEqual(before);
  });

  it("a broken multipart body: 400 in Chinese", async () => {
    const response = await w.schoolStaff.client.request("/certifications/new", {
      method: "POST",
      body: "--x\r\nbroken",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(CHINESE);
  });
});

describe("the decision form", () => {
  it.each([
    ["no intent", { validFrom: dayFromToday(0), validUntil: dayFromToday(10) }, "未知的操作"],
    ["an unknown intent", { intent: "revoke" }, "未知的操作"],
    ["certify without dates", { intent: "certify" }, "请填写有效期起始日"],
    ["a date that is not one", { intent: "certify", validFrom: "2026-02-30", validUntil: dayFromToday(10) }, "请输入有效的有效期起始日"],
    ["a year out of range", { intent: "certify", validFrom: dayFromToday(0), validUntil: "2199-01-01" }, "须在 2000-01-01 至 2099-12-31 之间"],
    ["refuse without a reason", { intent: "refuse", confirm: "yes" }, "请填写不予认定的理由"],
    ["a huge reason", { intent: "refuse", reason: "因".repeat(501), confirm: "yes" }, "不能超过 500 个字符"],
    ["control characters in the reason", { intent: "refuse", reason: "材料\u0007不全", confirm: "yes" }, "不能包含控制字符"],
    ["markup in the reason", { intent: "refuse", reason: "<b>不行</b>", confirm: "yes" }, "不能包含 HTML 标签"],
    ["refuse unconfirmed", { intent: "refuse", reason: "材料不全" }, "这一步不能撤销"],
    ["a confirm that is not yes", { intent: "refuse", reason: "材料不全", confirm: "no" }, "确认参数无效"],
  ])("%s: 400, Chinese, nothing written", async (_name, body, message) => {
    const c = await w.make.certification({ teacherId: (await w.make.teacher({ schoolId: w.school.id })).id });
    const before = await certificationTables(w.db);
    const response = await w.bureau.client.post(`/certifications/${c.id}`, body as Record<string, string>);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await certificationTables(w.db)).toEqual(before);
  });

  it("the school withdrawing unconfirmed: 400, nothing written", async () => {
    const c = await w.make.certification({ teacherId: (await w.make.teacher({ schoolId: w.school.id })).id });
    const before = await certificationTables(w.db);
    const response = await w.schoolStaff.client.post(`/certifications/${c.id}`, { intent: "withdraw" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("这一步不能撤销");
    expect(await certificationTables(w.db)).toEqual(before);
  });
});
