import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";
import { makeReportWorld, type ReportWorld } from "../quality-report/world";

// break14: a school with no graduates (every denominator empty) and a year with none in the city: the
// report's page, JSON and workbook show no NaN, Infinity or undefined, rates are — (null), never 0.

const YEAR = 2025;
const t = useTestApp();
let w: ReportWorld;
let bureau: Client;

beforeAll(async () => {
  w = await makeReportWorld(t.db, t.make, YEAR);
  bureau = await t.clientFor((await t.make.user({ role: "BUREAU_ADMIN", organisationId: (await t.make.bureau()).id })).id);
});

const BAD = /NaN|Infinity|undefined|\[object/;

describe("empty denominators", () => {
  for (const [label, path] of [
    ["the empty school", () => `/reports/${YEAR}/${w.empty.id}`],
    ["a year with no graduates (2001)", () => `/reports/2001`],
  ] as const) {
    it(`${label}: page, JSON and workbook carry no NaN/Infinity`, async () => {
      const page = await bureau.get(path());
      expect(page.status).toBe(200);
      expect(await page.text()).not.toMatch(BAD);
      const json = await bureau.get(`${path()}.json`);
      expect(json.status).toBe(200);
      const text = await json.text();
      expect(text).not.toMatch(BAD);
      const xlsx = await bureau.get(`${path()}.xlsx`);
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await xlsx.arrayBuffer()) as never);
      const cells: string[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(JSON.stringify(cell.value)))));
      expect(cells.filter((c) => BAD.test(c))).toEqual([]);
    });
  }
});
