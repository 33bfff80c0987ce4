import { beforeAll, describe, expect, it } from "vitest";
import { currentCohort } from "~/features/applications/eligibility";
import { useApplicationWorld } from "../support/application-world";
import { dayFromToday } from "../support/dates";

// 为你推荐: open positions ranked by program fit (same program > same category > same cluster),
// then a kind that fits the cohort, then the school's district, then the soonest start; each with
// the reasons it was chosen.

const w = useApplicationWorld();
let programName: string;
let categoryName: string;
let clusterName: string;
const ids: Record<string, number> = {};

beforeAll(async () => {
  const program = await w.db.prisma.program.findUniqueOrThrow({
    where: { id: w.program.id },
    include: { category: true, cluster: true },
  });
  programName = program.name;
  categoryName = program.category.name;
  clusterName = program.cluster!.name;
  const sibling = await w.make.program({ categoryId: program.categoryId }); // same category, other program
  const stranger = await w.make.program(); // another category, no cluster
  const e = w.enterprise.id;
  const specs = {
    jobNear: { kind: "JOB", programIds: [program.id], district: "XINCHENG", startDate: dayFromToday(60) }, // the school is in 新城区
    jobFar: { kind: "JOB", programIds: [program.id], district: "SAIHAN", startDate: dayFromToday(20) },
    internship: { kind: "INTERNSHIP", programIds: [program.id], district: "SAIHAN" },
    apprenticeship: { kind: "APPRENTICESHIP", programIds: [program.id], district: "TOGTOH" },
    siblingLater: { kind: "JOB", programIds: [sibling.id], startDate: dayFromToday(90) },
    categorySooner: { kind: "JOB", categoryIds: [program.categoryId], startDate: dayFromToday(10) },
    cluster: { kind: "JOB", clusterId: w.cluster.id },
    unrelated: { kind: "JOB", programIds: [stranger.id] },
    closed: { kind: "JOB", programIds: [program.id], status: "CLOSED" },
    lapsed: { kind: "JOB", programIds: [program.id], deadline: dayFromToday(-1) },
    draft: { kind: "JOB", programIds: [program.id], status: "DRAFT" },
    applied: { kind: "JOB", programIds: [program.id] },
  } as const;
  for (const [name, spec] of Object.entries(specs)) {
    ids[name] = (await w.make.position({ enterpriseId: e, title: `岗位-${name}`, ...spec })).id;
  }
});

/** Position ids in page order, and each one's reason line. */
async function recommended(cohortYear: number) {
  const who = await w.student({ cohortYear });
  await w.make.application({ positionId: ids.applied!, studentId: who.student.id });
  const response = await who.client.get("/recommended");
  expect(response.status).toBe(200);
  const html = await response.text();
  const order = [...html.matchAll(/<article[^>]*data-row-id="(\d+)"/g)].map((m) => Number(m[1]));
  const reasons = Object.fromEntries(
    [...html.matchAll(/href="\/positions\/(\d+)".*?推荐理由：([^<]*)</gs)].map((m) => [Number(m[1]), m[2]!.split("；")]),
  );
  const name = (id: number) => Object.entries(ids).find(([, v]) => v === id)![0];
  return { order: order.map(name), reasons: (n: string) => reasons[ids[n]!]! };
}

describe("recommended positions", () => {
  it("for the graduating year: jobs first within each fit, near before far, soonest start; reasons shown", async () => {
    const { order, reasons } = await recommended(currentCohort(dayFromToday(0)) - 2);
    expect(order).toEqual(["jobNear", "jobFar", "internship", "apprenticeship", "categorySooner", "siblingLater", "cluster"]);
    expect(reasons("jobNear")).toEqual([
      `招收你的专业：${programName}`,
      "毕业年级，这是就业岗位",
      "在新城区，与你的学校同区",
      "还剩 1 个名额",
      `${dayFromToday(60)} 到岗`,
    ]);
    expect(reasons("internship")).toEqual([`招收你的专业：${programName}`, "在赛罕区，市区内", "还剩 1 个名额"]);
    expect(reasons("apprenticeship")).toEqual([`招收你的专业：${programName}`, "在托克托县，离学校较远", "还剩 1 个名额"]);
    expect(reasons("siblingLater")[0]).toBe(`面向${categoryName}（你的专业所属大类）`);
    expect(reasons("categorySooner")[0]).toBe(`面向${categoryName}（你的专业所属大类）`);
    expect(reasons("cluster")).toEqual([`属于你的专业所在的${clusterName}`, "毕业年级，这是就业岗位", "还剩 1 个名额"]);
  });

  it("for an earlier cohort: internships and apprenticeships first", async () => {
    const { order, reasons } = await recommended(currentCohort(dayFromToday(0)) - 1);
    expect(order).toEqual(["internship", "apprenticeship", "jobNear", "jobFar", "categorySooner", "siblingLater", "cluster"]);
    expect(reasons("internship")).toEqual([`招收你的专业：${programName}`, "适合在校生的岗位实习", "在赛罕区，市区内", "还剩 1 个名额"]);
  });

  it("for a first-year student: no internship (岗位实习 excludes 一年级), apprenticeships still first", async () => {
    const { order } = await recommended(currentCohort(dayFromToday(0)));
    expect(order).toEqual(["apprenticeship", "jobNear", "jobFar", "categorySooner", "siblingLater", "cluster"]);
  });

  it("never lists unrelated, closed, lapsed, draft or already-applied positions", async () => {
    const { order } = await recommended(currentCohort(dayFromToday(0)) - 1);
    for (const hidden of ["unrelated", "closed", "lapsed", "draft", "applied"]) expect(order).not.toContain(hidden);
  });

  it("is for students only (403 for staff)", async () => {
    expect((await w.staff.get("/recommended")).status).toBe(403);
    const teacher = await w.make.user({ role: "TEACHER", organisationId: w.school.id });
    expect((await (await w.clientFor(teacher.id)).get("/recommended")).status).toBe(403);
  });
});
