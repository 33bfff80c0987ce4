import { describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { PDF, usePlacementWorld } from "./world";

// The placement form through the HTTP stack (multipart, as the page posts it): bad input is answered
// in Chinese with 400 and writes nothing; a good one is saved PLANNED with its documents. Then who
// may see a placement, its list and its documents (role × organisation), and the list's state filter.

function multipart(fields: Record<string, string>, files: Record<string, { bytes: Uint8Array<ArrayBuffer>; name: string; type: string }> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [k, f] of Object.entries(files)) form.append(k, new Blob([f.bytes], { type: f.type }), f.name);
  return form;
}
const send = (client: Client, path: string, form: FormData) => client.request(path, { method: "POST", body: form });

describe("the placement form", () => {
  const w = usePlacementWorld();
  const good = () => ({
    intent: "save",
    studentId: String(w.student.id),
    enterpriseId: String(w.host.id),
    enterprisePostId: String(w.post.id),
    supervisorTeacherId: String(w.supervisor.id),
    startsOn: "2027-03-01",
    endsOn: "2027-08-31",
    dailyHours: "8",
    weeklyHours: "40",
    monthlyPay: "3200",
    payInMoney: "on",
    payMonthly: "on",
    insurancePolicyNo: "PICC-1",
    insuranceFrom: "2027-03-01",
    insuranceTo: "2027-08-31",
    insurancePayer: "HOST",
    tripartiteSignedOn: "2027-02-01",
  });
  const counts = async () => ({
    placements: await w.db.prisma.internshipPlacement.count(),
    documents: await w.db.prisma.document.count(),
    events: await w.db.prisma.placementEvent.count(),
  });

  it("saves PLANNED with the document and the post's wage, writes the event, and the compliant one activates", async () => {
    const res = await send(w.clients.office, "/placements/new", multipart(good(), { tripartiteFile: { bytes: PDF, name: "三方协议.pdf", type: "application/pdf" } }));
    expect(res.status).toBe(302);
    const id = Number(/\/placements\/(\d+)/.exec(res.headers.get("location")!)![1]);
    const p = await w.db.prisma.internshipPlacement.findUniqueOrThrow({ where: { id }, include: { tripartiteDocument: true } });
    expect(p).toMatchObject({ status: "PLANNED", schoolId: w.school.id, regularWage: 4000, post: w.post.name, insurancePayer: "HOST" });
    expect(p.tripartiteDocument?.fileName).toBe("三方协议.pdf");
    expect(await w.db.prisma.placementEvent.count({ where: { placementId: id, toStatus: "PLANNED" } })).toBe(1);
    // The file comes back to who may read the placement, and is 404 to everyone else.
    for (const who of ["office", "teacher", "hostStaff", "student", "bureau"] as const) {
      const download = await w.clients[who].get(`/placements/${id}/documents/tripartite`);
      expect(download.status, who).toBe(200);
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    }
    for (const who of ["otherOffice", "otherStaff", "otherStudent", "otherTeacher"] as const) {
      expect((await w.clients[who].get(`/placements/${id}/documents/tripartite`)).status, who).toBe(404);
    }
    expect((await w.clients.office.get(`/placements/${id}/documents/consent`)).status).toBe(404);
    expect((await w.clients.office.get(`/placements/${id}/documents/passwd`)).status).toBe(404);
    expect((await w.clients.office.post(`/placements/${id}`, { intent: "activate" })).status).toBe(302);
    await w.clients.office.post(`/placements/${id}`, { intent: "terminate", reason: "清理", confirm: "yes" });
  });

  it("saves a placement with only the student, the host, the post and the dates (PLANNED, rules unmet)", async () => {
    const { intent, studentId, enterpriseId, enterprisePostId, startsOn, endsOn } = good();
    const res = await send(w.clients.office, "/placements/new", multipart({ intent, studentId, enterpriseId, enterprisePostId, startsOn, endsOn }));
    expect(res.status).toBe(302);
    const id = Number(/\/placements\/(\d+)/.exec(res.headers.get("location")!)![1]);
    expect((await w.clients.office.post(`/placements/${id}`, { intent: "activate" })).status).toBe(400);
    await w.clients.office.post(`/placements/${id}`, { intent: "terminate", reason: "清理", confirm: "yes" });
  });

  const BAD: Array<[string, Record<string, string>, string]> = [
    ["missing student", { studentId: "" }, "请选择学生"],
    ["student not a number", { studentId: "abc" }, "请选择学生"],
    ["missing start date", { startsOn: "" }, "实习开始日期"],
    ["impossible date", { startsOn: "2027-02-30" }, "请输入有效的实习开始日期"],
    ["end before start", { endsOn: "2027-02-28" }, "实习结束日期不能早于开始日期"],
    ["pay with decimals", { monthlyPay: "3200.5" }, "实习报酬须为整数"],
    ["huge pay", { monthlyPay: "99999999999" }, "实习报酬不能大于"],
    ["hours as words", { dailyHours: "八小时" }, "每日实习时长须为数字"],
    ["huge text", { insurancePolicyNo: "保".repeat(5000) }, "保单号不能超过 60 个字符"],
    ["control characters", { mentorName: "张\u0000师傅" }, "企业指导教师姓名不能包含控制字符"],
    ["markup", { mentorName: "<script>alert(1)</script>" }, "不能包含 HTML 标签"],
    ["unknown payer", { insurancePayer: "PARENTS" }, "请选择有效的投保方"],
    ["unknown category", { postCategory: "CASINO" }, "请选择有效的岗位经营类别"],
    ["another school's student", { studentId: "__other__" }, "所选学生不是本校学生"],
    ["an unverified host", { enterpriseId: "__unverified__" }, "尚未通过市教育局核验"],
    ["another host's post", { enterprisePostId: "__foreignPost__" }, "所选岗位不属于该实习单位"],
    ["a teacher of another school", { supervisorTeacherId: "__foreignTeacher__" }, "学校指导教师须为本校教师"],
    ["a wage below the one the host registered for the post", { regularWage: "3000", monthlyPay: "2400" }, "不得低于 4000 元/月"],
    ["a start in year 0000", { startsOn: "0000-03-01" }, "实习开始日期"],
    ["an end in year 9999", { endsOn: "9999-12-31" }, "实习结束日期须在"],
  ];

  it.each(BAD)("%s: Chinese message, 400, nothing written", async (_name, change, message) => {
    const other = await w.make.student({ schoolId: w.otherSchool.id });
    const unverified = await w.make.enterprise({ standing: "UNVERIFIED" });
    const foreignPost = await w.make.enterprisePost({ enterpriseId: w.otherEnterprise.id });
    const foreignTeacher = await w.make.teacher({ schoolId: w.otherSchool.id });
    const sub: Record<string, string> = { __other__: String(other.id), __unverified__: String(unverified.id), __foreignPost__: String(foreignPost.id), __foreignTeacher__: String(foreignTeacher.id) };
    const fields = Object.fromEntries(Object.entries({ ...good(), ...change }).map(([k, v]) => [k, sub[v] ?? v]));
    const before = await counts();
    const res = await send(w.clients.office, "/placements/new", multipart(fields));
    expect(res.status).toBe(400);
    expect((await res.text()).replace(/<!-- -->/g, "")).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it("a file that is not a PDF or image is refused on its field, nothing written", async () => {
    const before = await counts();
    const res = await send(w.clients.office, "/placements/new", multipart(good(), { tripartiteFile: { bytes: new TextEncoder().encode("<html>not a pdf</html>"), name: "a.pdf", type: "application/pdf" } }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("只能上传 PDF、PNG 或 JPEG 文件");
    expect(await counts()).toEqual(before);
  });

  it("several files under one field are refused on it (one file each), nothing written", async () => {
    const before = await counts();
    const body = multipart(good(), { tripartiteFile: { bytes: PDF, name: "a.pdf", type: "application/pdf" } });
    body.append("tripartiteFile", new Blob([PDF], { type: "application/pdf" }), "b.pdf");
    const res = await send(w.clients.office, "/placements/new", body);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("每项只能上传一个文件");
    expect(await counts()).toEqual(before);
  });

  it("only a school office may post the form: enterprise, student, teacher, bureau get 403 and nothing is written", async () => {
    const before = await counts();
    for (const who of ["hostStaff", "student", "teacher", "bureau"] as const) {
      expect((await send(w.clients[who], "/placements/new", multipart(good()))).status, who).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });

  it("editing another school's placement is 404", async () => {
    const p = await w.compliant();
    expect((await w.clients.otherOffice.get(`/placements/${p.id}/edit`)).status).toBe(404);
    expect((await send(w.clients.otherOffice, `/placements/${p.id}/edit`, multipart(good()))).status).toBe(404);
    expect((await w.clients.hostStaff.get(`/placements/${p.id}/edit`)).status).toBe(403);
    await w.clients.office.post(`/placements/${p.id}`, { intent: "terminate", reason: "清理", confirm: "yes" });
  });
});

describe("who sees which placements (/placements)", () => {
  const w = usePlacementWorld();

  it("each role sees its own: office its school's, teacher the supervised, host the hosted, student their own, bureau all", async () => {
    const mine = await w.compliant({ status: "ACTIVE" });
    const elsewhereStudent = await w.make.student({ schoolId: w.otherSchool.id, cohortYear: 2025 });
    const theirs = await w.make.internshipPlacement({ studentId: elsewhereStudent.id, enterpriseId: w.otherEnterprise.id, status: "ACTIVE" });
    const list = async (who: keyof typeof w.clients) => {
      const res = await w.clients[who].get("/placements");
      expect(res.status, who).toBe(200);
      const html = await res.text();
      return { mine: html.includes(`/placements/${mine.id}"`), theirs: html.includes(`/placements/${theirs.id}"`) };
    };
    expect(await list("office")).toEqual({ mine: true, theirs: false });
    expect(await list("otherOffice")).toEqual({ mine: false, theirs: true });
    expect(await list("teacher")).toEqual({ mine: true, theirs: false });
    expect(await list("otherTeacher")).toEqual({ mine: false, theirs: false });
    expect(await list("hostStaff")).toEqual({ mine: true, theirs: false });
    expect(await list("otherStaff")).toEqual({ mine: false, theirs: true });
    expect(await list("student")).toEqual({ mine: true, theirs: false });
    expect(await list("otherStudent")).toEqual({ mine: false, theirs: false });
    expect(await list("bureau")).toEqual({ mine: true, theirs: true });
    expect((await w.visitor().get("/placements")).status).toBe(302);
  });

  it("the state filter is driven through the URL; a nonsense state shows all", async () => {
    const planned = await w.compliant();
    const active = await w.compliant({ status: "ACTIVE" });
    const has = async (query: string) => {
      const html = await (await w.clients.office.get(`/placements${query}`)).text();
      return [html.includes(`/placements/${planned.id}"`), html.includes(`/placements/${active.id}"`)];
    };
    expect(await has("?status=PLANNED")).toEqual([true, false]);
    expect(await has("?status=ACTIVE")).toEqual([false, true]);
    expect(await has("?status=COMPLETED")).toEqual([false, false]);
    expect(await has("?status=BOGUS")).toEqual([true, true]);
    expect(await has("")).toEqual([true, true]);
  });
});
