import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "~/features/auth/session.server";
import { FIGURE_NAMES, type Figure } from "~/features/fair-report/figures";
import { fairReport } from "~/features/fair-report/report.server";
import type { Client } from "../../support/http";
import { useTestApp } from "../../support/test-app";
import { EXPECTED, makeReportWorld, type ReportWorld } from "./world";

// Every figure of the fair report against the world's records, counted by hand in world.ts (EXPECTED);
// the breakdowns by school, program and cluster likewise; then, through HTTP, that each number on
// the page links to a records page with exactly that many rows, and that the workbook says the same.

const t = useTestApp();
let w: ReportWorld;
let office: Client;
let officeUser: SessionUser;

beforeAll(async () => {
  w = await makeReportWorld(t);
  const user = await t.make.user({ role: "SCHOOL_STAFF", organisationId: w.schoolA.id });
  office = await t.clientFor(user.id);
  officeUser = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: "SCHOOL_STAFF",
    organisationId: w.schoolA.id,
    organisation: { id: w.schoolA.id, name: w.schoolA.name, kind: "SCHOOL" },
  };
});

describe("the service", () => {
  it("counts every figure as defined (world.ts EXPECTED, each counted by hand)", async () => {
    const report = await fairReport(officeUser, w.fair.id);
    expect(report.figures).toEqual(EXPECTED);
  });

  it("breaks registered and checked-in students down by school, program and cluster (none → 其他)", async () => {
    const report = await fairReport(officeUser, w.fair.id);
    const rows = (list: typeof report.bySchool) => list.map((r) => [r.id, r.registered, r.checkedIn]);
    // A: s1 s2 s4 registered, s1 s4 in; B: s5 s6 registered, s5 in (s3, s7 cancelled)
    expect(rows(report.bySchool)).toEqual([
      [w.schoolA.id, 3, 2],
      [w.schoolB.id, 2, 1],
    ]);
    // P1: s1 s2 / s1; P2: s5 s6 / s5; P3: s4 / s4 — most registered first, ties by name
    expect(rows(report.byProgram).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [w.programs.p1.id, 2, 1],
      [w.programs.p2.id, 2, 1],
      [w.programs.p3.id, 1, 1],
    ]);
    // C1 = P1 + P2; 其他 = P3, last
    expect(report.byCluster.map((r) => [r.id, r.name, r.registered, r.checkedIn])).toEqual([
      [w.cluster.id, w.cluster.name, 4, 2],
      [null, "其他", 1, 1],
    ]);
  });

  it("moves an offer across the 30-day edge by one millisecond, and back", async () => {
    const events = await t.db.prisma.applicationEvent.findMany({
      where: { toStatus: "OFFER", application: { fairId: w.fair.id } },
      orderBy: { createdAt: "asc" },
    });
    const edge = new Date(w.fair.endsAt.getTime() + 30 * 86_400_000);
    const atEdge = events.find((e) => e.createdAt.getTime() === edge.getTime())!;
    await t.db.prisma.applicationEvent.update({ where: { id: atEdge.id }, data: { createdAt: new Date(edge.getTime() + 1) } });
    expect((await fairReport(officeUser, w.fair.id)).figures.offered30).toBe(EXPECTED.offered30 - 1);
    await t.db.prisma.applicationEvent.update({ where: { id: atEdge.id }, data: { createdAt: edge } });
    expect((await fairReport(officeUser, w.fair.id)).figures.offered30).toBe(EXPECTED.offered30);
  });
});

describe("the page", () => {
  it("shows each figure as a link to its records, and the records page lists exactly that many", async () => {
    const response = await office.get(`/fairs/${w.fair.id}/report`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const links = [...html.matchAll(/<a ([^>]*data-figure="[^"]*"[^>]*)>(\d+)<\/a>/g)].map((m) => ({
      href: /href="([^"]+)"/.exec(m[1]!)![1]!.replace(/&amp;/g, "&"),
      figure: /data-figure="([^"]+)"/.exec(m[1]!)![1] as Figure,
      value: Number(m[2]),
    }));
    // every figure once in its table, and the breakdown links (2 schools, 3 programs, 2 clusters) × 2
    for (const name of FIGURE_NAMES) expect(links.filter((l) => l.figure === name && !l.href.match(/school=|program=|cluster=/)).map((l) => l.value), name).toEqual([EXPECTED[name]]);
    expect(links.filter((l) => /school=|program=|cluster=/.test(l.href))).toHaveLength(14);
    for (const link of links) {
      const records = await office.get(link.href);
      expect(records.status, link.href).toBe(200);
      const page = await records.text();
      const rows = [...page.matchAll(/<tr[^>]*data-row-id="[^"]+"[^>]*>.*?<\/tr>/gs)].map((m) => m[0]);
      if (link.figure === "headcountOffered") {
        const sum = rows.reduce((total, row) => total + Number(/>(\d+)人</.exec(row)![1]), 0);
        expect(sum, link.href).toBe(link.value);
      } else {
        expect(rows.length, link.href).toBe(link.value);
      }
      expect(page).toContain(`data-testid="figure-value">${link.value}<`);
    }
  });

  it("drives school, program and cluster (an id or none) through the records URL", async () => {
    const count = async (query: string) => {
      const page = await (await office.get(`/fairs/${w.fair.id}/report/records?${query}`)).text();
      return [...page.matchAll(/data-row-id=/g)].length;
    };
    expect(await count("figure=studentsRegistered")).toBe(5);
    expect(await count(`figure=studentsRegistered&school=${w.schoolB.id}`)).toBe(2);
    expect(await count(`figure=studentsCheckedIn&program=${w.programs.p1.id}`)).toBe(1);
    expect(await count(`figure=studentsRegistered&cluster=${w.cluster.id}`)).toBe(4);
    expect(await count("figure=studentsRegistered&cluster=none")).toBe(1);
    expect(await count(`figure=studentsRegistered&school=${w.schoolA.id}&cluster=none`)).toBe(1);
    // an unparseable filter is dropped (the page shows the whole figure), as on every list page
    expect(await count("figure=studentsRegistered&school=abc&cluster=0x1")).toBe(5);
    // the filters narrow students only: a booth figure ignores them
    expect(await count(`figure=enterprisesRegistered&school=${w.schoolB.id}`)).toBe(3);
  });

  it("refuses a records URL without a known figure with a Chinese message and 400", async () => {
    for (const query of ["", "figure=", "figure=nothing", "figure=%3Cscript%3E", `figure=${"x".repeat(5000)}`, "figure=leads%00"]) {
      const response = await office.get(`/fairs/${w.fair.id}/report/records?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.text()).toContain("请从招聘会报告中点开一个数字查看记录");
    }
  });
});

describe("the workbook", () => {
  it("has one sheet per table, Chinese headers, and the service's figures as numbers", async () => {
    const response = await office.get(`/fairs/${w.fair.id}/report.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(["企业与岗位", "学生", "按学校", "按专业", "按产业集群", "投递与意向", "录用"]);
    const report = await fairReport(officeUser, w.fair.id);
    const values = (name: string) => {
      const out: Array<[string, unknown, unknown]> = [];
      book.getWorksheet(name)!.eachRow((row, i) => {
        if (i > 1) out.push([String(row.getCell(1).value), row.getCell(2).value, row.getCell(3).value]);
      });
      return out;
    };
    expect(book.getWorksheet("企业与岗位")!.getRow(1).values).toEqual([undefined, "指标", "数值", "含义"]);
    expect(book.getWorksheet("按学校")!.getRow(1).values).toEqual([undefined, "学校", "报名", "签到"]);
    const figuresIn = (name: string) => values(name).map(([, v]) => v);
    expect(figuresIn("企业与岗位")).toEqual([3, 2, 4, 14]);
    expect(figuresIn("学生")).toEqual([5, 3]);
    expect(figuresIn("投递与意向")).toEqual([7, 3, 1, 1, 1]);
    expect(figuresIn("录用")).toEqual([3, 1, 5, 2]);
    expect(values("按学校")).toEqual(report.bySchool.map((r) => [r.name, r.registered, r.checkedIn]));
    expect(values("按专业")).toEqual(report.byProgram.map((r) => [r.name, r.registered, r.checkedIn]));
    expect(values("按产业集群")).toEqual([
      [w.cluster.name, 4, 2],
      ["其他", 1, 1],
    ]);
    for (const name of ["企业与岗位", "学生", "按学校", "投递与意向", "录用"]) {
      for (const [, v] of values(name)) expect(typeof v).toBe("number");
    }
  });
});
