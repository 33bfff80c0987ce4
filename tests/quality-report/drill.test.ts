import { beforeAll, describe, expect, it } from "vitest";
import { computeReport } from "~/features/quality-report/report.server";
import type { QualityReport } from "~/features/quality-report/report-shape";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";
import { makeReportWorld, type ReportWorld } from "./world";

// Every figure with a drill-down leads to exactly its records: the count at the top of the records page
// equals the figure, and the first page lists min(figure, 50) rows; for the city (the bureau) and for a
// school (its own office). Figures without records (rates, means, hours) have no link.

const YEAR = 2025;
const t = useTestApp();
let w: ReportWorld;
let bureau: Client;
let officeA: Client;
let city: QualityReport;
let schoolA: QualityReport;

beforeAll(async () => {
  w = await makeReportWorld(t.db, t.make, YEAR);
  bureau = await t.clientFor((await t.make.user({ role: "BUREAU_ADMIN", organisationId: (await t.make.bureau()).id })).id);
  officeA = await t.clientFor((await t.make.user({ role: "SCHOOL_STAFF", organisationId: w.schoolA.id })).id);
  [city, schoolA] = await Promise.all([computeReport({ year: YEAR, schoolId: null }), computeReport({ year: YEAR, schoolId: w.schoolA.id })]);
});

const shown = (html: string) => Number(/data-testid="figure-value"[^>]*>(\d+)</.exec(html)?.[1]);
const rowsOnPage = (html: string) => html.match(/data-row-id=/g)?.length ?? 0;

async function walk(report: QualityReport, client: Client) {
  const drilled = report.figures.filter((f) => f.drill !== null);
  expect(drilled.length).toBeGreaterThan(20);
  for (const f of drilled) {
    const response = await client.get(f.drill!);
    expect(response.status, f.drill!).toBe(200);
    const html = await response.text();
    expect(shown(html), `${f.table} ${f.row}`).toBe(f.value);
    expect(rowsOnPage(html), `${f.table} ${f.row} rows`).toBe(Math.min(f.value ?? 0, 50));
  }
}

describe("drill-downs", () => {
  it("the city's, as the bureau", async () => {
    await walk(city, bureau);
  });
  it("school A's, as its office; each link names the school", async () => {
    for (const f of schoolA.figures) if (f.drill) expect(f.drill).toContain(`school=${w.schoolA.id}`);
    await walk(schoolA, officeA);
  });
  it("rates, means, ratios and hours have no drill-down", () => {
    for (const id of ["附表1.5", "附表1.6", "附表1.11", "附表1.12", "附表4.1", "附表4.2", "附表6.19", "产教融合.keptOnRate"]) {
      expect(city.figures.find((f) => `${f.table}.${f.row}` === id)!.drill, id).toBeNull();
    }
  });
  it("a school's records name its students and no other school's", async () => {
    const html = await (await officeA.get(`/reports/${YEAR}/records?figure=${encodeURIComponent("附表3.1")}`)).text();
    expect(html).toContain("示例·g1");
    expect(html).not.toContain("示例·otherSchool");
  });
});
