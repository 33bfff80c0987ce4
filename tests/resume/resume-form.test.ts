import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";

// The résumé form (/resume): what a student may save, and what a careless or hostile post gets —
// 400 with a Chinese message and no row written or changed — on both sides of every limit.

const w = useApplicationWorld();
let student: WorldStudent; // has no résumé: a refused post must not create one
let keeper: WorldStudent; // has one: a refused post must not change it

beforeAll(async () => {
  student = await w.student();
  keeper = await w.student();
  await w.make.resume({ studentId: keeper.student.id, contact: "both", full: true });
});

type Fields = Record<string, string | string[]>;
const resumes = () => w.db.prisma.resume.findMany({ orderBy: { id: "asc" } });
const LONG = "长".repeat(10_000);
const OK = { phone: "13912345678" };

describe("refused posts: 400, a Chinese message, nothing written", () => {
  const cases: Array<[string, Fields, string]> = [
    ["nothing at all", {}, "请至少填写手机号或微信号中的一项"],
    ["only an introduction, no contact", { intro: "你好" }, "请至少填写手机号或微信号中的一项"],
    ["letters as phone", { phone: "abcdefghijk" }, "请输入有效的手机号"],
    ["10-digit phone", { phone: "1391234567" }, "请输入有效的手机号"],
    ["12-digit phone", { phone: "139123456789" }, "请输入有效的手机号"],
    ["phone starting 12", { phone: "12912345678" }, "请输入有效的手机号"],
    ["landline", { phone: "0471-6660000" }, "请输入有效的手机号"],
    ["+86 phone", { phone: "+8613912345678" }, "请输入有效的手机号"],
    ["phone posted twice", { phone: ["13912345678", "13912345679"] }, "手机号格式不正确"],
    ["huge phone", { phone: "1".repeat(10_000) }, "手机号不能超过 40 个字符"],
    ["WeChat id starting with a digit", { wechat: "1abcdef" }, "请输入有效的微信号"],
    ["5-character WeChat id", { wechat: "abcde" }, "请输入有效的微信号"],
    ["21-character WeChat id", { wechat: "a".repeat(21) }, "请输入有效的微信号"],
    ["WeChat id with a space", { wechat: "abc def" }, "请输入有效的微信号"],
    ["WeChat id in Chinese", { wechat: "微信号码abcd" }, "请输入有效的微信号"],
    ["WeChat id with a bell", { wechat: "abc\u0007def" }, "微信号不能包含控制字符"],
    ["10 kB introduction", { ...OK, intro: LONG }, "自我介绍不能超过 500 个字符"],
    ["501-character introduction", { ...OK, intro: "长".repeat(501) }, "自我介绍不能超过 500 个字符"],
    ["301-character skills", { ...OK, skills: "技".repeat(301) }, "技能不能超过 300 个字符"],
    ["301-character certificates", { ...OK, certificates: "证".repeat(301) }, "证书不能超过 300 个字符"],
    ["1001-character experience", { ...OK, experience: "经".repeat(1001) }, "实习与经历不能超过 1000 个字符"],
    ["21 lines of experience", { ...OK, experience: Array(21).fill("某酒店").join("\n") }, "实习与经历不能超过 20 行"],
    ["NUL in the introduction", { ...OK, intro: "a\u0000b" }, "自我介绍不能包含控制字符"],
    ["escape in skills", { ...OK, skills: "刀工\u001b[31m" }, "技能不能包含控制字符"],
    ["line separator in certificates", { ...OK, certificates: "证书\u2028二" }, "证书不能包含控制字符"],
    ["<script> in skills", { ...OK, skills: "<script>alert(1)</script>" }, "技能不能包含 HTML 标签"],
    ["<img onerror> in the introduction", { ...OK, intro: '<img src=x onerror="alert(1)">' }, "自我介绍不能包含 HTML 标签"],
    ["markup in experience", { ...OK, experience: "</textarea><b>x</b>" }, "实习与经历不能包含 HTML 标签"],
    ["introduction posted twice", { ...OK, intro: ["一", "二"] }, "自我介绍格式不正确"],
  ];
  it.each(cases)("%s", async (_name, fields, message) => {
    for (const who of [student, keeper]) {
      const before = await resumes();
      const response = await who.client.post("/resume", fields);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
      expect(await resumes()).toEqual(before);
    }
  });

  it("anyone but a student is refused (403) before the body is read, nothing written", async () => {
    const before = await resumes();
    const response = await w.staff.post("/resume", OK);
    expect(response.status).toBe(403);
    expect((await w.staff.get("/resume")).status).toBe(403);
    expect(await resumes()).toEqual(before);
  });
});

describe("saving", () => {
  it("keeps every field at its limit, line breaks included, and the edges of both contact formats", async () => {
    const fields = {
      intro: "介".repeat(500),
      skills: "技".repeat(300),
      certificates: "证".repeat(300),
      experience: Array(20).fill("单位甲 · 2025年7月 · 切配").join("\n"),
      phone: "19912345678",
      wechat: "a".repeat(20),
    };
    const response = await student.client.post("/resume", fields);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("简历已保存");
    const saved = await w.db.prisma.resume.findUniqueOrThrow({ where: { studentId: student.student.id } });
    expect(saved).toMatchObject(fields);
    // The shortest WeChat id (6, a letter first, _ and -) alone is a contact too; the emptied fields are cleared.
    expect((await student.client.post("/resume", { wechat: "a_b-c1" })).status).toBe(200);
    const again = await w.db.prisma.resume.findUniqueOrThrow({ where: { studentId: student.student.id } });
    expect(again).toMatchObject({ wechat: "a_b-c1", phone: null, intro: null, experience: null });
  });

  it("a comparison sign is text, not markup, and the page shows it as text", async () => {
    expect((await keeper.client.post("/resume", { ...OK, skills: "打字速度 > 60 字/分，差错 < 1%" })).status).toBe(200);
    const html = await (await keeper.client.get("/resume")).text();
    expect(html).toContain("打字速度 &gt; 60 字/分，差错 &lt; 1%");
  });
});
