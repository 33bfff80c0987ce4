import { describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { agreementTables, PDF_BYTES, pdfFile, postMultipart, proposal, useAgreementWorld } from "./world";

// The proposal form's edges: dates on both sides of each rule, uploads judged by their bytes, and bad
// input of every kind answered in Chinese with 400 and nothing written. Expiry on both sides of endsOn.

const w = useAgreementWorld();

async function refused(fields: Record<string, string | string[] | File>, message: string | RegExp, status = 400) {
  const before = await agreementTables(w.db);
  const response = await postMultipart(w.schoolStaff.client, "/agreements/new", fields);
  expect(response.status, JSON.stringify(Object.keys(fields))).toBe(status);
  const text = await response.text();
  if (typeof message === "string") expect(text).toContain(message);
  else expect(text).toMatch(message);
  expect(await agreementTables(w.db)).toEqual(before);
}
const valid = () => proposal(w.enterprise.id, w.program.id);

describe("dates", () => {
  it("an end before the start is refused; an end on the start day is accepted", async () => {
    await refused({ ...valid(), startsOn: "2026-09-01", endsOn: "2026-08-31" }, "结束日期不能早于开始日期");
    const ok = await postMultipart(w.schoolStaff.client, "/agreements/new", { ...valid(), startsOn: "2026-09-01", endsOn: "2026-09-01" });
    expect(ok.status).toBe(302);
  });

  it("an active agreement reads 生效 on its end day and 已到期 the day after, on the page and through the list's state filter", async () => {
    const lastDay = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, title: "今日到期协议", startsOn: "2025-01-01", endsOn: dayFromToday(0) });
    const ended = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, title: "昨日到期协议", startsOn: "2025-01-01", endsOn: dayFromToday(-1) });
    const upcoming = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, title: "明日开始协议", startsOn: dayFromToday(1), endsOn: dayFromToday(400) });
    const badge = async (id: number) => /status-badge" data-tone="\w+">([^<]+)</.exec(await (await w.schoolStaff.client.get(`/agreements/${id}`)).text())?.[1];
    expect(await badge(lastDay.id)).toBe("生效");
    expect(await badge(ended.id)).toBe("已到期");
    expect(await badge(upcoming.id)).toBe("未开始");
    const list = async (query: string) => (await w.schoolStaff.client.get(`/agreements?${query}`)).text();
    const inForce = await list("state=IN_FORCE");
    expect(inForce).toContain("今日到期协议");
    expect(inForce).not.toContain("昨日到期协议");
    expect(inForce).not.toContain("明日开始协议");
    const expired = await list("state=EXPIRED");
    expect(expired).toContain("昨日到期协议");
    expect(expired).not.toContain("今日到期协议");
    expect(await list("state=UPCOMING")).toContain("明日开始协议");
    // Kind through the URL; nonsense values show everything rather than failing.
    expect(await list("kind=INDUSTRY_COLLEGE")).not.toContain("今日到期协议");
    expect(await list("kind=COOPERATION")).toContain("今日到期协议");
    expect(await list("state=%3Cscript%3E&kind=0x1")).toContain("昨日到期协议");
  });
});

describe("uploads are judged by their bytes", () => {
  it("a PDF is accepted and stored with its hash and size", async () => {
    const response = await postMultipart(w.schoolStaff.client, "/agreements/new", { ...valid(), document: pdfFile("签署版.pdf") });
    expect(response.status).toBe(302);
    const doc = await w.db.prisma.document.findFirstOrThrow({ where: { fileName: "签署版.pdf" } });
    expect(doc.byteSize).toBe(PDF_BYTES.byteLength);
  });

  it("an HTML file named .pdf, an empty file and a file over 5 MB are refused in Chinese, nothing written", async () => {
    const html = new File(["<html><script>alert(1)</script></html>"], "协议.pdf", { type: "application/pdf" });
    await refused({ ...valid(), document: html }, "只能上传 PDF、PNG 或 JPEG 文件");
    await refused({ ...valid(), document: new File([], "空白.pdf", { type: "application/pdf" }) }, "文件是空的");
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF_BYTES);
    await refused({ ...valid(), document: new File([big], "大.pdf", { type: "application/pdf" }) }, "文件过大");
  });

  it("a body over the upload limit is refused with 413 before it is read", async () => {
    const huge = new Uint8Array(17 * 1024 * 1024);
    huge.set(PDF_BYTES);
    await refused({ ...valid(), document: new File([huge], "巨大.pdf") }, "提交的内容过大", 413);
  });

  it("a file in a text field, or text in the file field of the page's attach form, is refused", async () => {
    await refused({ ...valid(), document: "not a file" }, "请选择要上传的文件");
    const a = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "PROPOSED" });
    const before = await agreementTables(w.db);
    const none = await postMultipart(w.schoolStaff.client, `/agreements/${a.id}`, { intent: "attach" });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("请选择要上传的文件");
    expect(await agreementTables(w.db)).toEqual(before);
  });
});

describe("bad input: Chinese message, 400, nothing written", () => {
  it("missing fields", async () => {
    await refused({}, "请填写协议名称");
    const { title: _t, ...noTitle } = valid();
    await refused(noTitle, "请填写协议名称");
    const { counterpartId: _c, ...noCounterpart } = valid();
    await refused(noCounterpart, "请选择合作方");
    const { endsOn: _e, ...noEnd } = valid();
    await refused(noEnd, "请输入有效的结束日期");
  });

  it("wrong types and unknown references", async () => {
    await refused({ ...valid(), kind: "FRANCHISE" }, "请选择有效的协议类型");
    await refused({ ...valid(), counterpartId: "abc" }, "请选择合作方");
    await refused({ ...valid(), counterpartId: "99999999" }, "请选择合作企业");
    await refused({ ...valid(), counterpartId: String(w.otherSchool.id) }, "请选择合作企业"); // a school is no enterprise
    await refused({ ...valid(), programIds: ["2147483647"] }, "所选专业不存在");
    await refused({ ...valid(), startsOn: "2026-02-30" }, "请输入有效的开始日期");
    await refused({ ...valid(), endsOn: "0000-01-01" }, /结束日期/);
  });

  it("huge values, control characters and markup", async () => {
    await refused({ ...valid(), title: "协".repeat(101) }, "协议名称不能超过 100 个字符");
    await refused({ ...valid(), notes: "备".repeat(1001) }, "备注不能超过 1000 个字符");
    await refused({ ...valid(), programIds: Array.from({ length: 31 }, () => String(w.program.id)) }, "最多选择 30 个专业");
    await refused({ ...valid(), title: "合作\u0000协议" }, "协议名称不能包含控制字符");
    await refused({ ...valid(), title: "合作\u202e协议" }, "协议名称不能包含控制字符");
    await refused({ ...valid(), title: "<img src=x onerror=alert(1)>" }, "协议名称不能包含 HTML 标签");
    await refused({ ...valid(), notes: "<script>alert(1)</script>" }, "备注不能包含 HTML 标签");
  });

  it("the agreement page's moves: unknown intent, a huge or marked-up reason", async () => {
    const a = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "ACTIVE" });
    const before = await agreementTables(w.db);
    for (const [body, message] of [
      [{ intent: "expire" }, "未知的操作"],
      [{ intent: "terminate", reason: "理".repeat(501), confirm: "yes" }, "理由不能超过 500 个字符"],
      [{ intent: "terminate", reason: "<b>停</b>", confirm: "yes" }, "理由不能包含 HTML 标签"],
      [{ intent: "terminate", reason: "停\u0007止", confirm: "yes" }, "理由不能包含控制字符"],
      [{ intent: "terminate", reason: "停止", confirm: "maybe" }, "确认参数无效"],
    ] as const) {
      const response = await w.schoolStaff.client.post(`/agreements/${a.id}`, body);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
    }
    expect(await agreementTables(w.db)).toEqual(before);
  });
});
