import { beforeAll, describe, expect, it } from "vitest";
import { currentCohort } from "~/features/applications/eligibility";
import { useApplicationWorld } from "../support/application-world";
import { dayFromToday } from "../support/dates";

// An enterprise sees how many students at its partner schools (an ACTIVE agreement) study what
// its open positions want, per program: counts only, never a name.

const w = useApplicationWorld();
let html: string;
let names: string[];
const cohort = currentCohort(dayFromToday(0));

beforeAll(async () => {
  const { make, enterprise } = w;
  const wanted = await w.db.prisma.program.findUniqueOrThrow({ where: { id: w.program.id } });
  const sibling = await make.program({ categoryId: wanted.categoryId });
  const clusterOnly = await make.program({ clusterId: w.cluster.id });
  const unrelated = await make.program();
  await make.position({ enterpriseId: enterprise.id, programIds: [wanted.id] });

  const partner = w.school; // offers `wanted` already (the world's offering)
  const partner2 = await make.school();
  const lapsed = await make.school();
  await make.agreement({ schoolId: partner.id, enterpriseId: enterprise.id, status: "ACTIVE" });
  await make.agreement({ schoolId: partner2.id, enterpriseId: enterprise.id, status: "ACTIVE" });
  await make.agreement({ schoolId: lapsed.id, enterpriseId: enterprise.id, status: "ACTIVE", startsOn: "2023-01-01", endsOn: "2024-12-31" });

  const enrol = async (schoolId: number, programId: number, cohorts: number[], status?: "GRADUATED") => {
    const offering =
      (await w.db.prisma.schoolProgram.findUnique({ where: { schoolId_programId: { schoolId, programId } } })) ??
      (await make.schoolProgram({ schoolId, programId }));
    for (const cohortYear of cohorts) {
      await make.student({ schoolId, schoolProgramId: offering.id, cohortYear, status });
    }
  };
  // wanted program: 3 at partner (one first-year, one graduating), 2 at partner2, 4 at the lapsed school, 1 graduated
  await enrol(partner.id, wanted.id, [cohort, cohort - 1, cohort - 2]);
  await enrol(partner2.id, wanted.id, [cohort - 1, cohort - 1]);
  await enrol(lapsed.id, wanted.id, [cohort, cohort, cohort, cohort]);
  await enrol(partner.id, wanted.id, [cohort - 4], "GRADUATED");
  await enrol(partner2.id, sibling.id, [cohort - 2]);
  await enrol(partner.id, clusterOnly.id, [cohort, cohort]);
  await enrol(partner.id, unrelated.id, [cohort - 1]);

  html = await (await w.staff.get("/enterprise/matching")).text();
  names = (await w.db.prisma.student.findMany({ select: { name: true } })).map((s) => s.name);
});

/** program name → [students, graduating, past first year] */
function countsOf(page: string): Record<string, number[]> {
  const rows: Record<string, number[]> = {};
  for (const [, row] of page.matchAll(/<tr data-row-id="\d+">(.*?)<\/tr>/gs)) {
    const program = /<td data-cell="title"[^>]*>([^<]*)<\/td>/.exec(row!)![1]!;
    rows[program] = [...row!.matchAll(/class="num">(\d+)</g)].map((m) => Number(m[1]));
  }
  return rows;
}

describe("matching students at partner schools", () => {
  it("counts enrolled students per program at ACTIVE partners only: wanted program, same category, same cluster", async () => {
    const programs = await w.db.prisma.program.findMany({ select: { id: true, name: true } });
    const nameOf = (id: number) => programs.find((p) => p.id === id)!.name;
    const counts = countsOf(html);
    expect(counts[nameOf(w.program.id)]).toEqual([5, 1, 4]);
    expect(Object.keys(counts)).toHaveLength(3); // the unrelated program is not listed
    const ordered = [...html.matchAll(/<tr data-row-id="\d+"><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td>/g)].map((m) => m[2]);
    expect(ordered[0]).toBe("岗位所需专业");
    expect(ordered[1]).toMatch(/^同属.+大类\d*$/);
    expect(ordered[2]).toMatch(/^同属测试产业集群/);
  });

  it("names no student", () => {
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(html).not.toContain(name);
  });

  it("is for enterprise staff only (403 for schools, students, the bureau)", async () => {
    const bureau = await w.make.bureau();
    for (const [role, org] of [
      ["SCHOOL_STAFF", w.school.id],
      ["STUDENT", w.school.id],
      ["BUREAU_ADMIN", bureau.id],
    ] as const) {
      const client = await w.clientFor((await w.make.user({ role, organisationId: org })).id);
      expect((await client.get("/enterprise/matching")).status).toBe(403);
    }
  });

  it("an enterprise without partners sees none", async () => {
    const loner = await w.make.enterprise({ clusterId: w.cluster.id });
    const client = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: loner.id })).id);
    const page = await (await client.get("/enterprise/matching")).text();
    expect(page).toContain("暂无");
    expect(countsOf(page)).toEqual({});
  });
});
