import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { rowCells, stat } from "../support/html";
import { useTrackingWorld } from "./tracking-world";

// /placements/compliance and its export: who sees which schools' placements, each warning on both sides
// of its edge as the page shows it (dates relative to today; the edges on fixed days are in
// tracking-rules.test.ts), the interns-per-host limits counted across schools, and the xlsx read back.

const w = useTrackingWorld();
const VIEW = "/placements/compliance";

/** The text of the list row of placement `id` ("" when the page does not list it). */
async function row(client: { get(path: string): Promise<Response> }, id: number, query = "") {
  const html = await (await client.get(`${VIEW}${query}`)).text();
  return (rowCells(html, `href="/placements/${id}/tracking"`) ?? []).join(" | ");
}
/** The office's row of placement `id`, which must be listed (so "does not contain" is never vacuous). */
async function shown(id: number) {
  const text = await row(w.clients.office, id);
  expect(text, `placement ${id} is listed`).not.toBe("");
  return text;
}
/** A moment at noon in Hohhot on the day `days` from today. */
const noonInHohhot = (days: number) => new Date(`${dayFromToday(days)}T12:00:00+08:00`);

async function documents(ownerId: number, uploaderId: number) {
  const doc = () =>
    w.db.prisma.document.create({
      data: {
        organisationId: ownerId,
        uploadedById: uploaderId,
        fileName: "a.pdf",
        mediaType: "application/pdf",
        byteSize: 4,
        sha256: "x",
        bytes: Buffer.from("%PDF"),
      },
    });
  return { tripartiteDocumentId: (await doc()).id, insuranceDocumentId: (await doc()).id, consentDocumentId: (await doc()).id };
}

/** A placement with every document present and insured throughout, so only the warning under test shows. */
async function documented(traits: Parameters<typeof w.placement>[0] = {}) {
  const startsOn = (traits.startsOn as string | undefined) ?? dayFromToday(-5);
  const endsOn = (traits.endsOn as string | undefined) ?? dayFromToday(100);
  return w.placement({
    ...(await documents(w.school.id, w.users.office.id)),
    tripartiteSignedOn: new Date(`${startsOn}T00:00:00Z`),
    insurancePolicyNo: "PICC-2026-0001",
    insuranceFrom: new Date(`${startsOn}T00:00:00Z`),
    insuranceTo: new Date(`${endsOn}T00:00:00Z`),
    insurancePayer: "SCHOOL",
    startsOn,
    endsOn,
    ...traits,
  });
}

describe("who sees the compliance view", () => {
  it("the bureau sees every school and narrows to one through ?school=; a school's office only its own, whatever ?school= says", async () => {
    const mine = await documented();
    const theirs = await documented({ schoolId: w.otherSchool.id, supervisorTeacherId: null });
    expect(await row(w.clients.bureau, mine.placement.id)).not.toBe("");
    expect(await row(w.clients.bureau, theirs.placement.id)).not.toBe("");
    expect(await row(w.clients.bureau, mine.placement.id, `?school=${w.otherSchool.id}`)).toBe("");
    expect(await row(w.clients.bureau, theirs.placement.id, `?school=${w.otherSchool.id}`)).not.toBe("");
    expect(await row(w.clients.office, mine.placement.id)).not.toBe("");
    expect(await row(w.clients.office, theirs.placement.id)).toBe("");
    expect(await row(w.clients.office, theirs.placement.id, `?school=${w.otherSchool.id}`)).toBe("");
    expect(await row(w.clients.otherOffice, mine.placement.id)).toBe("");
  });

  it("teachers, enterprises and students have no compliance view or export (403)", async () => {
    const { studentClient } = await w.placement();
    for (const client of [w.clients.teacher, w.clients.host, studentClient]) {
      expect((await client.get(VIEW)).status).toBe(403);
      expect((await client.get(`${VIEW}.xlsx`)).status).toBe(403);
    }
    expect((await w.visitor().get(VIEW)).status).toBe(302);
  });

  it("states are counted and filtered through ?status=", async () => {
    const fresh = await w.make.school();
    const office = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: fresh.id })).id);
    const active = await w.placement({ schoolId: fresh.id, supervisorTeacherId: null });
    const done = await w.placement({ schoolId: fresh.id, supervisorTeacherId: null, status: "COMPLETED" });
    await w.placement({ schoolId: fresh.id, supervisorTeacherId: null, status: "COMPLETED" });
    const html = await (await office.get(VIEW)).text();
    expect([stat(html, "待开始"), stat(html, "实习中"), stat(html, "已结束"), stat(html, "已终止")]).toEqual([
      "0",
      "1",
      "2",
      "0",
    ]);
    expect(await row(office, active.placement.id, "?status=COMPLETED")).toBe("");
    expect(await row(office, done.placement.id, "?status=COMPLETED")).not.toBe("");
    // A value the filter does not know is ignored, never a 500.
    expect((await office.get(`${VIEW}?status=DELETED&warning=<x>&school=abc&page=-1`)).status).toBe(200);
  });
});

describe("warnings, each on both sides of its edge", () => {
  it("a pay record of exactly 80% of the wage is fine; one yuan less warns", async () => {
    const fine = await documented({ status: "COMPLETED", startsOn: dayFromToday(-200), endsOn: dayFromToday(-20) });
    const low = await documented({ status: "COMPLETED", startsOn: dayFromToday(-200), endsOn: dayFromToday(-20) });
    const month = `${dayFromToday(-100).slice(0, 7)}-01`;
    await w.make.payRecord({ placementId: fine.placement.id, month, amount: 3200, paidOn: dayFromToday(-60) });
    await w.make.payRecord({ placementId: low.placement.id, month, amount: 3199, paidOn: dayFromToday(-60) });
    expect(await shown(fine.placement.id)).not.toContain("低于80%");
    expect(await row(w.clients.office, low.placement.id)).toContain(`${month.slice(0, 7)} 实发 3199 元，低于80%`);
    expect(await row(w.clients.office, fine.placement.id, "?warning=pay")).toBe("");
    expect(await row(w.clients.office, low.placement.id, "?warning=pay")).not.toBe("");
  });

  it("an active placement's month past its pay day without a record warns; a month not yet due does not", async () => {
    const fresh = await documented({ startsOn: dayFromToday(-5) }); // its first month is due on the 15th of the next
    const started = await documented({ startsOn: dayFromToday(-100) });
    expect(await shown(fresh.placement.id)).not.toContain("无报酬记录");
    expect(await row(w.clients.office, started.placement.id)).toContain(`${dayFromToday(-100).slice(0, 7)} 无报酬记录`);
  });

  it("a report filed 7 days ago and unreviewed is in time; 8 days ago it warns; reviewed, it does not", async () => {
    const inTime = await documented();
    const late = await documented();
    const reviewed = await documented();
    await w.make.weeklyReport({ placementId: inTime.placement.id, submittedAt: noonInHohhot(-7) });
    await w.make.weeklyReport({ placementId: late.placement.id, submittedAt: noonInHohhot(-8) });
    await w.make.weeklyReport({
      placementId: reviewed.placement.id,
      submittedAt: noonInHohhot(-30),
      reviewedAt: noonInHohhot(-1),
    });
    expect(await shown(inTime.placement.id)).not.toContain("未批阅");
    expect(await row(w.clients.office, late.placement.id)).toContain("1 份周报超过7天未批阅");
    expect(await shown(reviewed.placement.id)).not.toContain("未批阅");
    expect(await row(w.clients.office, late.placement.id, "?warning=reports")).not.toBe("");
    expect(await row(w.clients.office, inTime.placement.id, "?warning=reports")).toBe("");
  });

  it("an active placement ending in 30 days is listed as ending; in 31 days it is not", async () => {
    const thirty = await documented({ endsOn: dayFromToday(30) });
    const thirtyOne = await documented({ endsOn: dayFromToday(31) });
    expect(await row(w.clients.office, thirty.placement.id, "?warning=ending")).toContain(`${dayFromToday(30)} 结束`);
    expect(await row(w.clients.office, thirtyOne.placement.id, "?warning=ending")).toBe("");
  });

  it("missing documents: no tripartite agreement, no insurance, a policy without its scan, insurance short of the end, a minor without consent", async () => {
    const complete = await documented();
    expect(await row(w.clients.office, complete.placement.id)).toContain("| 无 |");
    const noTripartite = await documented({ tripartiteDocumentId: null });
    expect(await row(w.clients.office, noTripartite.placement.id)).toContain("缺三方协议");
    const noInsurance = await documented({ insurancePolicyNo: null });
    expect(await row(w.clients.office, noInsurance.placement.id)).toContain("缺实习责任保险");
    // A policy on record without its scan is named as such, not as no insurance.
    const noScan = await documented({ insuranceDocumentId: null });
    expect(await row(w.clients.office, noScan.placement.id)).toContain("缺实习责任保险单扫描件");
    const short = await documented({ insuranceTo: new Date(`${dayFromToday(99)}T00:00:00Z`) });
    expect(await row(w.clients.office, short.placement.id)).toContain("保险未覆盖实习全程");
    const student = await w.make.student({ account: true, schoolId: w.school.id, birthDate: dayFromToday(-17 * 366) });
    const minor = await documented({ studentId: student.id, consentDocumentId: null });
    expect(await row(w.clients.office, minor.placement.id)).toContain("缺监护人知情同意书");
    const adult = await w.make.student({ account: true, schoolId: w.school.id, birthDate: dayFromToday(-19 * 366) });
    const grown = await documented({ studentId: adult.id, consentDocumentId: null });
    expect(await shown(grown.placement.id)).not.toContain("知情同意书");
  });

  it("terms the rules forbid show as rule warnings", async () => {
    const lowTerms = await documented({ monthlyPay: 3199 });
    expect(await row(w.clients.office, lowTerms.placement.id, "?warning=rules")).toContain("约定报酬低于同岗位工资的80%");
    const atFloor = await documented({ monthlyPay: 3200 });
    expect(await row(w.clients.office, atFloor.placement.id, "?warning=rules")).toBe("");
    const studentPays = await documented({ insurancePayer: "STUDENT" });
    expect(await row(w.clients.office, studentPays.placement.id)).toContain("实习责任保险由学生缴纳");
  });
});

describe("interns per host and per post, across schools", () => {
  it("10% of the host's staff and 20% of the post's are allowed; one more is over, counting other schools' interns", async () => {
    const host = await w.make.enterprise({ staffCount: 10 });
    const post = await w.make.enterprisePost({ enterpriseId: host.id, staffCount: 5 });
    await w.placement({ enterpriseId: host.id, enterprisePostId: post.id });
    let html = await (await w.clients.office.get(VIEW)).text();
    expect(rowCells(html, `data-row-id="host-${host.id}"`)?.join(" ")).toContain("未超");
    expect(rowCells(html, `data-row-id="post-${post.id}"`)?.join(" ")).toContain("未超");
    await w.placement({
      enterpriseId: host.id,
      enterprisePostId: post.id,
      schoolId: w.otherSchool.id,
      supervisorTeacherId: null,
    });
    html = await (await w.clients.office.get(VIEW)).text();
    expect(rowCells(html, `data-row-id="host-${host.id}"`)?.join(" ")).toContain("超过10%");
    expect(rowCells(html, `data-row-id="host-${host.id}"`)?.join(" ")).toContain("2 / 10");
    expect(rowCells(html, `data-row-id="post-${post.id}"`)?.join(" ")).toContain("超过20%");
  });
});

describe("the xlsx export", () => {
  it("has the supervision platforms' columns and one row per placement, read back with exceljs", async () => {
    const creditHost = await w.make.enterprise({ creditCode: "91150105MA0N0XXXX1", name: "青城导出测试餐饮有限公司" });
    const { placement, student } = await documented({ enterpriseId: creditHost.id, post: "收银员", mentorName: "王师傅" });
    const response = await w.clients.office.get(`${VIEW}.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const sheet = book.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v === undefined ? "" : v));
    expect(values(1)).toEqual([
      "学生姓名",
      "学校",
      "专业",
      "实习单位",
      "统一社会信用代码",
      "实习岗位",
      "开始日期",
      "结束日期",
      "实习报酬（元/月）",
      "实习责任保险",
      "三方协议",
      "学校指导教师",
      "企业指导教师",
      "实习状态",
      "预警",
    ]);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2));
    const mine = rows.find((r) => r[0] === student.name);
    expect(mine).toBeDefined();
    const school = await w.db.prisma.organisation.findUniqueOrThrow({ where: { id: w.school.id } });
    expect(mine!.slice(0, 9)).toEqual([
      student.name,
      school.name,
      expect.any(String),
      "青城导出测试餐饮有限公司",
      "91150105MA0N0XXXX1",
      "收银员",
      dayFromToday(-5),
      dayFromToday(100),
      3200,
    ]);
    expect(mine![9]).toContain("PICC-2026-0001");
    expect(mine![10]).toContain("已签");
    expect(mine![12]).toBe("王师傅");
    expect(mine![13]).toBe("实习中");
    // Scoped as the view: another school's office does not get this placement.
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(await (await w.clients.otherOffice.get(`${VIEW}.xlsx`)).arrayBuffer());
    const names = (other.worksheets[0]!.getColumn(1).values as unknown[]).slice(2);
    expect(names).not.toContain(student.name);
    expect(placement.id).toBeGreaterThan(0);
  });
});
