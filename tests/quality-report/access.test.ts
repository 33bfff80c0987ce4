import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";
import { makeReportWorld, type ReportWorld } from "./world";

// Who reads which report, its JSON, workbook and drill-downs (report.read / report.records, docs/metrics.md):
// the bureau the city and every school; a school's office its own school only (another school's: 404, the
// city's: 403, its page sends it to its own); teachers, enterprises and students: 403 on reports, 404 on
// records. The year is 2025: a year with graduates before today's latest class (the routes use today).

const YEAR = 2025;
const t = useTestApp();
let w: ReportWorld;
const c = {} as Record<"bureau" | "officeA" | "officeB" | "teacherA" | "enterprise" | "student", Client>;

beforeAll(async () => {
  w = await makeReportWorld(t.db, t.make, YEAR);
  const m = t.make;
  const as = async (role: "SCHOOL_STAFF" | "TEACHER" | "ENTERPRISE_STAFF" | "BUREAU_ADMIN", organisationId: number) =>
    t.clientFor((await m.user({ role, organisationId })).id);
  const student = await m.student({ schoolId: w.schoolA.id, account: true });
  Object.assign(c, {
    bureau: await as("BUREAU_ADMIN", (await m.bureau()).id),
    officeA: await as("SCHOOL_STAFF", w.schoolA.id),
    officeB: await as("SCHOOL_STAFF", w.schoolB.id),
    teacherA: await as("TEACHER", w.schoolA.id),
    enterprise: await as("ENTERPRISE_STAFF", (await m.enterprise()).id),
    student: await t.clientFor(student.user.id),
  });
});

const A = () => w.schoolA.id;
const B = () => w.schoolB.id;

describe("role × organisation", () => {
  it("the bureau reads the index, the city's report in three formats and every school's", async () => {
    const index = await (await c.bureau.get("/reports")).text();
    expect(index).toContain(`/reports/${YEAR}/${A()}`);
    expect(index).toContain(`/reports/${YEAR}/${B()}`);
    for (const path of [`/reports/${YEAR}`, `/reports/${YEAR}.json`, `/reports/${YEAR}.xlsx`, `/reports/${YEAR}/${A()}`, `/reports/${YEAR}/${B()}.json`, `/reports/${YEAR}/${A()}.xlsx`]) {
      expect((await c.bureau.get(path)).status, path).toBe(200);
    }
  });

  it("a school's office reads its own school's report and records only", async () => {
    const index = await (await c.officeA.get("/reports")).text();
    expect(index).toContain(`/reports/${YEAR}/${A()}`);
    expect(index).not.toContain(`/reports/${YEAR}/${B()}`);
    expect(index).not.toContain("示例·乙职业学校");
    for (const path of [`/reports/${YEAR}/${A()}`, `/reports/${YEAR}/${A()}.json`, `/reports/${YEAR}/${A()}.xlsx`, `/reports/${YEAR}/records?figure=附表1.2`]) {
      expect((await c.officeA.get(path)).status, path).toBe(200);
    }
    const city = await c.officeA.get(`/reports/${YEAR}`);
    expect(city.status).toBe(302);
    expect(city.headers.get("location")).toBe(`/reports/${YEAR}/${A()}`);
    for (const path of [`/reports/${YEAR}.json`, `/reports/${YEAR}.xlsx`]) expect((await c.officeA.get(path)).status, path).toBe(403);
  });

  it("another school's report, JSON, workbook and records are 404 to a school's office, and show nothing", async () => {
    for (const path of [
      `/reports/${YEAR}/${B()}`,
      `/reports/${YEAR}/${B()}.json`,
      `/reports/${YEAR}/${B()}.xlsx`,
      `/reports/${YEAR}/records?figure=附表1.1&school=${B()}`,
      `/reports/${YEAR}/records?school=${B()}`,
    ]) {
      const response = await c.officeA.get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain("示例·otherSchool");
    }
  });

  it("teachers, enterprises and students: 403 on reports, 404 on records; a visitor is sent to sign in", async () => {
    for (const who of ["teacherA", "enterprise", "student"] as const) {
      for (const path of ["/reports", `/reports/${YEAR}`, `/reports/${YEAR}.json`, `/reports/${YEAR}/${A()}`, `/reports/${YEAR}/${A()}.json`]) {
        expect((await c[who].get(path)).status, `${who} ${path}`).toBe(403);
      }
      for (const path of [`/reports/${YEAR}/records?figure=附表1.1`, `/reports/${YEAR}/records?figure=附表1.1&school=${A()}`]) {
        const response = await c[who].get(path);
        expect(response.status, `${who} ${path}`).toBe(404);
        expect(await response.text()).not.toContain("示例·g1");
      }
    }
    const visitor = await t.visitor().get("/reports");
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toMatch(/^\/login/);
  });
});

describe("parameters", () => {
  it("a year or school that is no number, no year with a report, or no school: 404", async () => {
    for (const path of ["/reports/abc", "/reports/1999", "/reports/2999", `/reports/${YEAR}.pdf`, `/reports/${YEAR}/999999`, `/reports/${YEAR}/${A()}x`, `/reports/${YEAR}.json/${A()}`, `/reports/${YEAR}/records.json?figure=附表1.1`]) {
      expect((await c.bureau.get(path)).status, path).toBe(404);
    }
  });

  it("records: no figure is 400 with a Chinese message; a figure with no records (a rate) or none at all is 404", async () => {
    const missing = await c.bureau.get(`/reports/${YEAR}/records`);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("请从质量年报中点开一个数字查看记录");
    expect((await c.bureau.get(`/reports/${YEAR}/records?figure=${"x".repeat(5000)}`)).status).toBe(400);
    for (const figure of ["附表1.5", "附表4.1", "附表9.1", "<script>", "附表1.2\u0000"]) {
      expect((await c.bureau.get(`/reports/${YEAR}/records?figure=${encodeURIComponent(figure)}`)).status, figure).toBe(404);
    }
  });

  it("school narrows the records; page pages them and a page past the last is sent back to the last", async () => {
    const city = await (await c.bureau.get(`/reports/${YEAR}/records?figure=附表1.1`)).text();
    expect(city).toContain("示例·otherSchool");
    const school = await (await c.bureau.get(`/reports/${YEAR}/records?figure=附表1.1&school=${A()}`)).text();
    expect(school).not.toContain("示例·otherSchool");
    expect(school).toContain("示例·g10");
    const past = await c.bureau.get(`/reports/${YEAR}/records?figure=附表1.1&school=${A()}&page=9`);
    expect(past.status).toBe(302);
    expect(decodeURIComponent(past.headers.get("location")!)).toContain("page=1");
    expect((await c.bureau.get(`/reports/${YEAR}/records?figure=附表1.1&school=${A()}&page=abc`)).status).toBe(200);
  });
});

describe("the JSON", () => {
  it("keys tables and rows by the report's numbering, 表5 by cluster name with cohort columns", async () => {
    const response = await c.bureau.get(`/reports/${YEAR}/${A()}.json`);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as Record<string, Record<string, unknown>>;
    expect(Object.keys(body)).toEqual(["附表1", "附表3", "附表4", "附表6", "表5", "产教融合"]);
    expect(Object.keys(body["附表1"]!)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(Object.keys(body["附表3"]!)).toEqual(["1", "A", "B", "C", "D"]);
    expect(Object.keys(body["附表4"]!)).toEqual(["1", "2"]);
    expect(Object.keys(body["附表6"]!)).toEqual(["1", "6", "14", "17", "19"]);
    expect(body["附表1"]).toMatchObject({ "1": 10, "2": 8, "3": 3, "4": 2, "5": 62.5, "6": 3001, "7": 3, "11": 33.33, "12": 50 });
    expect(body["附表3"]).toEqual({ "1": 5, A: 1, B: 3, C: 3, D: 1 });
    expect(body["附表6"]!["19"]).toBeNull();
    expect(body["表5"]!["测试集群·甲"]).toEqual({ 专业个数: 2, 毕业生人数: 10, "2025级": 3, "2024级": 0, "2023级": 2, 合计: 5 });
  });

  it("the workbook is an xlsx download", async () => {
    const response = await c.bureau.get(`/reports/${YEAR}.xlsx`);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    expect(response.headers.get("content-disposition")).toContain(`report-${YEAR}.xlsx`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip, as every xlsx is
  });
});
