import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { positionIdOf, validPositionForm } from "../support/forms";
import { useTestApp } from "../support/test-app";

// The search page over the real search engine: positions enter it through the enterprise pages
// (create, publish, close), exactly as in production, and only published ones are found.

const t = useTestApp();
let staff: Client;
let student: Client;
let enterpriseId: number;
let categoryName: string;

beforeAll(async () => {
  const cluster = await t.make.cluster();
  const category = await t.make.category();
  categoryName = category.name;
  const program = await t.make.program({ clusterId: cluster.id, categoryId: category.id });
  const enterprise = await t.make.enterprise({ name: "青城红星餐饮有限公司", clusterId: cluster.id });
  enterpriseId = enterprise.id;
  staff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
  const school = await t.make.school();
  student = await t.clientFor((await t.make.student({ schoolId: school.id, account: true })).user.id);

  const publish = async (form: Record<string, string | string[]>) => {
    const id = positionIdOf(await staff.post("/enterprise/positions/new", validPositionForm(form)));
    expect((await staff.post(`/enterprise/positions/${id}/edit`, { intent: "publish" })).status).toBe(302);
    return id;
  };
  await publish({ title: "中式烹调学徒", clusterId: String(cluster.id), programIds: [String(program.id)] });
  await publish({ title: "酒店前厅接待实习生", kind: "INTERNSHIP", durationMonths: "6", description: "负责宾客入住登记与问询。", district: "XINCHENG", wantedCertificates: "普通话水平测试等级证书" }); // not the form default's cook certificate: certificates are searched (issue 10)
  const closed = await publish({ title: "面点师傅助理", description: "协助面点师傅制作烧麦。" });
  expect((await staff.post(`/enterprise/positions/${closed}/edit`, { intent: "close", confirm: "yes" })).status).toBe(302);
  await staff.post("/enterprise/positions/new", validPositionForm({ title: "未发布的烹调草稿" }));
});

const search = async (query: string) => {
  const response = await student.get(`/positions${query}`);
  expect(response.status).toBe(200);
  return response.text();
};

describe("position search page", () => {
  it("finds a published position by a Chinese word, with its enterprise, kind, district, pay and programs", async () => {
    const html = await search(`?q=${encodeURIComponent("烹调")}`);
    expect(html).toContain("中式烹调学徒");
    expect(html).toContain("青城红星餐饮有限公司");
    expect(html).toContain("学徒岗位");
    expect(html).toContain("赛罕区");
    expect(html).toContain("3000–4500 元/月");
    expect(html).toContain("面向专业：测试专业");
    expect(html).not.toContain("未发布的烹调草稿");
    expect(html).not.toContain("酒店前厅接待实习生");
    expect(html).toContain("共 1 个岗位");
  });

  it("hides a closed position", async () => {
    expect(await search(`?q=${encodeURIComponent("烧麦")}`)).not.toContain("面点师傅助理");
    expect(await search("")).not.toContain("面点师傅助理");
  });

  it("filters by kind and shows facet counts beside the options", async () => {
    const all = await search("");
    expect(all).toContain("中式烹调学徒");
    expect(all).toContain("酒店前厅接待实习生");
    expect(all).toMatch(/学徒岗位(<!-- -->)?<span class="muted">（1）<\/span>/);
    expect(all).toContain(categoryName);
    expect(all).toContain("共 2 个岗位"); // the two published ones; the closed one and the draft are not counted
    const internships = await search("?kind=INTERNSHIP");
    expect(internships).toContain("酒店前厅接待实习生");
    expect(internships).not.toContain("中式烹调学徒");
    const box = /<input type="checkbox" name="kind"[^>]*value="INTERNSHIP"[^>]*>/.exec(internships)![0];
    expect(box).toContain('checked=""');
  });

  it("filters by pay, with the count of positions at or above each floor", async () => {
    expect(await search("")).toContain("3000 元及以上（2）");
    const high = await search("?payAtLeast=5000");
    expect(high).not.toContain("中式烹调学徒");
    expect(high).toContain("没有符合条件的岗位");
  });

  it("is a GET form, so searching works without JavaScript", async () => {
    const html = await search("");
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/positions"/);
    expect(html).toContain('name="q"');
  });

  it("ignores nonsense in the query string instead of failing", async () => {
    const nonsense = [
      "?kind=NOPE&district=MOON&enterpriseSize=HUGE",
      "?clusterId=abc&categoryId=-1&clusterId=99999999999",
      "?page=-5&payAtLeast=%E5%A4%9A%E5%B0%91&sort=evil",
      `?q=${"长".repeat(1000)}`,
      "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "?page=99999999999",
      "?q=%E0%A4%A",
    ];
    for (const query of nonsense) {
      const html = await search(query);
      expect(html).not.toContain("<script>alert(1)</script>");
    }
    expect(await search("?kind=NOPE&kind=JOB&kind=APPRENTICESHIP")).toContain("中式烹调学徒");
  });

  it("suggests titles as you type, as JSON", async () => {
    const response = await student.get(`/positions/suggest?q=${encodeURIComponent("中式")}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { suggestions: string[] };
    expect(Array.isArray(body.suggestions)).toBe(true);
    expect(body.suggestions).toContain("中式烹调学徒");
    expect(body.suggestions).not.toContain("未发布的烹调草稿");
    const empty = (await (await student.get("/positions/suggest?q=")).json()) as { suggestions: string[] };
    expect(empty.suggestions).toEqual([]);
  });

  it("a published position's page is there for the student, with the enterprise linked", async () => {
    const html = await search(`?q=${encodeURIComponent("烹调")}`);
    const id = /href="\/positions\/(\d+)"/.exec(html)![1];
    const page = await student.get(`/positions/${id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`href="/enterprises/${enterpriseId}"`);
  });
});
