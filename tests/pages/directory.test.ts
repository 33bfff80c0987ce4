import { beforeAll, describe, expect, it } from "vitest";
import { clusterOverview } from "~/features/directory/clusters.server";
import { schoolProfile } from "~/features/directory/schools.server";
import type { SessionUser } from "~/features/auth/session.server";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";
import { buildDirectoryWorld, PUBLISHED, type DirectoryWorld } from "./directory-world";
import { rowCells, text } from "../support/html";

const t = useTestApp();
let client: Client;
let world: DirectoryWorld;

beforeAll(async () => {
  world = await buildDirectoryWorld(t.make);
  client = await t.clientFor(world.viewer.id);
});

async function page(path: string, status = 200) {
  const response = await client.get(path);
  expect(response.status, path).toBe(status);
  return response.text();
}

describe("directory pages", () => {
  it("/directory lists each cluster with programs, enrolled students and this school year's graduates", async () => {
    const html = await page("/directory");
    expect(html).toContain(`<th class="num">${world.cohort}届毕业生</th>`);
    // cluster, programs, enterprises, enrolled (4 at A + 1 at B), graduates
    expect(rowCells(html, `href="/clusters/${world.cluster.id}"`)).toEqual([world.cluster.name, "1", "1", "5", "1"]);
    expect(html).toContain(`href="/schools"`);
    expect(html).toContain(`href="/enterprises"`);
  });

  it("/schools lists schools with ownership, district and enrolled count", async () => {
    const html = await page("/schools");
    expect(rowCells(html, `href="/schools/${world.schoolA.id}"`)).toEqual([world.schoolA.name, "公办", "市属", "新城区", "4"]);
    expect(rowCells(html, `href="/schools/${world.schoolB.id}"`)).toEqual([world.schoolB.name, "民办", "市属", "托克托县", "1"]);
  });

  it.each([
    ["?district=TOGTOH", [false, true]],
    ["?ownership=PUBLIC", [true, false]],
    ["?district=TOGTOH&ownership=PUBLIC", [false, false]],
    ["?district=", [true, true]],
    ["?district=MARS&ownership=PUBLIC", [true, false]], // the bad value is dropped, the good one kept
  ] as const)("/schools%s filters", async (query, [showsA, showsB]) => {
    const html = await page(`/schools${query}`);
    expect(html.includes(`href="/schools/${world.schoolA.id}"`)).toBe(showsA);
    expect(html.includes(`href="/schools/${world.schoolB.id}"`)).toBe(showsB);
  });

  it("/schools/:id shows programs with enrolment by cohort and active partners only", async () => {
    const html = await page(`/schools/${world.schoolA.id}`);
    const cells = rowCells(html, `<td>${world.program.name}</td>`);
    // program, category, cluster, quality tier, enrolled in the three cohorts in school, newest first
    const c = world.cohort;
    for (const year of [c, c - 1, c - 2]) expect(html).toContain(`<th class="num">${year}级</th>`);
    expect(html).not.toContain(`${c - 3}级`);
    expect(cells).toEqual([world.program.name, expect.any(String), world.cluster.name, "A档", "2", "1", "1"]);
    expect(html).toContain(`href="/enterprises/${world.enterprise.id}"`);
    expect(html).not.toContain(`href="/enterprises/${world.expiredPartner.id}"`);
    // Public profile only: a student's name or phone never appears in the directory.
    expect(html).not.toContain(world.student.name);
    expect(html).not.toContain(world.student.phone);
  });

  it("/enterprises pages 30 at a time and keeps filters in the pager", async () => {
    const first = await page("/enterprises");
    expect(first.match(/href="\/enterprises\/\d+"/g)).toHaveLength(30);
    expect(first).toContain("第 1 / 2 页，共 33 条");
    const second = await page("/enterprises?page=2");
    expect(second.match(/href="\/enterprises\/\d+"/g)).toHaveLength(3);
    const filtered = await page(`/enterprises?cluster=${world.cluster.id}`);
    expect(filtered.match(/href="\/enterprises\/\d+"/g)).toEqual([`href="/enterprises/${world.enterprise.id}"`]);
  });

  it.each([
    ["district=WUCHUAN", true],
    ["size=LARGE", true],
    ["size=LARGE&district=SAIHAN", false],
    ["district=SAIHAN", false],
  ] as const)("/enterprises?%s filters by district and size", async (query, shows) => {
    const html = await page(`/enterprises?${query}`);
    expect(html.includes(`href="/enterprises/${world.expiredPartner.id}"`)).toBe(shows);
  });

  it("/enterprises/:id shows the public profile, partner schools and training bases", async () => {
    const html = await page(`/enterprises/${world.enterprise.id}`);
    for (const fact of [...Object.values(PUBLISHED), world.cluster.name, "小型", "赛罕区", world.base.name]) {
      expect(html).toContain(fact);
    }
    expect(html).toContain(`href="/schools/${world.schoolA.id}"`);
    expect(html).toContain(`href="/organisations/${world.enterprise.id}/edit"`); // the viewer is its own staff
    const other = await page(`/enterprises/${world.expiredPartner.id}`);
    expect(other).not.toContain(`/organisations/${world.expiredPartner.id}/edit`);
  });

  it("/clusters/:id lists its programs, the schools offering them with enrolment, and its enterprises", async () => {
    const html = await page(`/clusters/${world.cluster.id}`);
    expect(html).toContain(`<h3>${world.program.name}</h3>`);
    expect(rowCells(html, `href="/schools/${world.schoolA.id}"`)).toEqual([world.schoolA.name, "A档", "4"]);
    expect(rowCells(html, `href="/schools/${world.schoolB.id}"`)).toEqual([world.schoolB.name, "", "1"]);
    expect(html).toContain(`href="/enterprises/${world.enterprise.id}"`);
  });

  it.each(["/schools/999999", "/schools/abc", "/enterprises/999999", "/enterprises/0", "/clusters/999999", "/clusters/-1"])(
    "%s is 404",
    async (path) => {
      const html = await page(path, 404);
      expect(text(html)).toContain("找不到");
    },
  );

  it.each([
    "/schools?district=MARS&ownership=<script>",
    "/schools?district=TOGTOH&district=XINCHENG",
    "/enterprises?page=-3&cluster=abc&size=HUGE",
    "/enterprises?page=99999999999999999999",
    "/enterprises?page=1e400&cluster=99999999999",
    "/enterprises?cluster=1.5&district[]=SAIHAN",
    "/schools?%E0%A4%A=1",
  ])("bad query %s is ignored, never a 500", async (path) => {
    // Unparseable values are dropped, so the page answers as if unfiltered.
    expect((await client.get(path)).status).toBe(200);
  });

  it.each(["/directory", "/schools", `/schools/1`, "/enterprises", "/enterprises/1", "/clusters/1"])(
    "%s sends a visitor who is not signed in to /login",
    async (path) => {
      const response = await t.visitor().get(path);
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    },
  );
});

// The directory reads the school year from the day it is given (the pages give it today in Hohhot):
// on 31 August the cohorts in school are still last year's, on 1 September the new intake joins and
// the class that left in June becomes the year's graduates. The world's students are in this year's
// cohorts, so the edge is that of this school year's start.
describe("the directory across 1 September", () => {
  const asViewer = (): SessionUser => ({
    id: world.viewer.id,
    username: world.viewer.username,
    displayName: world.viewer.displayName,
    role: "ENTERPRISE_STAFF",
    organisationId: world.enterprise.id,
    organisation: { id: world.enterprise.id, name: world.enterprise.name, kind: "ENTERPRISE" },
  });

  it("a school's cohort columns are last school year's on 31 August and move on 1 September", async () => {
    const c = world.cohort;
    const before = await schoolProfile(asViewer(), world.schoolA.id, `${c}-08-31`);
    expect(before.cohorts).toEqual([c - 1, c - 2, c - 3]);
    expect(before.programs[0]!.enrolled).toEqual([1, 1, 0]); // the c×2 have not started yet
    expect(before.totals).toEqual([1, 1, 0]);
    const after = await schoolProfile(asViewer(), world.schoolA.id, `${c}-09-01`);
    expect(after.cohorts).toEqual([c, c - 1, c - 2]);
    expect(after.programs[0]!.enrolled).toEqual([2, 1, 1]);
    expect(after.totals).toEqual([2, 1, 1]);
  });

  it("the graduates counted are the class that left before the school year began", async () => {
    const c = world.cohort;
    const before = await clusterOverview(`${c}-08-31`);
    expect(before.graduationYear).toBe(c - 1);
    expect(before.clusters.find((k) => k.id === world.cluster.id)!.graduates).toBe(0);
    const after = await clusterOverview(`${c}-09-01`);
    expect(after.graduationYear).toBe(c);
    expect(after.clusters.find((k) => k.id === world.cluster.id)!.graduates).toBe(1);
  });
});
