import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { StaticRouter } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { ReportView } from "~/features/quality-report/report-view";
import type { QualityReport } from "~/features/quality-report/report-shape";
import { rowCells, text } from "../support/html";
import { FIXTURE, SCHOOL_FIXTURE } from "./output-fixture";

// The report page's body as the server renders it (what a reader without JavaScript, a printer and a screen
// reader get): every table, the values with two decimals for rates and — for nothing, the printed figure
// beside the computed one with differences flagged, the knowledge beside every destination figure, 表5 by
// cohort, each chart's numbers as a table. Values typed from the hand-built fixture.

const render = (report: QualityReport) => renderToString(createElement(StaticRouter, { location: "/reports/2026" }, createElement(ReportView, { report })));
const cells = (html: string, figure: string) => rowCells(html, `data-figure="${figure}"`)!;

describe("the report page body", () => {
  const html = render(FIXTURE);

  it("renders every table under the report's titles, with the year and scope in the page title", () => {
    expect(text(html.match(/<h1>.*?<\/h1>/s)![0])).toBe("呼和浩特市 中等职业教育质量年度报告（2026年度）");
    for (const title of [
      "附表1：人才培养质量计分卡",
      "附表3：服务贡献表",
      "附表4：教学资源表",
      "附表6：落实政策表",
      "表5：中职学校对接六大产业集群情况",
      "产教融合：平台记录的校企合作与育人",
      "毕业去向",
    ]) {
      expect(html).toContain(`>${title}</h2>`);
    }
  });

  it("lays 附表1 out as 序号/指标/单位/值 with the printed figure and the knowledge", () => {
    const header = html.match(/<table[^>]*aria-label="附表1：人才培养质量计分卡".*?<\/thead>/s)![0];
    expect(header.match(/<th[^>]*>.*?<\/th>/gs)!.map(text)).toEqual(["序号", "指标", "单位", "值", "公报值", "去向已知率 · 学生确认率"]);
    expect(cells(html, "附表1.1")).toEqual(["1", "毕业生人数", "人", "7146", "7146", "100.00% · 50.00%"]);
    expect(cells(html, "附表1.11")).toEqual(["11", "自主创业率", "%", "1.68 （9/536）", "1.68", "100.00% · 50.00%"]);
    expect(cells(html, "附表1.12")[3]).toBe("22.20 （111/500）");
  });

  it("flags a computed figure that differs from the printed one, and writes — for nothing", () => {
    expect(cells(html, "附表1.5")).toEqual(["5", "毕业生本省去向落实率", "%", "89.50 （6348/7093）", "89.74 ≠与公报值不同", "100.00% · 50.00%"]);
    expect(html).toMatch(/<tr data-figure="附表1.5" data-differs="yes">/);
    expect(cells(html, "附表1.6").slice(3, 5)).toEqual(["—", "2068 ≠与公报值不同"]);
    expect(html).toMatch(/<tr data-figure="附表1.1">/);
    expect(cells(html, "附表4.1").slice(0, 5)).toEqual(["1", "生师比", "比", "12.98 （24069/1854）", "12.40 ≠与公报值不同"]);
    expect(cells(html, "附表3.1").slice(3, 5)).toEqual(["875", "1173 ≠与公报值不同"]);
  });

  it("links each value with a drill path to its records, and no other", () => {
    expect(html).toContain(`href="/reports/2026/records?figure=${encodeURIComponent("附表1.2")}"`);
    expect(html).toContain('aria-label="毕业去向落实人数：7093人，查看记录"');
    expect(html).toContain('aria-label="自主创业率：1.68%，查看记录"');
    // 附表4 row 1 has no drill path; 附表1 row 6 has no value
    expect(rowCells(html, 'data-figure="附表4.1"')!.join("")).not.toContain("查看记录");
    expect(html.match(/<tr data-figure="附表4.1".*?<\/tr>/s)![0]).not.toContain("<a ");
    expect(html.match(/<tr data-figure="附表1.6".*?<\/tr>/s)![0]).not.toContain("<a ");
  });

  it("shows the knowledge rate and the student-confirmed share only beside destination figures", () => {
    expect(cells(html, "附表3.A").at(-1)).toBe("100.00% · 50.00%");
    expect(html.match(/<table[^>]*aria-label="附表4：教学资源表".*?<\/table>/s)![0]).not.toContain("去向已知率");
    expect(text(html.match(/<dl class="report-knowledge".*?<\/dl>/s)![0])).toBe("毕业生7146人去向已知7146人 · 100.00%学生本人确认3573人 · 50.00%学生提出异议12人");
  });

  it("lays 表5 out with a column per cohort and the 合计 row", () => {
    const header = html.match(/<table[^>]*aria-label="表5：中职学校对接六大产业集群情况".*?<\/thead>/s)![0];
    expect(header.match(/<th[^>]*>.*?<\/th>/gs)!.map(text)).toEqual(["产业集群", "专业个数", "2026年毕业生人数", "2026级", "2025级", "2024级", "在校生合计"]);
    expect(rowCells(html, 'data-cluster="BIOMEDICINE"')).toEqual(["生物医药产业", "8", "957", "1042", "1003", "887", "2932"]);
    expect(rowCells(html, 'data-cluster="total"')).toEqual(["合计", "40", "2613", "4218", "3964", "3246", "11428"]);
  });

  it("gives each chart its numbers as a table, and the charts are hidden pictures", () => {
    for (const chart of ["clusters", "destinations", "retention"]) expect(html).toMatch(new RegExp(`<div class="report-chart[^"]*" aria-hidden="true" data-chart="${chart}">`));
    expect(rowCells(html, 'data-kind="EMPLOYED_SELF"')).toEqual(["自主创业", "就业", "9"]);
    expect(rowCells(html, ">升学合计<")).toEqual(["升学合计", "", "6218"]);
    expect(rowCells(html, ">就业合计<")).toEqual(["就业合计", "", "875"]);
    expect(rowCells(html, ">2026-07<")).toEqual(["2026-07", "80", "200"]);
    expect(text(html)).toContain("留呼人数（累计，目标 50000 人）");
    // the platform's own rows are numbered in order
    expect(cells(html, "产教融合.keptOnRate").slice(0, 4)).toEqual(["3", "实习留用率", "%", "37.50 （3/8）"]);
  });

  it("links the city's workbook and JSON", () => {
    expect(html).toContain('href="/reports/2026.xlsx"');
    expect(html).toContain('href="/reports/2026.json"');
    expect(html).toContain("公报值”是《2023年呼和浩特市中等职业教育质量年度报告》印发的数字");
  });

  it("a school's page: its own files, no printed column, rates over nothing as —, no 表5", () => {
    const school = render(SCHOOL_FIXTURE);
    expect(school).toContain('href="/reports/2026/12.xlsx"');
    expect(school).toContain('href="/reports/2026/12.json"');
    expect(school).not.toContain("公报值");
    expect(school).not.toContain("表5：");
    expect(cells(school, "附表1.5")).toEqual(["5", "毕业生本省去向落实率", "%", "— （0/0）", "— · —"]);
    expect(school).toContain("本年度没有记录毕业去向。");
    expect(school).toContain("本年度没有留呼记录。");
  });
});
