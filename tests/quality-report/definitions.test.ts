import { beforeAll, describe, expect, it } from "vitest";
import { installDatabase } from "~/db/db.server";
import { computeReport } from "~/features/quality-report/report.server";
import type { QualityReport } from "~/features/quality-report/report-shape";
import { useTestDatabase } from "../support/test-database";
import { makeReportWorld, TODAY, YEAR, type ReportWorld } from "./world";

// Every figure's definition (docs/metrics.md) on both sides of its edges, over the world in world.ts:
// the expected values are counted by hand from the records there.

const t = useTestDatabase();
let w: ReportWorld;
let a: QualityReport;
let city: QualityReport;
let empty: QualityReport;

const value = (r: QualityReport, id: string) => {
  const [table, row] = id.split(".");
  const f = r.figures.find((x) => x.table === table && x.row === row);
  if (!f) throw new Error(`no figure ${id}`);
  return f.value;
};
const figure = (r: QualityReport, id: string) => r.figures.find((x) => `${x.table}.${x.row}` === id)!;

beforeAll(async () => {
  installDatabase(t.db);
  w = await makeReportWorld(t.db, t.make);
  [a, city, empty] = await Promise.all([
    computeReport({ year: YEAR, schoolId: w.schoolA.id, today: TODAY }),
    computeReport({ year: YEAR, schoolId: null, today: TODAY }),
    computeReport({ year: YEAR, schoolId: w.empty.id, today: TODAY }),
  ]);
});

describe("附表1", () => {
  it("row 1: graduates of the year (GRADUATED, graduationYear 2030); not another year, not enrolled or withdrawn", () => {
    expect(value(a, "附表1.1")).toBe(10);
  });
  it("row 2: a destination other than 待就业; no destination is not counted either", () => {
    expect(value(a, "附表1.2")).toBe(8);
  });
  it("rows 3–4: 升学, and of it 本科 (对口升学本科, 普通高考本科), not 普通高考专科", () => {
    expect(value(a, "附表1.3")).toBe(3);
    expect(value(a, "附表1.4")).toBe(2);
  });
  it("row 5: of row 2, those in 内蒙古自治区 (5 of 8); 待就业 in 内蒙古 not counted", () => {
    expect(value(a, "附表1.5")).toBe(62.5);
    expect(figure(a, "附表1.5").parts).toEqual({ numerator: 5, denominator: 8 });
  });
  it("rows 7–10: employed with an industry recorded; 应征义务兵 (even with an industry) and no industry are not", () => {
    expect(value(a, "附表1.7")).toBe(3);
    expect(value(a, "附表1.8")).toBe(1);
    expect(value(a, "附表1.9")).toBe(1);
    expect(value(a, "附表1.10")).toBe(1);
  });
  it("row 6: mean income of row 7's graduates who gave one, to the yuan (3001 and 3000 → 3000.5 → 3001)", () => {
    expect(value(a, "附表1.6")).toBe(3001);
  });
  it("row 11: 自主创业 of row 7 (1 of 3)", () => {
    expect(value(a, "附表1.11")).toBe(33.33);
  });
  it("row 12: employed graduates of year−3 … year−1 with promotion recorded; not year−4, not the year itself, not 升学", () => {
    expect(figure(a, "附表1.12").parts).toEqual({ numerator: 1, denominator: 2 });
    expect(value(a, "附表1.12")).toBe(50);
  });
  it("destination figures carry knowledge; known rate and confirmed share", () => {
    expect(figure(a, "附表1.2").knowledge).toBe(true);
    expect(a.knowledge).toEqual({ graduates: 10, known: 9, knownRate: 90, confirmed: 1, confirmedRate: 11.11, disputed: 1 });
  });
});

describe("附表3", () => {
  it("row 1: employed graduates, all four kinds", () => {
    expect(value(a, "附表3.1")).toBe(5);
  });
  it("A: employer in 呼和浩特市 (not 包头市, not 北京市)", () => {
    expect(value(a, "附表3.A")).toBe(1);
  });
  it("B: outside Hohhot in the west or northeast (包头, 内蒙古 with no city, 辽宁); not 北京, not Hohhot", () => {
    expect(value(a, "附表3.B")).toBe(3);
  });
  it("C: 中型/小型/微型; D: 大型", () => {
    expect(value(a, "附表3.C")).toBe(3);
    expect(value(a, "附表3.D")).toBe(1);
  });
});

describe("附表4 and 附表6", () => {
  it("在校生: cohorts 2028–2030 not withdrawn (5); 专任教师 3 (a part-time teacher is not)", () => {
    expect(value(a, "附表6.1")).toBe(5);
    expect(value(a, "附表6.6")).toBe(3);
  });
  it("生师比 5 ÷ 3 = 1.67; 双师 2 of 3 = 66.67", () => {
    expect(value(a, "附表4.1")).toBe(1.67);
    expect(value(a, "附表4.2")).toBe(66.67);
  });
  it("1+X: students with a passed attempt in 2030, each once (2029-12-31 and 2031-01-01 and a failed one not)", () => {
    expect(value(a, "附表6.14")).toBe(2);
  });
  it("mentors: (enterprise, name) once; classes of cohorts 2027–2030, placements under way in 2030, not PLANNED", () => {
    expect(value(a, "附表6.17")).toBe(3);
    expect(value(a, "附表6.19")).toBeNull();
  });
});

describe("表5", () => {
  it("programs offered in the cluster, graduates, in school by cohort newest first", () => {
    const row = a.clusters.find((c) => c.name === "测试集群·甲")!;
    expect(row.programs).toBe(2);
    expect(row.graduates).toBe(10);
    expect(row.enrolledByCohort).toEqual([
      { cohortYear: 2030, students: 3 },
      { cohortYear: 2029, students: 0 },
      { cohortYear: 2028, students: 2 },
    ]);
    expect(row.enrolled).toBe(5);
    const cityRow = city.clusters.find((c) => c.name === "测试集群·甲")!;
    expect(cityRow.programs).toBe(2);
    expect(cityRow.graduates).toBe(11);
    expect(cityRow.enrolled).toBe(6);
  });
});

describe("产教融合", () => {
  it("classes of cohorts 2027–2030; placements started in 2030 and the kept-on rate", () => {
    expect(value(a, "产教融合.orderClasses")).toBe(1);
    expect(value(a, "产教融合.apprenticeships")).toBe(1);
    expect(value(a, "产教融合.placements")).toBe(2);
    expect(value(a, "产教融合.completedPlacements")).toBe(1);
    expect(value(a, "产教融合.keptOn")).toBe(1);
    expect(value(a, "产教融合.keptOnRate")).toBe(100);
    expect(value(a, "产教融合.dualJunior")).toBe(1);
    expect(value(a, "产教融合.dualIntermediate")).toBe(0);
    expect(value(a, "产教融合.dualSenior")).toBe(1);
  });
  it("pairs with an agreement in force in the year, each pair once; the city counts every school's", () => {
    expect(value(a, "产教融合.pairs")).toBe(1);
    expect(value(city, "产教融合.pairs")).toBe(2);
  });
  it("fairs starting in the year (not cancelled), registrations not cancelled, check-ins, offers and hires", () => {
    expect(value(a, "产教融合.fairs")).toBe(1);
    expect(value(a, "产教融合.fairRegistrations")).toBe(1);
    expect(value(a, "产教融合.fairCheckIns")).toBe(1);
    expect(value(a, "产教融合.fairOffers")).toBe(2);
    expect(value(a, "产教融合.fairHires")).toBe(1);
    expect(value(empty, "产教融合.fairs")).toBe(0);
  });
  it("practice days confirmed by the host, on a day of the year", () => {
    expect(value(a, "产教融合.practiceDays")).toBe(1);
  });
});

describe("scope", () => {
  it("the city counts every school; a school only its own", () => {
    expect(value(city, "附表1.1")).toBe(11);
    expect(value(city, "附表3.A")).toBe(2);
    expect(value(city, "附表1.6")).toBe(3334); // (3001 + 3000 + 4000) ÷ 3 = 3333.67
    expect(value(city, "附表6.6")).toBe(4);
    expect(city.scope).toEqual({ schoolId: null, name: "呼和浩特市" });
    expect(a.scope.name).toBe("示例·甲职业学校");
  });
  it("empty denominators are null, never 0 or NaN; counts are 0", () => {
    for (const id of ["附表1.5", "附表1.6", "附表1.11", "附表1.12", "附表4.1", "附表4.2", "产教融合.keptOnRate"]) expect(value(empty, id), id).toBeNull();
    expect(value(empty, "附表1.1")).toBe(0);
    expect(empty.knowledge.knownRate).toBeNull();
  });
  it("published figures only on the city report of the year the demo reproduces", () => {
    expect(city.figures.some((f) => f.published !== undefined)).toBe(false);
  });
  it("on 2031-03-01 the 2030 city report is the one that reproduces 2023 (seven years moved): published beside it, not on a school's", async () => {
    const reproducing = await computeReport({ year: YEAR, schoolId: null, today: "2031-03-01" });
    expect(figure(reproducing, "附表1.1").published).toBe(7146);
    expect(figure(reproducing, "附表1.7").published).toBe(536);
    expect(figure(reproducing, "附表3.1").published).toBe(1173);
    const school = await computeReport({ year: YEAR, schoolId: w.schoolA.id, today: "2031-03-01" });
    expect(school.figures.some((f) => f.published !== undefined)).toBe(false);
    const before = await computeReport({ year: YEAR, schoolId: null, today: "2030-08-31" });
    expect(before.figures.some((f) => f.published !== undefined)).toBe(false);
  });
});
