import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "~/features/auth/password.server";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { generate } from "../../prisma/seed/generate";
import { seed, type SeedSummary } from "../../prisma/seed/seed";
import { useTestDatabase } from "../support/test-database";

// The generator's self-checks: what prisma/seed wrote, counted with plain SQL. These are not the
// platform's figures — the product's own pages are read and compared with the report in
// report-figures.test.ts. What stays here is what no page shows (双师型 by level, the consortium,
// organisation kinds, agreements and order classes, the synthetic people, the demo accounts) and the
// seed's own summary, reruns and determinism. Figures are typed from the report, never imported.

// Seeded as of a day in another school year than the one the suite runs in: the report's 2023级/
// 2022级/2021级 are written as that year's three cohorts and its 2023届 as the class that just left
// (school years start on 1 September; 学制 three years). Typed here, not read from app/lib/school-year.
const TODAY = "2027-10-15";
const COHORTS = [2027, 2026, 2025];
const GRADUATES = 2027;

const t = useTestDatabase();
let first: SeedSummary;
let seedSeconds = 0;

beforeAll(async () => {
  const started = performance.now();
  first = await seed(t.db.prisma, TODAY);
  seedSeconds = (performance.now() - started) / 1000;
  console.log(`seed on ${t.db.kind}: ${seedSeconds.toFixed(1)} s`);
});

const rows = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => t.db.sql.query<T>(sql, params);
async function count(sql: string, params?: unknown[]): Promise<number> {
  const [row] = await rows<{ n: number }>(sql, params);
  return Number(row!.n);
}
/** rows of (key, n) as an object */
async function tally(sql: string, params?: unknown[]): Promise<Record<string, number>> {
  const result = await rows<{ k: string; n: number }>(sql, params);
  return Object.fromEntries(result.map((r) => [String(r.k), Number(r.n)]));
}

// 表5, with row 4's 2021级 at 718: the printed 720 makes the row add to 3095, not its printed 3093,
// and the table's total to 11430, not 11428 = 7049 public + 4379 private (2.3.1). (Typed again in
// report-figures.test.ts: the two files check different things and share no expected values.)
const TABLE_5 = [
  { name: "绿色农畜产品加工产业集群", programs: 4, graduates: 55, total: 718, cohorts: [309, 220, 189] },
  { name: "清洁能源产业集群", programs: 7, graduates: 282, total: 1162, cohorts: [411, 458, 293] },
  { name: "现代化工产业集群", programs: 1, graduates: 15, total: 78, cohorts: [31, 34, 13] },
  { name: "新材料和现代装备制造业产业集群", programs: 8, graduates: 675, total: 3093, cohorts: [1267, 1108, 718] },
  { name: "生物医药产业", programs: 8, graduates: 957, total: 2932, cohorts: [1042, 1003, 887] },
  { name: "电子信息产业", programs: 12, graduates: 629, total: 3445, cohorts: [1158, 1141, 1146] },
];

describe("students (generator self-checks)", () => {
  it("the schools the report does not name are marked as examples: 11 named, 23 （示例）", async () => {
    expect(await count(`SELECT count(*)::int AS n FROM "Organisation" WHERE kind = 'SECONDARY_SCHOOL' AND name NOT LIKE '%（示例）'`)).toBe(11);
    expect(await count(`SELECT count(*)::int AS n FROM "Organisation" WHERE kind = 'SECONDARY_SCHOOL' AND name LIKE '%（示例）'`)).toBe(23);
  });

  it("people look synthetic and their dates fit their cohort", async () => {
    expect(await count(`SELECT count(*)::int AS n FROM "Student" WHERE status NOT IN ('ENROLLED','GRADUATED')`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "Student" WHERE "graduationYear" <> "cohortYear" + 3`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "Student" WHERE name NOT LIKE '示例·%'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "Teacher" WHERE name NOT LIKE '示例·%'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "Student" WHERE phone IS NOT NULL AND phone !~ '^1[0-9]{2}-0000-[0-9]{4}$'`)).toBe(0);
    // 15 or 16 on 1 September of the year they entered
    expect(
      await count(`SELECT count(*)::int AS n FROM "Student" WHERE date_part('year', age(make_date("cohortYear", 9, 1), "birthDate")) NOT IN (15, 16)`),
    ).toBe(0);
    // every school has students, every offering has students
    expect(await count(`SELECT count(*)::int AS n FROM "School" s WHERE NOT EXISTS (SELECT 1 FROM "Student" st WHERE st."schoolId" = s."organisationId" AND st.status = 'ENROLLED')`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "SchoolProgram" sp WHERE NOT EXISTS (SELECT 1 FROM "Student" st WHERE st."schoolProgramId" = sp.id)`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "Student" st JOIN "SchoolProgram" sp ON sp.id = st."schoolProgramId" WHERE sp."schoolId" <> st."schoolId"`)).toBe(0);
  });
});

// The bureau home shows 1854 专任教师 and 447 双师型 (report-figures.test.ts); no page shows 7.7.1's
// split by level, so that split is a generator self-check.
describe("teachers (7.7.1, generator self-checks)", () => {
  it("1854 full-time teachers at every school; 447 dual-qualified: 初级 222 / 中级 190 / 高级 35", async () => {
    expect(await count(`SELECT count(*)::int AS n FROM "Teacher" WHERE "fullTime"`)).toBe(1854);
    expect(await count(`SELECT count(*)::int AS n FROM "Teacher"`)).toBe(1854);
    expect(await tally(`SELECT "dualTeacherLevel" AS k, count(*)::int AS n FROM "Teacher" GROUP BY 1`)).toEqual({
      JUNIOR: 222,
      INTERMEDIATE: 190,
      SENIOR: 35,
      NONE: 1854 - 447,
    });
    expect(await count(`SELECT count(*)::int AS n FROM "School" s WHERE NOT EXISTS (SELECT 1 FROM "Teacher" t WHERE t."schoolId" = s."organisationId")`)).toBe(0);
  });
});

// No page lists organisations by kind, the consortium (6.5) or the order classes (6.3), so these are
// generator self-checks.
describe("organisations and cooperation (generator self-checks)", () => {
  it("the organisations the report names, with their kinds", async () => {
    const kindOf = Object.fromEntries(
      (await rows<{ name: string; kind: string }>(`SELECT name, kind FROM "Organisation"`)).map((o) => [o.name, o.kind]),
    );
    const expected: Record<string, string[]> = {
      BUREAU: ["呼和浩特市教育局"],
      ENTERPRISE: [
        "内蒙古饭店", "希尔顿欢朋酒店", "北京内蒙古大厦有限责任公司", "香格里拉大酒店（呼和浩特）有限公司", "西贝餐饮集团",
        "北京汉王影研科技有限公司", "内蒙古恒宾国际旅行社", "呼和浩特市城市人家华杰美居装饰设计工程有限公司", "喜来登呼和浩特酒店",
        "呼和浩特巨华国际大酒店", "内蒙古大唐国际托克托发电有限公司", "内蒙古创维智能科技有限公司", "内蒙古阜生生物科技有限公司",
        "内蒙古君正能源化工集团股份有限公司", "阿特斯阳光电力集团", "呼和浩特阿特斯电子材料科技有限公司", "中国第二十二冶金集团公司一公司",
        "内蒙古地质测绘院",
      ],
      HIGHER_VOCATIONAL: ["呼和浩特职业学院", "内蒙古商贸职业学院", "内蒙古电子信息职业技术学院"],
      UNIVERSITY: ["内蒙古大学", "内蒙古工业大学"],
      GOVERNMENT: ["赛罕区人力资源和社会保障局", "金山高新技术开发区", "航天开发区"],
      MEDIA: ["人民网内蒙古频道"],
      INDUSTRY_ASSOCIATION: ["内蒙古烹饪餐饮饭店行业协会"],
    };
    for (const [kind, names] of Object.entries(expected)) for (const name of names) expect(kindOf[name], name).toBe(kind);
    expect(await count(`SELECT count(*)::int AS n FROM "Organisation" WHERE kind = 'SECONDARY_SCHOOL'`)).toBe(34);
    expect(await count(`SELECT count(*)::int AS n FROM "Organisation" WHERE kind = 'BUREAU'`)).toBe(1);
    // every enterprise organisation has its Enterprise row, every school its School row
    expect(await count(`SELECT count(*)::int AS n FROM "Organisation" o LEFT JOIN "Enterprise" e ON e."organisationId" = o.id WHERE o.kind = 'ENTERPRISE' AND e."organisationId" IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "Organisation" o JOIN "Enterprise" e ON e."organisationId" = o.id WHERE o.kind <> 'ENTERPRISE'`)).toBe(0);
  });

  it("6.5: the consortium founded 2023-11-30 with the bureau and the members named", async () => {
    const [consortium] = await rows<{ id: number; founded: string }>(
      `SELECT id, "foundedOn"::text AS founded FROM "Consortium" WHERE name = '五万产业工人留呼工程政校企媒产教融合共同体'`,
    );
    expect(consortium?.founded).toBe("2023-11-30");
    const members = (
      await rows<{ name: string }>(`SELECT o.name FROM "ConsortiumMember" m JOIN "Organisation" o ON o.id = m."organisationId" WHERE m."consortiumId" = $1`, [consortium!.id])
    ).map((m) => m.name);
    for (const name of [
      "呼和浩特市教育局", "赛罕区人力资源和社会保障局", "内蒙古大学", "内蒙古工业大学", "内蒙古电子信息职业技术学院",
      "呼和浩特市商贸旅游职业学校", "呼和浩特阿特斯电子材料科技有限公司", "人民网内蒙古频道",
    ]) {
      expect(members, name).toContain(name);
    }
    // "10家中职学校": the ten public schools
    const schools = await count(
      `SELECT count(*)::int AS n FROM "ConsortiumMember" m JOIN "School" s ON s."organisationId" = m."organisationId" WHERE m."consortiumId" = $1 AND s.ownership = 'PUBLIC'`,
      [consortium!.id],
    );
    expect(schools).toBe(10);
    expect(members).toHaveLength(21);
  });

  it("3.1 and 6.3: agreements and the Xibei classes", async () => {
    const agreements = await rows<{ school: string; enterprise: string; kind: string }>(
      `SELECT s.name AS school, e.name AS enterprise, a.kind FROM "PartnershipAgreement" a
       JOIN "Organisation" s ON s.id = a."schoolId" JOIN "Organisation" e ON e.id = a."enterpriseId"`,
    );
    const got = agreements.map((a) => `${a.school}×${a.enterprise}×${a.kind}`);
    for (const enterprise of ["西贝餐饮集团", "喜来登呼和浩特酒店", "香格里拉大酒店（呼和浩特）有限公司", "香格里拉（包头）有限公司"]) {
      expect(got).toContain(`呼和浩特市食品与医药卫生学校×${enterprise}×COOPERATION`);
    }
    expect(got).toContain("呼和浩特市现代信息技术学校×中国第二十二冶金集团公司一公司×APPRENTICESHIP");
    expect(got).toContain("呼和浩特市现代信息技术学校×内蒙古地质测绘院×APPRENTICESHIP");

    const classes = await rows<{ name: string; kind: string; school: string; enterprise: string; members: number; agreement: number | null }>(
      `SELECT c.name, c.kind, s.name AS school, e.name AS enterprise, c."agreementId" AS agreement,
              (SELECT count(*)::int FROM "OrderClassMember" m WHERE m."orderClassId" = c.id) AS members
       FROM "OrderClass" c JOIN "Organisation" s ON s.id = c."schoolId" JOIN "Organisation" e ON e.id = c."enterpriseId"`,
    );
    expect(classes.map((c) => `${c.name}×${c.kind}×${c.school}×${c.enterprise}`).sort()).toEqual(
      [
        "西贝工匠班×ORDER_CLASS×呼和浩特市食品与医药卫生学校×西贝餐饮集团",
        "西贝喜悦班×MODERN_APPRENTICESHIP×呼和浩特市商贸旅游职业学校×西贝餐饮集团",
        "西贝喜悦班×MODERN_APPRENTICESHIP×呼和浩特市食品与医药卫生学校×西贝餐饮集团",
        "二十二冶一公司学徒班×MODERN_APPRENTICESHIP×呼和浩特市现代信息技术学校×中国第二十二冶金集团公司一公司",
        "地质测绘院学徒班×MODERN_APPRENTICESHIP×呼和浩特市现代信息技术学校×内蒙古地质测绘院",
      ].sort(),
    );
    // 6.3: "累计培育“西贝现代学徒”100 人以上" across 商贸旅游 and 食品与医药卫生, each with a mentor and the contract.
    const xibei = classes.filter((c) => c.name === "西贝喜悦班");
    expect(xibei.reduce((sum, c) => sum + Number(c.members), 0)).toBeGreaterThanOrEqual(100);
    expect(
      await count(`SELECT count(*)::int AS n FROM "OrderClassMember" m JOIN "OrderClass" c ON c.id = m."orderClassId"
                   WHERE c.kind = 'MODERN_APPRENTICESHIP' AND (m.status <> 'ENROLLED' OR NOT m."apprenticeContract" OR NOT (m."mentorName" = ANY(c.mentors)))`),
    ).toBe(0);
    for (const c of classes) {
      expect(c.agreement, c.name).not.toBeNull();
      expect(Number(c.members), c.name).toBeGreaterThan(0);
    }
    // members belong to the class's school, program and cohort
    expect(
      await count(`SELECT count(*)::int AS n FROM "OrderClassMember" m JOIN "OrderClass" c ON c.id = m."orderClassId" JOIN "Student" st ON st.id = m."studentId"
                   WHERE st."schoolProgramId" <> c."schoolProgramId" OR st."cohortYear" <> c."cohortYear"`),
    ).toBe(0);
  });
});

describe("demo accounts", () => {
  const EXPECTED = [
    ["bureau", "BUREAU_ADMIN", "呼和浩特市教育局"],
    ["school", "SCHOOL_STAFF", "呼和浩特市商贸旅游职业学校"],
    ["school2", "SCHOOL_STAFF", "呼和浩特市食品与医药卫生学校"],
    ["enterprise", "ENTERPRISE_STAFF", "西贝餐饮集团"],
    ["enterprise2", "ENTERPRISE_STAFF", "香格里拉大酒店（呼和浩特）有限公司"],
    ["teacher", "TEACHER", "呼和浩特市商贸旅游职业学校"],
    ["student", "STUDENT", "呼和浩特市商贸旅游职业学校"],
  ];

  it("exist with their roles and organisations, and the published list says the same", async () => {
    const users = await rows<{ username: string; role: string; organisation: string }>(
      `SELECT u.username, u.role, o.name AS organisation FROM "User" u JOIN "Organisation" o ON o.id = u."organisationId" ORDER BY u.id`,
    );
    expect(users.map((u) => [u.username, u.role, u.organisation])).toEqual(EXPECTED);
    expect(DEMO_ACCOUNTS.map((a) => [a.username, a.role, a.organisation])).toEqual(EXPECTED);
  });

  it("all sign in with qingcheng2023", async () => {
    const users = await t.db.prisma.user.findMany({ select: { username: true, passwordHash: true } });
    for (const user of users) expect(await verifyPassword(user.passwordHash, "qingcheng2023"), user.username).toBe(true);
    expect(DEMO_ACCOUNTS.every((a) => a.password === "qingcheng2023")).toBe(true);
    expect(await verifyPassword(users[0]!.passwordHash, "qingcheng2024")).toBe(false);
  });

  it("teacher and student are tied to their rows: a 商贸旅游 teacher, a 中餐烹饪 student of the report's 2023级, now the newest cohort", async () => {
    const teacher = await t.db.prisma.teacher.findFirst({
      where: { user: { username: "teacher" } },
      select: { school: { select: { organisation: { select: { name: true } } } } },
    });
    expect(teacher?.school.organisation.name).toBe("呼和浩特市商贸旅游职业学校");
    const student = await t.db.prisma.student.findFirst({
      where: { user: { username: "student" } },
      select: { cohortYear: true, status: true, school: { select: { organisation: { select: { name: true } } } }, schoolProgram: { select: { program: { select: { name: true } } } } },
    });
    expect(student).toEqual({
      cohortYear: COHORTS[0],
      status: "ENROLLED",
      school: { organisation: { name: "呼和浩特市商贸旅游职业学校" } },
      schoolProgram: { program: { name: "中餐烹饪" } },
    });
  });
});

// seed()'s summary (prisma/seed/summary.ts) is the generator counting its own rows for the console;
// it is checked against the report here, and the platform's figures in report-figures.test.ts.
describe("the seed's summary and reruns (generator self-checks)", () => {
  it("the returned summary reports the report's figures", () => {
    expect(first.created).toBe(true);
    expect(first.schools.byOwnership).toEqual({ PUBLIC: 10, PRIVATE: 24 });
    expect(first.students.enrolled).toBe(24069);
    expect(first.students.byOwnership).toEqual({ PUBLIC: 13893, PRIVATE: 10176 });
    expect(first.students.clusterByOwnership).toEqual({ PUBLIC: 7049, PRIVATE: 4379 });
    expect(first.years).toEqual({ cohorts: COHORTS, graduation: GRADUATES });
    expect(first.students.graduates).toBe(7146);
    expect(first.programs.all).toEqual({ programs: 98, categories: 16 });
    expect(first.programs.cluster).toEqual({ programs: 40, categories: 7 });
    // 表5's six clusters, then 现代服务业: the sector the report names beside them (第七部分 解决措施), for
    // enterprises in none of the six; it has no programs, so 表5's counts are the six clusters' alone.
    expect(first.clusters.map((c) => [c.name, c.programs, c.graduates, c.enrolled, ...c.byCohort])).toEqual([
      ...TABLE_5.map((c) => [c.name, c.programs, c.graduates, c.total, ...c.cohorts]),
      ["现代服务业", 0, 0, 0, 0, 0, 0],
    ]);
    expect(first.teachers).toEqual({ fullTime: 1854, dualTeacher: { JUNIOR: 222, INTERMEDIATE: 190, SENIOR: 35, total: 447 } });
    expect(first.trainingBases).toBe(5);
    expect(first.consortium.members).toBe(21);
    expect(first.organisations.SECONDARY_SCHOOL).toBe(34);
  });

  it("seeding again changes nothing and returns the same summary", async () => {
    const tables = ["Organisation", "School", "Enterprise", "Program", "SchoolProgram", "Student", "Teacher", "User", "TrainingBase", "ConsortiumMember", "PartnershipAgreement", "OrderClass", "OrderClassMember"];
    const snapshot = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(`SELECT count(*)::int AS n FROM "${table}"`)] as const)));
    const before = await snapshot();
    const again = await seed(t.db.prisma, TODAY);
    expect(again.created).toBe(false);
    expect({ ...again, created: true }).toEqual(first);
    expect(await snapshot()).toEqual(before);
  });

  it("generation is deterministic for a given day", () => {
    expect(JSON.stringify(generate(TODAY))).toBe(JSON.stringify(generate(TODAY)));
  });

  it("the rows are placed in the school year of the day given: the years turn over on 1 September, nothing else moves", () => {
    const before = generate("2026-08-31"); // the 2025–26 school year: cohorts 2025, 2024, 2023; 2025届
    const after = generate("2026-09-01"); // the 2026–27 school year: cohorts 2026, 2025, 2024; 2026届
    const cohorts = (plan: typeof before) => [...new Set(plan.students.filter((s) => s.status === "ENROLLED").map((s) => s.cohortYear))].sort().reverse();
    const graduated = (plan: typeof before) => [...new Set(plan.students.filter((s) => s.status === "GRADUATED").map((s) => s.graduationYear))];
    expect(cohorts(before)).toEqual([2025, 2024, 2023]);
    expect(graduated(before)).toEqual([2025]);
    expect(cohorts(after)).toEqual([2026, 2025, 2024]);
    expect(graduated(after)).toEqual([2026]);
    expect(after.students.map((s) => s.name)).toEqual(before.students.map((s) => s.name));
    expect(after.students.map((s) => s.cohortYear - 1)).toEqual(before.students.map((s) => s.cohortYear));
    expect(after.orderClasses.map((c) => c.cohortYear - 1)).toEqual(before.orderClasses.map((c) => c.cohortYear));
  });
});
