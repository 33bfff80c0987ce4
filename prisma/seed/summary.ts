import type {
  AgreementKind,
  District,
  DualTeacherLevel,
  OrganisationKind,
  Ownership,
  PrismaClient,
  SupervisingLevel,
} from "~/generated/prisma/client";
import { yearsSinceReport } from "./generate";
import { COHORTS, CONSORTIUM, GRADUATION_YEAR } from "./report-2023";

// The generator's self-check: what the database holds after seeding, counted from rows (never from
// the seed's own plan) by these queries, for the console printout and tests/seed/generator.test.ts.
// These are not the platform's figures: the product counts with its own services, and those are
// compared with the report through its pages in tests/seed/report-figures.test.ts.

type Spread = { programs: number; categories: number };
/** Enrolled per cohort, in the order of SeedSummary.years.cohorts (the report's 2023级/2022级/2021级 as written). */
type ByCohort = number[];

export type SeedSummary = {
  /** true when this call wrote the data; false when it was already there */
  created: boolean;
  /** The years the report's cohorts and graduates are written under for the day seeded (generate.ts yearsSinceReport). */
  years: { cohorts: number[]; graduation: number };
  schools: {
    total: number;
    byOwnership: Record<Ownership, number>;
    byLevel: Record<SupervisingLevel, Record<Ownership, number>>;
    /** 1.2's list: CITY = run by the bureau, otherwise the district or county that runs the school */
    bySupervisor: Partial<Record<"CITY" | District, number>>;
    qualitySchools: number;
  };
  programs: {
    all: Spread;
    public: Spread;
    private: Spread;
    cluster: Spread;
    clusterPublic: Spread;
    clusterPrivate: Spread;
    privateSchoolsWithClusterPrograms: number;
    qualityPrograms: number;
  };
  students: {
    enrolled: number;
    byOwnership: Record<Ownership, number>;
    byCohort: ByCohort;
    clusterEnrolled: number;
    clusterByOwnership: Record<Ownership, number>;
    graduates: number;
  };
  clusters: { name: string; programs: number; graduates: number; enrolled: number; byCohort: ByCohort }[];
  teachers: { fullTime: number; dualTeacher: Record<Exclude<DualTeacherLevel, "NONE">, number> & { total: number } };
  organisations: Record<OrganisationKind, number>;
  trainingBases: number;
  consortium: { name: string; members: number };
  agreements: Partial<Record<AgreementKind, number>>;
  orderClasses: { name: string; school: string; members: number }[];
  users: number;
};

const LEVELS: SupervisingLevel[] = ["CITY", "DISTRICT", "COUNTY", "DEVELOPMENT_ZONE"];
const KINDS: OrganisationKind[] = [
  "BUREAU", "SECONDARY_SCHOOL", "HIGHER_VOCATIONAL", "UNIVERSITY", "ENTERPRISE", "GOVERNMENT", "INDUSTRY_ASSOCIATION", "MEDIA",
];
/** Counts the rows under the years `today` places the report in (the day the seed was given). */
export async function summarise(prisma: PrismaClient, created: boolean, today: string): Promise<SeedSummary> {
  const shift = yearsSinceReport(today);
  const years = { cohorts: COHORTS.map((c) => c + shift), graduation: GRADUATION_YEAR + shift };
  const cohorts = (): ByCohort => years.cohorts.map(() => 0);
  const cohortIndex = (year: number) => years.cohorts.indexOf(year);
  const [schools, offerings, studentGroups, clusters, teacherGroups, orgGroups, trainingBases, consortium, agreementGroups, orderClasses, users] =
    await Promise.all([
      prisma.school.findMany({ select: { organisationId: true, ownership: true, supervisingLevel: true, isQualitySchool: true, organisation: { select: { district: true } } } }),
      prisma.schoolProgram.findMany({ select: { id: true, schoolId: true, programId: true, qualityTier: true, program: { select: { categoryId: true, clusterId: true } } } }),
      prisma.student.groupBy({ by: ["schoolProgramId", "status", "cohortYear", "graduationYear"], _count: { _all: true } }),
      prisma.industryCluster.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, _count: { select: { programs: true } } } }),
      prisma.teacher.groupBy({ by: ["fullTime", "dualTeacherLevel"], _count: { _all: true } }),
      prisma.organisation.groupBy({ by: ["kind"], _count: { _all: true } }),
      prisma.trainingBase.count(),
      prisma.consortium.findUnique({ where: { name: CONSORTIUM.name }, select: { name: true, _count: { select: { members: true } } } }),
      prisma.partnershipAgreement.groupBy({ by: ["kind"], _count: { _all: true } }),
      prisma.orderClass.findMany({
        orderBy: { id: "asc" },
        select: { name: true, school: { select: { organisation: { select: { name: true } } } }, _count: { select: { members: true } } },
      }),
      prisma.user.count(),
    ]);

  const ownershipOf = new Map(schools.map((s) => [s.organisationId, s.ownership]));
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, { PUBLIC: 0, PRIVATE: 0 }])) as SeedSummary["schools"]["byLevel"];
  const bySupervisor: SeedSummary["schools"]["bySupervisor"] = {};
  for (const s of schools) {
    byLevel[s.supervisingLevel][s.ownership] += 1;
    const key = s.supervisingLevel === "CITY" ? "CITY" : s.organisation.district;
    if (key) bySupervisor[key] = (bySupervisor[key] ?? 0) + 1;
  }

  type Offering = (typeof offerings)[number];
  const spread = (rows: Offering[]): Spread => ({
    programs: new Set(rows.map((o) => o.programId)).size,
    categories: new Set(rows.map((o) => o.program.categoryId)).size,
  });
  const pub = offerings.filter((o) => ownershipOf.get(o.schoolId) === "PUBLIC");
  const priv = offerings.filter((o) => ownershipOf.get(o.schoolId) === "PRIVATE");
  const inCluster = (o: Offering) => o.program.clusterId !== null;

  const offeringById = new Map(offerings.map((o) => [o.id, o]));
  const students: SeedSummary["students"] = {
    enrolled: 0,
    byOwnership: { PUBLIC: 0, PRIVATE: 0 },
    byCohort: cohorts(),
    clusterEnrolled: 0,
    clusterByOwnership: { PUBLIC: 0, PRIVATE: 0 },
    graduates: 0,
  };
  const perCluster = new Map<number, { graduates: number; enrolled: number; byCohort: ByCohort }>();
  for (const g of studentGroups) {
    const n = g._count._all;
    const offering = offeringById.get(g.schoolProgramId)!;
    const owner = ownershipOf.get(offering.schoolId)!;
    const clusterId = offering.program.clusterId;
    const cluster = clusterId === null ? undefined : (perCluster.get(clusterId) ?? { graduates: 0, enrolled: 0, byCohort: cohorts() });
    if (cluster) perCluster.set(clusterId!, cluster);
    if (g.status === "GRADUATED" && g.graduationYear === years.graduation) {
      students.graduates += n;
      if (cluster) cluster.graduates += n;
    }
    if (g.status !== "ENROLLED") continue;
    students.enrolled += n;
    students.byOwnership[owner] += n;
    const cohort = cohortIndex(g.cohortYear);
    if (cohort >= 0) students.byCohort[cohort]! += n;
    if (!cluster) continue;
    students.clusterEnrolled += n;
    students.clusterByOwnership[owner] += n;
    cluster.enrolled += n;
    if (cohort >= 0) cluster.byCohort[cohort]! += n;
  }

  const dual = { JUNIOR: 0, INTERMEDIATE: 0, SENIOR: 0, total: 0 };
  let fullTime = 0;
  for (const g of teacherGroups) {
    if (!g.fullTime) continue;
    fullTime += g._count._all;
    if (g.dualTeacherLevel === "NONE") continue;
    dual[g.dualTeacherLevel] += g._count._all;
    dual.total += g._count._all;
  }

  return {
    created,
    years,
    schools: {
      total: schools.length,
      byOwnership: { PUBLIC: count(schools, "PUBLIC"), PRIVATE: count(schools, "PRIVATE") },
      byLevel,
      bySupervisor,
      qualitySchools: schools.filter((s) => s.isQualitySchool).length,
    },
    programs: {
      all: spread(offerings),
      public: spread(pub),
      private: spread(priv),
      cluster: spread(offerings.filter(inCluster)),
      clusterPublic: spread(pub.filter(inCluster)),
      clusterPrivate: spread(priv.filter(inCluster)),
      privateSchoolsWithClusterPrograms: new Set(priv.filter(inCluster).map((o) => o.schoolId)).size,
      qualityPrograms: offerings.filter((o) => o.qualityTier).length,
    },
    students,
    clusters: clusters.map((c) => ({
      name: c.name,
      programs: c._count.programs,
      ...(perCluster.get(c.id) ?? { graduates: 0, enrolled: 0, byCohort: cohorts() }),
    })),
    teachers: { fullTime, dualTeacher: dual },
    organisations: Object.fromEntries(KINDS.map((k) => [k, orgGroups.find((g) => g.kind === k)?._count._all ?? 0])) as Record<OrganisationKind, number>,
    trainingBases,
    consortium: { name: consortium?.name ?? CONSORTIUM.name, members: consortium?._count.members ?? 0 },
    agreements: Object.fromEntries(agreementGroups.map((g) => [g.kind, g._count._all])),
    orderClasses: orderClasses.map((c) => ({ name: c.name, school: c.school.organisation.name, members: c._count.members })),
    users,
  };
}

function count(schools: { ownership: Ownership }[], ownership: Ownership) {
  return schools.filter((s) => s.ownership === ownership).length;
}

const LEVEL_LABEL: Record<SupervisingLevel, string> = { CITY: "市属", DISTRICT: "市4区属", COUNTY: "旗县区属", DEVELOPMENT_ZONE: "经开区属" };
const SUPERVISOR_LABEL: Record<"CITY" | District, string> = {
  CITY: "市教育局", XINCHENG: "新城区", SAIHAN: "赛罕区", YUQUAN: "玉泉区", HUIMIN: "回民区", TUMED_LEFT: "土默特左旗",
  TOGTOH: "托克托县", HORINGER: "和林格尔县", WUCHUAN: "武川县", QINGSHUIHE: "清水河县", ECONOMIC_ZONE: "经济技术开发区",
};
const KIND_LABEL: Record<OrganisationKind, string> = {
  BUREAU: "教育局", SECONDARY_SCHOOL: "中职学校", HIGHER_VOCATIONAL: "高职院校", UNIVERSITY: "本科高校", ENTERPRISE: "企业",
  GOVERNMENT: "政府单位", INDUSTRY_ASSOCIATION: "行业协会", MEDIA: "媒体",
};
const spreadText = (s: Spread) => `${s.programs} 个专业 / ${s.categories} 大类`;

/** The summary as lines for a terminal: Chinese labels with the English meaning. */
export function formatSummary(s: SeedSummary): string {
  const st = s.students;
  const ratio = s.teachers.fullTime ? (st.enrolled / s.teachers.fullTime).toFixed(2) : "—";
  const cohortNames = s.years.cohorts.map((y) => `${y}级`);
  const lines = [
    `演示数据 Demo data (${s.created ? "已写入 created" : "已存在 already present"}) — 2023年质量年报`,
    `中职学校 Schools: ${s.schools.total}（公办 public ${s.schools.byOwnership.PUBLIC}，民办 private ${s.schools.byOwnership.PRIVATE}；优质中职 quality ${s.schools.qualitySchools}）`,
    `  按主管 by supervising level: ${LEVELS.map((l) => `${LEVEL_LABEL[l]} 公办${s.schools.byLevel[l].PUBLIC}/民办${s.schools.byLevel[l].PRIVATE}`).join(" · ")}`,
    `  按管理单位 by supervisor: ${(Object.keys(SUPERVISOR_LABEL) as ("CITY" | District)[]).map((k) => `${SUPERVISOR_LABEL[k]} ${s.schools.bySupervisor[k] ?? 0}`).join(" · ")}`,
    `专业 Programs: 全市 all ${spreadText(s.programs.all)}；公办 public ${spreadText(s.programs.public)}；民办 private ${spreadText(s.programs.private)}；优质专业 quality ${s.programs.qualityPrograms}`,
    `对接产业集群 Cluster programs: ${spreadText(s.programs.cluster)}；公办 ${spreadText(s.programs.clusterPublic)}；民办 ${spreadText(s.programs.clusterPrivate)}（${s.programs.privateSchoolsWithClusterPrograms} 所民办学校）`,
    `在校生 Enrolled: ${st.enrolled}（公办 ${st.byOwnership.PUBLIC}，民办 ${st.byOwnership.PRIVATE}）· ${cohortNames.map((name, i) => `${name} ${st.byCohort[i]}`).join(" · ")}`,
    `  集群专业在校生 in cluster programs: ${st.clusterEnrolled}（公办 ${st.clusterByOwnership.PUBLIC}，民办 ${st.clusterByOwnership.PRIVATE}）`,
    `${s.years.graduation}届毕业生 Graduates ${s.years.graduation}: ${st.graduates}`,
    `产业集群 Clusters（专业数 programs · ${s.years.graduation}届毕业生 graduates · 在校生 enrolled = ${cohortNames.join("/")}）:`,
    ...s.clusters.map((c) => `  ${c.name}: ${c.programs} · ${c.graduates} · ${c.enrolled} = ${c.byCohort.join("/")}`),
    `专任教师 Full-time teachers: ${s.teachers.fullTime}（生师比 students per teacher ${ratio}）`,
    `双师型 Dual-qualified: ${s.teachers.dualTeacher.total}（初级 junior ${s.teachers.dualTeacher.JUNIOR} · 中级 intermediate ${s.teachers.dualTeacher.INTERMEDIATE} · 高级 senior ${s.teachers.dualTeacher.SENIOR}）`,
    `机构 Organisations: ${KINDS.map((k) => `${KIND_LABEL[k]} ${s.organisations[k]}`).join(" · ")}`,
    `双师型教师培养培训基地 Training bases: ${s.trainingBases}`,
    `共同体 Consortium: ${s.consortium.name}，成员 members ${s.consortium.members}`,
    `校企协议 Agreements: ${Object.entries(s.agreements).map(([k, n]) => `${k} ${n}`).join(" · ")}`,
    `订单班 Order classes: ${s.orderClasses.map((c) => `${c.name}（${c.school}，${c.members}人）`).join("；")}`,
    `账号 User accounts: ${s.users}`,
  ];
  return lines.join("\n");
}
