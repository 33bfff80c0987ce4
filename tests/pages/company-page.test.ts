import { beforeAll, describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";

// The company page (/enterprises/:id, issue 9 item 5): the positions open for applications today
// (published, deadline today or later or none) with links, and no other; facts without a value are
// left out rather than shown as "—"; the district is not said twice.

const t = useTestApp();
let enterpriseId: number;
let viewer: Client;
const ids: Record<string, number> = {};

beforeAll(async () => {
  const cluster = await t.make.cluster({ name: "测试产业集群甲" });
  enterpriseId = (await t.make.enterprise({ clusterId: cluster.id, district: "SAIHAN", address: "赛罕区大学东街 9 号", size: "MEDIUM" })).id;
  const make = async (key: string, traits: Parameters<typeof t.make.position>[0]) =>
    (ids[key] = (await t.make.position({ enterpriseId, title: `岗位-${key}`, ...traits })).id);
  await make("open-no-deadline", {});
  await make("open-deadline-today", { deadline: dayFromToday(0) });
  await make("open-deadline-later", { deadline: dayFromToday(30), district: "XINCHENG" });
  await make("expired-yesterday", { deadline: dayFromToday(-1) });
  await make("draft", { status: "DRAFT" });
  await make("closed", { status: "CLOSED" });
  await make("closed-future-deadline", { status: "CLOSED", deadline: dayFromToday(30) });
  const other = await t.make.enterprise();
  ids.otherEnterprise = (await t.make.position({ enterpriseId: other.id, title: "岗位-别家" })).id;
  const school = await t.make.school();
  viewer = await t.clientFor((await t.make.user({ role: "STUDENT", organisationId: school.id })).id);
});

async function companyPage(id = enterpriseId) {
  const response = await viewer.get(`/enterprises/${id}`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The open-positions section: from its heading to the next section. */
const openSection = (html: string) => html.slice(html.indexOf('id="open-positions"'), html.indexOf("</section>", html.indexOf('id="open-positions"')));

describe("company page: open positions", () => {
  it("lists the published positions whose deadline is today, later or none, each linked", async () => {
    const section = openSection(await companyPage());
    for (const key of ["open-no-deadline", "open-deadline-today", "open-deadline-later"]) {
      expect(section, key).toContain(`href="/positions/${ids[key]}"`);
      expect(section, key).toContain(`岗位-${key}`);
    }
    expect(section).toContain("在招岗位（3 个）");
  });

  it("leaves out drafts, closed positions and positions past their deadline, and other enterprises' positions", async () => {
    const html = await companyPage();
    for (const key of ["expired-yesterday", "draft", "closed", "closed-future-deadline", "otherEnterprise"]) {
      expect(html, key).not.toContain(`/positions/${ids[key]}"`);
    }
  });

  it("a position without a deadline reads 报名截止 长期有效, one with a deadline its day", async () => {
    const section = openSection(await companyPage());
    const item = (key: string) => section.slice(section.indexOf(`data-position-id="${ids[key]}"`)).split("</li>")[0]!;
    expect(item("open-no-deadline")).toContain("报名截止 长期有效");
    expect(item("open-deadline-later")).toContain(`报名截止 ${dayFromToday(30)}`);
    expect(section).not.toContain("—");
  });

  it("an enterprise with no open position says so", async () => {
    const quiet = await t.make.enterprise();
    expect(openSection(await companyPage(quiet.id))).toContain("目前没有在招岗位");
  });
});

describe("company page: facts", () => {
  it("an address that starts with the district does not repeat it", async () => {
    const html = await companyPage();
    expect(html).toContain("赛罕区大学东街 9 号");
    expect(html).not.toContain("赛罕区 赛罕区");
  });

  it("an enterprise that says nothing but its name shows no empty facts and no —", async () => {
    const bare = await t.make.enterprise({ district: null, size: null });
    const html = await companyPage(bare.id);
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    expect(main).not.toContain("—");
    for (const label of ["产业集群", "企业规模", "统一社会信用代码", "地址", "所在区县", "联系人", "联系电话", "网址"]) {
      expect(main, label).not.toContain(`<dt>${label}</dt>`);
    }
  });

  it("the district alone shows as 所在区县 when there is no address", async () => {
    const html = await companyPage((await t.make.enterprise({ district: "TOGTOH" })).id);
    expect(html).toContain("<dt>所在区县</dt><dd>托克托县</dd>");
  });
});

describe("position page facts (issue 9 item 9)", () => {
  const main = async (id: number) => {
    const html = await (await viewer.get(`/positions/${id}`)).text();
    return html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  };

  it("no deadline reads 报名截止 长期有效; facts the position does not state are left out, no —", async () => {
    const html = await main(ids["open-no-deadline"]!);
    expect(html).toContain("<dt>报名截止</dt><dd>长期有效</dd>");
    expect(html).not.toContain("—");
    for (const label of ["时长", "最低年龄", "证书要求", "到岗日期", "面向专业"]) expect(html, label).not.toContain(`<dt>${label}</dt>`);
  });

  it("a deadline reads as its day", async () => {
    expect(await main(ids["open-deadline-later"]!)).toContain(`<dt>报名截止</dt><dd>${dayFromToday(30)}</dd>`);
  });

  it("an address that starts with its district does not repeat it; one that does not is prefixed once", async () => {
    const repeated = await t.make.position({ enterpriseId, district: "SAIHAN", address: "赛罕区大学东街 9 号" });
    expect(await main(repeated.id)).toContain("<dt>工作地点</dt><dd>赛罕区大学东街 9 号</dd>");
    const plain = await t.make.position({ enterpriseId, district: "SAIHAN", address: "大学东街 9 号" });
    expect(await main(plain.id)).toContain("<dt>工作地点</dt><dd>赛罕区 大学东街 9 号</dd>");
  });
});
