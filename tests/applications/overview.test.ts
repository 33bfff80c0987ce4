import { beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_STATUSES } from "~/features/applications/application-status";
import type { District, PositionKind, PositionStatus } from "~/generated/prisma/client";
import { prng } from "../../shared/prng";
import { useApplicationWorld } from "../support/application-world";
import type { Client } from "../support/http";

// The bureau's counts by cluster, kind, district and status, and a school's tally of its own
// students' outcomes, each compared with counts computed here from the rows themselves.

const w = useApplicationWorld();
let bureau: Client;
let schoolStaff: Client;

beforeAll(async () => {
  const random = prng(20261129);
  const clusters = [w.cluster.id, (await w.make.cluster()).id, null];
  const kinds: PositionKind[] = ["JOB", "INTERNSHIP", "APPRENTICESHIP"];
  const districts: Array<District | null> = ["SAIHAN", "XINCHENG", "TOGTOH", null];
  const statuses: PositionStatus[] = ["PUBLISHED", "PUBLISHED", "CLOSED", "DRAFT"];
  const otherSchool = await w.make.school();
  const students = [];
  for (let i = 0; i < 8; i++) students.push((await w.student({ schoolId: i % 3 === 0 ? otherSchool.id : w.school.id })).student);
  for (let i = 0; i < 14; i++) {
    const position = await w.make.position({
      enterpriseId: w.enterprise.id,
      clusterId: random.pick(clusters),
      kind: random.pick(kinds),
      district: random.pick(districts),
      status: random.pick(statuses),
    });
    for (const s of random.shuffle(students).slice(0, random.int(0, 4))) {
      await w.make.application({ positionId: position.id, studentId: s.id, status: random.pick(APPLICATION_STATUSES) });
    }
  }
  const office = await w.make.bureau();
  bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: office.id })).id);
  schoolStaff = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id);
});

/** data-key → the numbers of that row, from one table of the page. */
function tableOf(html: string, id: string): Record<string, number[]> {
  const start = html.indexOf(`id="${id}"`);
  const section = html.slice(start, html.indexOf("</section>", start));
  const rows: Record<string, number[]> = {};
  for (const [, key, cells] of section.matchAll(/<tr data-key="([^"]+)">(.*?)<\/tr>/gs)) {
    rows[key!] = [...cells!.matchAll(/class="num">(\d+)</g)].map((m) => Number(m[1]));
  }
  return rows;
}

describe("the bureau's overview", () => {
  it("equals counts computed independently from the rows, for every cluster, kind and district", async () => {
    const html = await (await bureau.get("/bureau/positions")).text();
    const positions = await w.db.prisma.position.findMany({
      select: { id: true, clusterId: true, kind: true, district: true, status: true },
    });
    const applications = await w.db.prisma.application.findMany({ select: { positionId: true, status: true } });
    const byId = new Map(positions.map((p) => [p.id, p]));

    const expected = (keyOf: (p: (typeof positions)[number]) => string) => {
      const rows: Record<string, number[]> = {};
      const row = (key: string) => (rows[key] ??= new Array(3 + APPLICATION_STATUSES.length).fill(0));
      for (const p of positions.filter((p) => p.status !== "DRAFT")) {
        for (const key of [keyOf(p), "total"]) {
          row(key)[0]! += 1;
          if (p.status === "PUBLISHED") row(key)[1]! += 1;
        }
      }
      for (const a of applications) {
        for (const key of [keyOf(byId.get(a.positionId)!), "total"]) {
          row(key)[2]! += 1;
          row(key)[3 + APPLICATION_STATUSES.indexOf(a.status)]! += 1;
        }
      }
      return rows;
    };
    const nonZero = (rows: Record<string, number[]>) =>
      Object.fromEntries(Object.entries(rows).filter(([, r]) => r.some((n) => n > 0)));

    expect(nonZero(tableOf(html, "by-cluster"))).toEqual(expected((p) => String(p.clusterId ?? "none")));
    expect(nonZero(tableOf(html, "by-kind"))).toEqual(expected((p) => p.kind));
    expect(nonZero(tableOf(html, "by-district"))).toEqual(expected((p) => p.district ?? "none"));
    const total = tableOf(html, "by-kind").total!;
    expect(total[0]).toBeGreaterThan(0); // the world is not empty, so equality above means something
    expect(total[2]).toBeGreaterThan(10);
    expect(html).toContain("未归入产业集群");
    expect(html).toContain("未填写区县");
  });

  it("names no student", async () => {
    const html = await (await bureau.get("/bureau/positions")).text();
    for (const s of await w.db.prisma.student.findMany({ select: { name: true } })) expect(html).not.toContain(s.name);
  });

  it("is the bureau's alone (403 for schools, enterprises, students)", async () => {
    const { client } = await w.student();
    for (const c of [schoolStaff, w.staff, client]) expect((await c.get("/bureau/positions")).status).toBe(403);
  });
});

describe("a school's tally of its students' outcomes", () => {
  it("counts its own students' applications by status, and lists them", async () => {
    const html = await (await schoolStaff.get("/school/applications")).text();
    const own = await w.db.prisma.application.groupBy({
      by: ["status"],
      where: { student: { schoolId: w.school.id } },
      _count: { _all: true },
    });
    const statPairs = [...html.matchAll(/<div class="stat">(\d+)<\/div><div class="muted">([^<]+)<\/div>/g)].map((m) => [
      m[2],
      Number(m[1]),
    ]);
    const { APPLICATION_STATUS_LABEL } = await import("~/features/applications/application-status");
    const expected = APPLICATION_STATUSES.map((s) => [
      APPLICATION_STATUS_LABEL[s],
      own.find((g) => g.status === s)?._count._all ?? 0,
    ]);
    expect(statPairs).toEqual(expected);
    const total = own.reduce((n, g) => n + g._count._all, 0);
    expect(html).toContain(`共 ${total} 条`);
  });

  it("filters by status", async () => {
    const offers = await w.db.prisma.application.count({ where: { status: "OFFER", student: { schoolId: w.school.id } } });
    expect(await (await schoolStaff.get("/school/applications?status=OFFER")).text()).toContain(`共 ${offers} 条`);
  });
});
