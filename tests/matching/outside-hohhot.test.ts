import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";

// Issue 9, item 9: positions outside Hohhot (Position.city set, docs/decisions/0010) are not
// recommended unless the student asks, through /recommended?outside=1 and the page's link. Three
// positions for the student's program from the factories: two in Hohhot (one with a district, one
// without: "not given" is still Hohhot) and one in 包头市.

const w = useApplicationWorld();
const ids: Record<string, number> = {};
let who: WorldStudent;

beforeAll(async () => {
  const specs = {
    saihan: { district: "SAIHAN" },
    noDistrict: {},
    baotou: { city: "包头市", address: "包头市昆区钢铁大街 1 号" },
  } as const;
  for (const [name, spec] of Object.entries(specs)) {
    ids[name] = (await w.make.position({ enterpriseId: w.enterprise.id, title: `岗位-${name}`, kind: "JOB", programIds: [w.program.id], ...spec })).id;
  }
  who = await w.student();
});

async function recommended(path: string) {
  const response = await who.client.get(path);
  expect(response.status).toBe(200);
  const html = await response.text();
  const cards = new Map([...html.matchAll(/href="\/positions\/(\d+)".*?推荐理由：([^<]*)</gs)].map((m) => [Number(m[1]), m[2]!]));
  const shown = Object.entries(ids).filter(([, id]) => cards.has(id)).map(([name]) => name);
  return { html, shown, reasons: (name: string) => cards.get(ids[name]!) };
}

describe("为你推荐 and positions outside Hohhot", () => {
  it("leaves them out by default, and links to asking for them", async () => {
    const page = await recommended("/recommended");
    expect(page.shown.sort()).toEqual(["noDistrict", "saihan"]);
    expect(page.html).not.toContain("外地岗位");
    expect(page.html).toContain('href="/recommended?outside=1"');
    expect(page.html).toContain("也看呼和浩特市以外的岗位");
  });

  it("includes them with ?outside=1, after Hohhot's, saying 外地岗位（包头市）, and links back", async () => {
    const page = await recommended("/recommended?outside=1");
    expect(page.shown.sort()).toEqual(["baotou", "noDistrict", "saihan"]);
    expect(page.reasons("baotou")).toContain("外地岗位（包头市）");
    for (const name of ["saihan", "noDistrict"]) expect(page.reasons(name), name).not.toContain("外地岗位");
    const order = [...page.html.matchAll(/href="\/positions\/(\d+)"/g)].map((m) => Number(m[1])).filter((id) => Object.values(ids).includes(id));
    expect(order.at(-1)).toBe(ids.baotou);
    expect(page.html).toMatch(/<a[^>]*href="\/recommended"[^>]*>只看呼和浩特市的岗位<\/a>/);
    // The card names the city where a Hohhot one names its district.
    expect(page.html).toMatch(new RegExp(`href="/positions/${ids.baotou}"[\\s\\S]*?包头市`));
  });

  it("reads any other value of outside as not asked", async () => {
    for (const value of ["0", "true", "", "1,1", "%3Cscript%3E"]) {
      const page = await recommended(`/recommended?outside=${value}`);
      expect(page.shown.sort(), value).toEqual(["noDistrict", "saihan"]);
    }
  });
});
