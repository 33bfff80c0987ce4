import type {
  District,
  DualTeacherLevel,
  EnterpriseSize,
  OrderClassKind,
  OrganisationKind,
  Ownership,
  SupervisingLevel,
} from "~/generated/prisma/client";
import {
  FAMILY_OF_CATEGORY,
  NAMED_PRIVATE_PROGRAMS,
  programNamed,
  PROGRAMS,
  PUBLIC_SCHOOL_PROGRAMS,
  SYNTHETIC_SCHOOLS,
  type Family,
  type ProgramDef,
} from "./catalogue";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { offeringWeights, planEnrolment, type Counts } from "./enrolment";
import { creditCode, ENTERPRISE_FACTS, REGION_OF_DISTRICT } from "./hosts";
import { birthDate, fakePhone, FEMALE_SHARE, personName, SURNAMES } from "./people";
import { apportion, prng, type Random } from "../../shared/prng";
import { todayInHohhot } from "~/lib/dates";
import { currentCohort, latestGraduationYear } from "~/lib/school-year";
import {
  AGREEMENTS,
  CLUSTERS,
  COHORTS,
  CONSORTIUM,
  GRADUATE_COHORT,
  GRADUATION_YEAR,
  NAMED_ORGANISATIONS,
  NAMED_SCHOOLS,
  QUALITY_PROGRAMS,
  SCHOOLS_BY_SUPERVISOR,
  TOTALS,
  TRAINING_BASE_ENTERPRISES,
  type Cohort,
  type SectorCode,
} from "./report-2023";

// Turns the report's facts and the catalogue into rows, in memory, the same every time. Every
// total the report prints is met exactly here and checked before anything is written; the test
// then checks them again from the database.

export type OrganisationRow = {
  kind: OrganisationKind;
  name: string;
  district: District | null;
  address: string | null;
  website: string | null;
  contactPhone: string | null;
  /**
   * What the organisation's page says about it: none from the seed. Where a fact comes from (the
   * report's section, 推测) is seed-internal and stays in report-2023.ts (`where`), never in a field
   * users read (issue 9 item 5).
   */
  description: null;
  school?: { ownership: Ownership; supervisingLevel: SupervisingLevel; isQualitySchool: boolean };
  enterprise?: {
    size: EnterpriseSize | null;
    cluster: SectorCode | null;
    /** 统一社会信用代码 (GB 32100-2015), made up but well-formed: hosts.ts creditCode. */
    creditCode: string;
    staffCount: number;
    businessCategory: string;
  };
};
export type OfferingRow = { school: string; program: string; qualityTier: string | null };
export type StudentRow = {
  offering: number; // index into offerings
  name: string;
  gender: string;
  birthDate: Date;
  phone: string | null;
  cohortYear: number;
  graduationYear: number;
  status: "ENROLLED" | "GRADUATED";
  account?: string; // demo username
};
export type TeacherRow = { school: string; name: string; dualTeacherLevel: DualTeacherLevel; account?: string };
export type OrderClassRow = {
  agreement: number; // index into AGREEMENTS
  offering: number;
  kind: OrderClassKind;
  name: string;
  cohortYear: number;
  capacity: number;
  startsOn: Date;
  endsOn: Date;
  mentors: string[]; // the class's 企业师傅
  members: number; // its first students by id (of its program and cohort), each with a mentor of the class
};

export type SeedPlan = {
  organisations: OrganisationRow[];
  offerings: OfferingRow[];
  students: StudentRow[];
  teachers: TeacherRow[];
  orderClasses: OrderClassRow[];
  /** yearsSinceReport(today): how far the report's years were moved */
  shift: number;
};

const MENTORS_PER_CLASS = 5;

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Years to add to the report's cohorts so its school year (2023–24: 2023级 the newest, 2023届 just
 * left) becomes the one `today` falls in (app/lib/school-year.ts): on 2026-11-29 it is 3, and the
 * report's 2023级/2022级/2021级 are written as 2026级/2025级/2024级, its 2023届 as the 2026届. The
 * figures stay the report's; only the years follow the calendar, as the directory's columns do.
 */
export function yearsSinceReport(today: string): number {
  const shift = currentCohort(today) - COHORTS[0]!;
  if (GRADUATION_YEAR + shift !== latestGraduationYear(today)) throw new Error("毕业年份与年级不在同一学年");
  return shift;
}

/** The same plan for the same `today` (every random choice is seeded); `today` only moves the years. */
export function generate(today: string = todayInHohhot()): SeedPlan {
  const shift = yearsSinceReport(today);
  const organisations = planOrganisations();
  const offerings = planOfferings(prng(98));
  checkPlan(organisations, offerings);
  const weights = offeringWeights(offerings, prng(34));
  const counts = planEnrolment(offerings, weights, prng(11428));
  const people = prng(24069);
  const students = makeStudents(offerings, counts, people, shift);
  const teachers = makeTeachers(organisations, offerings, students, people);
  const orderClasses = planOrderClasses(offerings, counts, people, shift);
  return { organisations, offerings, students, teachers, orderClasses, shift };
}

// ---------------------------------------------------------------- organisations

function planOrganisations(): OrganisationRow[] {
  const codes = prng(32100); // credit codes in NAMED_ORGANISATIONS order; a repeat (improbable) is drawn again
  const taken = new Set<string>();
  const enterpriseOf = (o: (typeof NAMED_ORGANISATIONS)[number]): OrganisationRow["enterprise"] => {
    const facts = ENTERPRISE_FACTS[o.name];
    const region = facts?.region ?? (o.district ? REGION_OF_DISTRICT[o.district] : undefined);
    if (!facts || !region) throw new Error(`企业「${o.name}」缺少职工人数、经营类别或登记地（hosts.ts）`);
    for (const post of facts.posts ?? []) post.programs.forEach(programNamed);
    let code = creditCode(region, codes);
    while (taken.has(code)) code = creditCode(region, codes);
    taken.add(code);
    return { size: o.size ?? null, cluster: o.cluster ?? null, creditCode: code, staffCount: facts.staff, businessCategory: facts.category };
  };
  const named: OrganisationRow[] = NAMED_ORGANISATIONS.map((o) => ({
    kind: o.kind,
    name: o.name,
    district: o.district ?? null,
    address: o.address ?? null,
    website: o.website ?? null,
    contactPhone: o.contactPhone ?? null,
    description: null,
    ...(o.kind === "ENTERPRISE" ? { enterprise: enterpriseOf(o) } : {}),
  }));
  const schools: OrganisationRow[] = [
    ...NAMED_SCHOOLS.map((s) => ({
      kind: "SECONDARY_SCHOOL" as const,
      name: s.name,
      district: s.district,
      address: null,
      website: null,
      contactPhone: null,
      description: null,
      school: { ownership: s.ownership, supervisingLevel: s.supervisingLevel, isQualitySchool: s.isQualitySchool ?? false },
    })),
    ...SYNTHETIC_SCHOOLS.map((s) => ({
      kind: "SECONDARY_SCHOOL" as const,
      name: s.name,
      district: s.district,
      address: null,
      website: null,
      contactPhone: null,
      description: null, // 示例数据: a school the report does not name, added to fill 表1 and 1.2 (catalogue.ts SYNTHETIC_SCHOOLS)
      school: { ownership: s.ownership, supervisingLevel: s.supervisingLevel, isQualitySchool: false },
    })),
  ];
  return [...named, ...schools];
}

// ---------------------------------------------------------------- offerings

function planOfferings(random: Random): OfferingRow[] {
  const offered = new Map<string, Set<string>>();
  const add = (school: string, name: string) => {
    programNamed(name);
    const set = offered.get(school) ?? new Set<string>();
    set.add(name);
    offered.set(school, set);
  };
  for (const [school, names] of Object.entries(PUBLIC_SCHOOL_PROGRAMS)) names.forEach((n) => add(school, n));
  for (const [school, names] of Object.entries(NAMED_PRIVATE_PROGRAMS)) names.forEach((n) => add(school, n));

  // Synthetic private schools: first every private program nobody offers yet goes to the least
  // busy school of its family, then each school is filled up from its families.
  const synthetic = SYNTHETIC_SCHOOLS.filter((s) => s.ownership === "PRIVATE");
  const familyOf = (p: ProgramDef) => FAMILY_OF_CATEGORY[p.category];
  const privatePrograms = PROGRAMS.filter((p) => p.private);
  const covered = new Set([...Object.values(NAMED_PRIVATE_PROGRAMS).flat()]);
  const size = (school: string) => offered.get(school)?.size ?? 0;
  for (const p of privatePrograms.filter((p) => !covered.has(p.name))) {
    const candidates = synthetic.filter((s) => s.families!.includes(familyOf(p)!));
    if (candidates.length === 0) throw new Error(`没有学校能开设民办专业「${p.name}」`);
    const fewest = Math.min(...candidates.map((s) => size(s.name)));
    add(random.pick(candidates.filter((s) => size(s.name) === fewest)).name, p.name);
  }
  for (const s of synthetic) {
    const target = random.int(3, 6);
    const families = s.families!;
    for (let turn = 0; size(s.name) < target; turn++) {
      const family: Family = families[turn % families.length]!;
      const pool = privatePrograms.filter((p) => familyOf(p) === family && !offered.get(s.name)?.has(p.name));
      if (pool.length === 0) break;
      add(s.name, random.pick(pool).name);
    }
  }

  const rows: OfferingRow[] = [];
  for (const [school, names] of offered) for (const name of names) rows.push({ school, program: name, qualityTier: null });
  for (const q of QUALITY_PROGRAMS) {
    const row = rows.find((r) => r.school === q.school && r.program === q.program);
    if (!row) throw new Error(`优质专业 ${q.school}·${q.program} 不在开设计划中`);
    row.qualityTier = q.tier;
  }
  return rows;
}

/** The report's counts, checked on the plan so a catalogue edit that breaks one fails before writing. */
function checkPlan(organisations: OrganisationRow[], offerings: OfferingRow[]) {
  const problems: string[] = [];
  const expect = (label: string, actual: number, wanted: number) => {
    if (actual !== wanted) problems.push(`${label}: ${actual} ≠ ${wanted}`);
  };
  const schools = new Map(organisations.filter((o) => o.school).map((o) => [o.name, o]));
  const ownershipOf = (school: string) => {
    const row = schools.get(school);
    if (!row) throw new Error(`开设计划中的学校「${school}」不存在`);
    return row.school!.ownership;
  };
  expect("公办学校", [...schools.values()].filter((s) => s.school!.ownership === "PUBLIC").length, TOTALS.schools.public);
  expect("民办学校", [...schools.values()].filter((s) => s.school!.ownership === "PRIVATE").length, TOTALS.schools.private);
  for (const [level, byDistrict] of Object.entries(SCHOOLS_BY_SUPERVISOR)) {
    if (level === "CITY") {
      expect("市属学校", [...schools.values()].filter((s) => s.school!.supervisingLevel === "CITY").length, SCHOOLS_BY_SUPERVISOR.CITY.PUBLIC);
      continue;
    }
    for (const [district, n] of Object.entries(byDistrict)) {
      const actual = [...schools.values()].filter((s) => s.school!.supervisingLevel === level && s.district === district).length;
      expect(`${level} ${district}`, actual, n);
    }
  }

  const spread = (rows: OfferingRow[]) => {
    const names = new Set(rows.map((r) => r.program));
    return { programs: names.size, categories: new Set([...names].map((n) => programNamed(n).category)).size };
  };
  const isCluster = (r: OfferingRow) => programNamed(r.program).cluster !== undefined;
  const pub = offerings.filter((r) => ownershipOf(r.school) === "PUBLIC");
  const priv = offerings.filter((r) => ownershipOf(r.school) === "PRIVATE");
  const t = TOTALS.programs;
  const c = TOTALS.clusterPrograms;
  const check = (label: string, rows: OfferingRow[], programs: number, categories: number) => {
    const s = spread(rows);
    expect(`${label} 专业数`, s.programs, programs);
    expect(`${label} 大类数`, s.categories, categories);
  };
  check("全市", offerings, t.all, t.allCategories);
  check("公办", pub, t.public, t.publicCategories);
  check("民办", priv, t.private, t.privateCategories);
  check("集群", offerings.filter(isCluster), c.all, c.allCategories);
  check("公办集群", pub.filter(isCluster), c.public, c.publicCategories);
  check("民办集群", priv.filter(isCluster), c.private, c.privateCategories);
  expect("目录专业都有学校开设", spread(offerings).programs, PROGRAMS.length);
  for (const cluster of CLUSTERS) {
    expect(`${cluster.name} 专业数`, PROGRAMS.filter((p) => p.cluster === cluster.code).length, cluster.programs);
  }
  expect("开设集群专业的民办学校", new Set(priv.filter(isCluster).map((r) => r.school)).size, TOTALS.privateSchoolsWithClusterPrograms);
  for (const r of offerings) {
    if (ownershipOf(r.school) === "PRIVATE" && !programNamed(r.program).private) problems.push(`民办学校开设了未标记民办的专业「${r.program}」`);
  }
  if (problems.length) throw new Error(`演示数据与年报不符:\n${problems.join("\n")}`);
}

// ---------------------------------------------------------------- people

/** `counts` are by the report's cohorts; each row's years are moved on by `shift` (yearsSinceReport). */
function makeStudents(offerings: OfferingRow[], counts: Counts, random: Random, shift: number): StudentRow[] {
  const rows: StudentRow[] = [];
  const make = (offering: number, cohortYear: number, status: StudentRow["status"]) => {
    const female = FEMALE_SHARE[programNamed(offerings[offering]!.program).category] ?? 0.5;
    rows.push({
      offering,
      name: personName(random),
      gender: random.chance(female) ? "女" : "男",
      birthDate: birthDate(cohortYear, random),
      phone: fakePhone(random),
      cohortYear,
      graduationYear: cohortYear + 3,
      status,
    });
  };
  offerings.forEach((_, i) => {
    for (const cohort of COHORTS) for (let n = 0; n < counts[i]!.enrolled[cohort]; n++) make(i, cohort + shift, "ENROLLED");
    for (let n = 0; n < counts[i]!.graduates; n++) make(i, GRADUATE_COHORT + shift, "GRADUATED");
  });
  if (GRADUATE_COHORT + 3 !== GRADUATION_YEAR) throw new Error("毕业年级与毕业年份不符");

  for (const account of DEMO_ACCOUNTS) {
    if (!account.person || account.person === "teacher") continue;
    // The account names the report's cohort; it is written under today's year like everyone else.
    const { program: name } = account.person;
    const cohortYear = account.person.cohortYear + shift;
    const row = rows.find(
      (r) => r.status === "ENROLLED" && r.cohortYear === cohortYear && offerings[r.offering]!.school === account.organisation && offerings[r.offering]!.program === name,
    );
    if (!row) throw new Error(`演示学生 ${account.username} 找不到 ${account.organisation}·${name}·${cohortYear}级`);
    row.account = account.username;
    row.name = account.displayName;
  }
  return rows;
}

function makeTeachers(organisations: OrganisationRow[], offerings: OfferingRow[], students: StudentRow[], random: Random): TeacherRow[] {
  // Full-time teachers follow enrolment: the report gives only the city's total.
  const schools = organisations.filter((o) => o.school).map((o) => o.name);
  const enrolled = new Map<string, number>();
  for (const s of students) {
    if (s.status !== "ENROLLED") continue;
    const school = offerings[s.offering]!.school;
    enrolled.set(school, (enrolled.get(school) ?? 0) + 1);
  }
  const perSchool = apportion(TOTALS.fullTimeTeachers, schools.map((s) => enrolled.get(s) ?? 0));
  const rows: TeacherRow[] = schools.flatMap((school, i) =>
    Array.from({ length: perSchool[i]! }, () => ({ school, name: personName(random), dualTeacherLevel: "NONE" as DualTeacherLevel })),
  );
  const order = random.shuffle(rows.map((_, i) => i));
  const { JUNIOR, INTERMEDIATE, SENIOR } = TOTALS.dualTeachers;
  order.forEach((i, k) => {
    rows[i]!.dualTeacherLevel = k < JUNIOR ? "JUNIOR" : k < JUNIOR + INTERMEDIATE ? "INTERMEDIATE" : k < JUNIOR + INTERMEDIATE + SENIOR ? "SENIOR" : "NONE";
  });
  for (const account of DEMO_ACCOUNTS.filter((a) => a.person === "teacher")) {
    const row = rows.find((r) => r.school === account.organisation && !r.account);
    if (!row) throw new Error(`演示教师 ${account.username} 的学校没有教师`);
    row.account = account.username;
    row.name = account.displayName;
  }
  return rows;
}

/** The report's classes (AGREEMENTS) by its cohorts, written under today's years (`shift`, yearsSinceReport). */
function planOrderClasses(offerings: OfferingRow[], counts: Counts, random: Random, shift: number): OrderClassRow[] {
  const rows: OrderClassRow[] = [];
  AGREEMENTS.forEach((a, agreement) => {
    if (!a.orderClass) return;
    const { kind, name, program: programName, cohortYear, seats, members: wanted } = a.orderClass;
    const offering = offerings.findIndex((o) => o.school === a.school && o.program === programName);
    if (offering < 0) throw new Error(`${a.orderClass.name}: ${a.school} 没有开设 ${programName}`);
    const available = counts[offering]!.enrolled[cohortYear as Cohort] ?? 0;
    const members = Math.min(wanted, available, seats);
    rows.push({
      agreement,
      offering,
      kind,
      name,
      cohortYear: cohortYear + shift,
      capacity: seats,
      startsOn: day(`${COHORTS[0]! + shift}-09-01`), // the report's school year, moved like its students
      endsOn: day(`${cohortYear + shift + 3}-06-30`),
      mentors: [...new Set(Array.from({ length: MENTORS_PER_CLASS * 2 }, () => `示例·${random.pick(SURNAMES)}师傅`))].slice(0, MENTORS_PER_CLASS),
      members,
    });
  });
  return rows;
}

/** Members of the consortium: the named ones, and the public schools (see CONSORTIUM). */
export function consortiumMembers(organisations: OrganisationRow[]): string[] {
  const schools = CONSORTIUM.allPublicSchools
    ? organisations.filter((o) => o.school?.ownership === "PUBLIC").map((o) => o.name)
    : [];
  return [...CONSORTIUM.members, ...schools];
}

export const TRAINING_BASES = TRAINING_BASE_ENTERPRISES.map((enterprise) => ({
  enterprise,
  name: `${enterprise}“双师型”教师培养培训基地`,
  capacity: 20, // not in the report: a demo value (7.7.3 names the bases, not their size)
  description: null,
}));
