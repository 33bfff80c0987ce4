// npm run bench:report — the city-wide quality report (issue 14 item 6) on a generated city, on PostgreSQL
// and on the embedded PGlite:
//   bash scripts/with-postgres.sh npm run bench:report      (without DATABASE_URL only PGlite is timed)
// The city, made up but plausible and the same on both: 34 schools, 60 programs (40 in the six clusters),
// 1,854 full-time teachers, 24,000 students in school (three cohorts), the 7,000 graduates of the year with
// destinations in the report's proportions (most 升学, about an eighth employed, a few 待就业) and 6,000
// graduates of the three years before (for 附表1 row 12), 300 enterprises with 2,000 positions, 100,000
// applications and 10,000 internship placements. Inserted in bulk (createMany in chunks). Then
// computeReport({year, schoolId: null}) is run once to warm up and RUNS times; the median and max are printed
// against the ≤ 1 s goal, and each part of the computation is timed on its own to show where the time goes.
// BENCH_RUNS changes the number of runs. Timing is printed, never asserted.
import { openDatabase, type Database } from "../app/db/database.server";
import { installDatabase } from "../app/db/db.server";
import { migrate } from "../app/db/migrate.server";
import { clusterRows } from "../app/features/quality-report/clusters.server";
import { destinationsByKind, graduateCounts, promotedCounts } from "../app/features/quality-report/graduates.server";
import { computeReport } from "../app/features/quality-report/index.server";
import { platformCounts } from "../app/features/quality-report/platform.server";
import { certificateCount, inSchoolCount, mentorCount, teacherCounts } from "../app/features/quality-report/teaching.server";
import { retentionInScope } from "../app/features/retention/index.server";
import type { DestinationKind, EnterpriseSize, IndustrySector } from "../app/generated/prisma/enums";
import { scratchPostgres } from "./bench/scratch-postgres";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const GOAL_MS = 1000;
const YEAR = 2026; // the graduation year the report is for
const TODAY = "2026-11-30";
const SIZE = { schools: 34, programs: 60, teachers: 1854, enrolled: 24_000, graduates: 7_000, earlier: 6_000, enterprises: 300, positions: 2_000, applications: 100_000, placements: 10_000 };
const CHUNK = 5_000;

/** A small deterministic generator, so both databases get the same city. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Destinations in the published report's proportions (附表1: 7093 of 7146 placed, 6218 升学, 105 本科).
const STUDY: Array<[DestinationKind, number]> = [
  ["STUDY_SINGLE_ENROLMENT", 0.62],
  ["STUDY_VOCATIONAL_COLLEGE", 0.16],
  ["STUDY_VOCATIONAL_BACHELOR", 0.01],
  ["STUDY_GAOKAO_BACHELOR", 0.005],
  ["STUDY_GAOKAO_COLLEGE", 0.04],
  ["STUDY_THROUGH_TRAINING", 0.02],
  ["STUDY_FIVE_YEAR", 0.015],
];
const EMPLOYED: Array<[DestinationKind, number]> = [
  ["EMPLOYED_CONTRACT", 0.09],
  ["EMPLOYED_MILITARY", 0.01],
  ["EMPLOYED_SELF", 0.003],
  ["EMPLOYED_FLEXIBLE", 0.02],
];
const PLACES: Array<[string, string, number]> = [
  ["内蒙古自治区", "呼和浩特市", 0.55],
  ["内蒙古自治区", "包头市", 0.12],
  ["内蒙古自治区", "鄂尔多斯市", 0.1],
  ["陕西省", "西安市", 0.06],
  ["辽宁省", "沈阳市", 0.03],
  ["北京市", "北京市", 0.08],
  ["广东省", "深圳市", 0.06],
];
const SIZES: EnterpriseSize[] = ["LARGE", "MEDIUM", "SMALL", "SMALL", "MICRO"];
const SECTORS: Array<IndustrySector | null> = ["PRIMARY", "SECONDARY", "TERTIARY", "TERTIARY", "TERTIARY", "TERTIARY", null];

function pickWeighted<T>(random: () => number, items: Array<[...T[], number]>): T[] {
  let left = random() * items.reduce((s, it) => s + (it.at(-1) as number), 0);
  for (const it of items) if ((left -= it.at(-1) as number) < 0) return it.slice(0, -1) as T[];
  return items.at(-1)!.slice(0, -1) as T[];
}

async function buildCity(db: Database) {
  const p = db.prisma;
  const random = lcg(14);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const names = ["绿色农畜产品加工产业集群", "清洁能源产业集群", "现代化工产业集群", "新材料和现代装备制造业产业集群", "生物医药产业", "电子信息产业"];
  const clusters = await p.industryCluster.createManyAndReturn({ data: names.map((name, i) => ({ code: `C${i + 1}`, name, sortOrder: i + 1 })), select: { id: true } });
  const categories = await p.programCategory.createManyAndReturn({
    data: ["装备制造大类", "电子与信息大类", "医药卫生大类", "财经商贸大类"].map((name, i) => ({ code: `9${i}`, name })),
    select: { id: true },
  });
  const programs = await p.program.createManyAndReturn({
    data: Array.from({ length: SIZE.programs }, (_, i) => ({ name: `示例·基准专业${i + 1}`, categoryId: categories[i % categories.length]!.id, clusterId: i < 40 ? clusters[i % clusters.length]!.id : null })),
    select: { id: true },
  });
  const schoolOrgs = await p.organisation.createManyAndReturn({
    data: Array.from({ length: SIZE.schools }, (_, i) => ({ kind: "SECONDARY_SCHOOL" as const, name: `示例·呼和浩特市基准职业学校${i + 1}` })),
    select: { id: true },
  });
  await p.school.createMany({ data: schoolOrgs.map((o, i) => ({ organisationId: o.id, ownership: i < 10 ? ("PUBLIC" as const) : ("PRIVATE" as const), supervisingLevel: "CITY" as const })) });
  // Each school offers six programs.
  const offerings = await p.schoolProgram.createManyAndReturn({
    data: schoolOrgs.flatMap((o, i) => Array.from({ length: 6 }, (_, j) => ({ schoolId: o.id, programId: programs[(i * 7 + j * 11) % programs.length]!.id }))),
    select: { id: true, schoolId: true },
  });
  const enterpriseOrgs = await p.organisation.createManyAndReturn({
    data: Array.from({ length: SIZE.enterprises }, (_, i) => ({ kind: "ENTERPRISE" as const, name: `示例·基准企业${i + 1}有限公司`, district: "SAIHAN" as const })),
    select: { id: true },
  });
  await p.enterprise.createMany({
    data: enterpriseOrgs.map((o, i) => ({ organisationId: o.id, size: SIZES[i % SIZES.length]!, standing: "VERIFIED" as const, clusterId: clusters[i % clusters.length]!.id })),
  });
  await inChunks(
    Array.from({ length: SIZE.teachers }, (_, i) => ({
      schoolId: schoolOrgs[i % schoolOrgs.length]!.id,
      name: `示例·教师${i + 1}`,
      dualTeacherLevel: i % 9 === 0 ? ("JUNIOR" as const) : i % 11 === 0 ? ("INTERMEDIATE" as const) : i % 50 === 0 ? ("SENIOR" as const) : ("NONE" as const),
    })),
    (data) => p.teacher.createMany({ data }),
  );

  // Students: three cohorts in school, the year's graduates, and graduates of the three years before.
  type S = { schoolId: number; schoolProgramId: number; name: string; studentNumber: string; birthDate: Date; cohortYear: number; graduationYear: number; status: "ENROLLED" | "GRADUATED" };
  const students: S[] = [];
  const student = (n: number, cohortYear: number, status: S["status"]) => {
    const o = offerings[n % offerings.length]!;
    students.push({ schoolId: o.schoolId, schoolProgramId: o.id, name: `示例·学生${n}`, studentNumber: `B${String(n).padStart(7, "0")}`, birthDate: day(`${cohortYear - 15}-05-01`), cohortYear, graduationYear: cohortYear + 3, status });
  };
  let n = 0;
  for (let i = 0; i < SIZE.enrolled; i++) student(++n, YEAR - (i % 3), "ENROLLED");
  for (let i = 0; i < SIZE.graduates; i++) student(++n, YEAR - 3, "GRADUATED");
  for (let i = 0; i < SIZE.earlier; i++) student(++n, YEAR - 4 - (i % 3), "GRADUATED");
  const ids: Array<{ id: number; cohortYear: number; graduationYear: number; status: string; schoolId: number }> = [];
  await inChunks(students, async (data) => ids.push(...(await p.student.createManyAndReturn({ data, select: { id: true, cohortYear: true, graduationYear: true, status: true, schoolId: true } }))));
  const enrolled = ids.filter((s) => s.status === "ENROLLED");
  const graduated = ids.filter((s) => s.status === "GRADUATED");

  // Destinations for every graduate (the year's and the earlier ones), in the report's proportions.
  const destinations = graduated.map((s) => {
    const r = random();
    const study = STUDY.reduce((sum, [, w]) => sum + w, 0);
    const employed = EMPLOYED.reduce((sum, [, w]) => sum + w, 0);
    const [kind] = r < study ? pickWeighted<DestinationKind>(random, STUDY) : r < study + employed ? pickWeighted<DestinationKind>(random, EMPLOYED) : (["UNPLACED"] as DestinationKind[]);
    const [province, city] = pickWeighted<string>(random, PLACES);
    const isEmployed = kind!.startsWith("EMPLOYED");
    return {
      studentId: s.id,
      graduationYear: s.graduationYear,
      kind: kind!,
      employerName: kind === "UNPLACED" ? null : `示例·去向单位${Math.floor(random() * 500)}`,
      employerProvince: kind === "UNPLACED" ? null : province!,
      employerCity: kind === "UNPLACED" ? null : city!,
      employerSize: isEmployed ? pick(SIZES) : null,
      sector: isEmployed ? pick(SECTORS) : null,
      monthlyIncome: isEmployed && random() < 0.8 ? 1500 + Math.floor(random() * 30) * 50 : null,
      promoted: isEmployed && s.graduationYear < YEAR ? random() < 0.22 : null,
      employedOn: isEmployed ? day(`${s.graduationYear}-07-01`) : null,
      confirmation: random() < 0.5 ? ("CONFIRMED" as const) : ("UNCONFIRMED" as const),
    };
  });
  await inChunks(destinations, (data) => p.graduateDestination.createMany({ data }));

  // Positions, and 100,000 applications from students in school (each student to distinct positions).
  const positions = await p.position.createManyAndReturn({
    data: Array.from({ length: SIZE.positions }, (_, i) => ({
      enterpriseId: enterpriseOrgs[i % enterpriseOrgs.length]!.id,
      kind: i % 3 === 0 ? ("JOB" as const) : ("INTERNSHIP" as const),
      status: "PUBLISHED" as const,
      title: `示例·基准岗位${i + 1}`,
      description: "基准测试用示例岗位",
      headcount: 1 + (i % 5),
      clusterId: clusters[i % clusters.length]!.id,
      publishedAt: day(`${YEAR}-03-01`),
    })),
    select: { id: true, enterpriseId: true },
  });
  const statuses = ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER", "ACCEPTED", "DECLINED", "REJECTED", "WITHDRAWN", "CLOSED"] as const;
  const applications = Array.from({ length: SIZE.applications }, (_, k) => {
    const s = enrolled[k % enrolled.length]!;
    const j = Math.floor(k / enrolled.length); // 0 … 4: distinct positions for one student
    return { positionId: positions[((k % enrolled.length) * 37 + j * 101) % positions.length]!.id, studentId: s.id, status: statuses[k % statuses.length]! };
  });
  await inChunks(applications, (data) => p.application.createMany({ data }));

  // 10,000 placements of students in school (the cohort about to leave) and of the year's graduates.
  const interns = [...enrolled.filter((s) => s.cohortYear === YEAR - 2), ...graduated.filter((s) => s.graduationYear === YEAR)];
  const placements = Array.from({ length: SIZE.placements }, (_, i) => {
    const s = interns[i % interns.length]!;
    const completed = i % 4 !== 0;
    return {
      studentId: s.id,
      schoolId: s.schoolId,
      enterpriseId: enterpriseOrgs[(i * 7) % enterpriseOrgs.length]!.id,
      mentorName: `示例·师傅${i % 400}`,
      post: "示例·实习岗位",
      startsOn: day(`${YEAR}-03-01`),
      endsOn: day(`${YEAR}-08-31`),
      status: completed ? ("COMPLETED" as const) : ("ACTIVE" as const),
      retained: completed ? i % 3 === 0 : null,
      retainedOn: completed && i % 3 === 0 ? day(`${YEAR}-09-01`) : null,
    };
  });
  await inChunks(placements, (data) => p.internshipPlacement.createMany({ data }));
  return { students: ids.length, enrolled: enrolled.length, graduates: graduated.length, destinations: destinations.length, applications: applications.length, placements: placements.length };
}

const ms = (t0: number) => performance.now() - t0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times the city-wide report: a warm-up, then RUNS runs; then each part of it alone (three runs each, median). */
async function timeReport(label: string, db: Database) {
  installDatabase(db);
  const scope = { year: YEAR, schoolId: null };
  const warm = performance.now();
  const report = await computeReport({ ...scope, today: TODAY });
  console.log(`  warm-up ${ms(warm).toFixed(0)} ms · 附表1 row 1 = ${report.figures[0]!.value}, 附表1 row 2 = ${report.figures[1]!.value}, 表5 clusters ${report.clusters.length}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await computeReport({ ...scope, today: TODAY });
    times.push(ms(t0));
  }
  const med = median(times);
  const max = Math.max(...times);
  console.log(`  ${label}: city-wide report median ${med.toFixed(0)} ms, max ${max.toFixed(0)} ms over ${RUNS} runs · goal ≤ ${GOAL_MS} ms · median/goal ${(med / GOAL_MS).toFixed(2)} · ${med <= GOAL_MS ? "within the goal" : "OVER the goal"}`);
  const parts: Array<[string, () => Promise<unknown>]> = [
    ["graduateCounts (附表1, 附表3, knowledge)", () => graduateCounts(scope)],
    ["promotedCounts (附表1 row 12)", () => promotedCounts(scope)],
    ["destinationsByKind (chart)", () => destinationsByKind(scope)],
    ["inSchoolCount (附表6 row 1)", () => inSchoolCount(scope)],
    ["teacherCounts (附表4, 附表6 row 6)", () => teacherCounts(scope, TODAY)],
    ["certificateCount (附表6 row 14)", () => certificateCount(scope)],
    ["mentorCount (附表6 row 17)", () => mentorCount(scope)],
    ["clusterRows (表5)", () => clusterRows(scope)],
    ["platformCounts (产教融合)", () => platformCounts(scope)],
    ["retentionInScope (留呼)", () => retentionInScope(null, TODAY)],
  ];
  console.log("  each part alone (median of 3; computeReport runs them concurrently):");
  for (const [name, run] of parts) {
    const t: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await run();
      t.push(ms(t0));
    }
    console.log(`    ${median(t).toFixed(0).padStart(6)} ms  ${name}`);
  }
  return { median: med, max };
}

async function bench(label: string, open: () => Promise<{ db: Database; done(): Promise<void> }>) {
  console.log(`\n${label}`);
  const { db, done } = await open();
  try {
    await migrate(db.sql);
    const t0 = performance.now();
    const city = await buildCity(db);
    console.log(
      `  city: ${city.enrolled} in school, ${city.graduates} graduates (${SIZE.graduates} of ${YEAR}) with ${city.destinations} destinations, ${city.applications} applications, ${city.placements} placements (${(ms(t0) / 1000).toFixed(1)} s)`,
    );
    if (db.kind === "postgres") await db.sql.query("ANALYZE");
    return await timeReport(label, db);
  } finally {
    await done();
  }
}

async function main() {
  const results: Array<[string, { median: number; max: number }]> = [];
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    results.push([
      "PostgreSQL",
      await bench("PostgreSQL", async () => {
        const scratch = await scratchPostgres(adminUrl, "qc_report");
        const db = await openDatabase({ kind: "postgres", url: scratch.url });
        return { db, done: async () => (await db.close(), await scratch.drop()) };
      }),
    ]);
  } else {
    console.log("No DATABASE_URL: PostgreSQL is not timed (bash scripts/with-postgres.sh npm run bench:report).");
  }
  results.push([
    "PGlite",
    await bench("PGlite (embedded, in memory)", async () => {
      const db = await openDatabase({ kind: "pglite" });
      return { db, done: () => db.close() };
    }),
  ]);
  console.log("\nsummary (city-wide computeReport, goal ≤ 1 s on PostgreSQL):");
  for (const [name, r] of results) console.log(`  ${name.padEnd(10)} median ${r.median.toFixed(0).padStart(5)} ms   max ${r.max.toFixed(0).padStart(5)} ms   ${(r.median / GOAL_MS).toFixed(2)}× the goal`);
}

await main();
