import { describe, expect, it } from "vitest";
import { useImportWorld } from "../import/world";

// Exploratory probe: hostile URLs on every new page of issue 14, for every role; never 500.
const w = useImportWorld();

const PATHS = [
  "/imports?kind=abc", "/imports?kind=STUDENTS&page=-1", "/imports/abc", "/imports/99999999999999999999", "/imports/-1", "/imports/1.5",
  "/imports/abc/errors.xlsx", "/imports/template/abc", "/imports/template/STUDENTS", "/imports/template/DESTINATIONS", "/imports/new?kind=%00",
  "/destinations?year=abc", "/destinations?year=99999", "/destinations?page=-1", "/destinations?page=abc&q=%3Cscript%3E", "/destinations?q=" + "x".repeat(5000),
  "/destinations?kind=abc&status=%00", "/destinations/abc", "/destinations/999999999999", "/destinations/proposals?page=-1", "/destinations/proposals?year=abc",
  "/my/destination?x=1", "/reports?year=abc", "/reports/abc", "/reports/99999", "/reports/-1", "/reports/0", "/reports/2026.5",
  "/reports/abc.json", "/reports/99999.json", "/reports/99999.xlsx", "/reports/2026/abc", "/reports/2026/999999", "/reports/2026/1.json", "/reports/2026/abc.xlsx",
  "/reports/2026/records", "/reports/2026/records?figure=abc", "/reports/2026/records?figure=附表1.2&page=-1", "/reports/2026/records?figure=附表1.2&school=abc",
  "/reports/2026/records?figure=附表1.2&page=99999999999999", "/reports/99999/records?figure=附表1.2", "/reports/abc/records?figure=%00",
  "/mentors?page=-1", "/mentors?q=%00%3Cb%3E", "/mentors?cluster=abc&page=abc", "/mentors?school=999999999999999999",
];

describe("probe", () => {
  it("no 500 anywhere", async () => {
    const W = w;
    const bad: string[] = [];
    const clients = { staff: W.schoolStaff.client, other: W.otherSchoolStaff.client, teacher: W.teacherUser.client, ent: W.enterpriseStaff.client, bureau: W.bureau.client, visitor: W.visitor() };
    for (const [who, c] of Object.entries(clients)) {
      for (const p of PATHS) {
        const r = await c.get(p);
        await r.arrayBuffer();
        if (r.status >= 500) bad.push(`${who} ${p} ${r.status}`);
      }
    }
    expect(bad).toEqual([]);
  }, 300_000);
});
