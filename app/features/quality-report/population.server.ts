import { Prisma } from "~/generated/prisma/client";
import { BACHELOR_KINDS, HOHHOT_CITY, INNER_MONGOLIA, STUDY_KINDS, WEST_AND_NORTHEAST } from "~/lib/destinations";

// The SQL behind every student figure of the report (docs/metrics.md), over "Student" s LEFT JOIN
// "GraduateDestination" d. The computation counts each condition (count(*) FILTER (WHERE …)) and the
// drill-down lists the rows under the same condition, so a figure and its records cannot disagree.

export type Scope = { year: number; schoolId: number | null };

const kinds = (list: readonly string[]) => Prisma.sql`d.kind::text IN (${Prisma.join(list)})`;

/** Employment kinds counted in 附表1 row 7 (面向三次产业就业): not 应征义务兵 (no industry, no employer's market). */
export const INDUSTRY_EMPLOYMENT_KINDS = ["EMPLOYED_CONTRACT", "EMPLOYED_SELF", "EMPLOYED_FLEXIBLE"] as const;
/** 附表3 row 1 (初次就业): all four employment kinds, 应征义务兵 included. */
export const ALL_EMPLOYMENT_KINDS = ["EMPLOYED_CONTRACT", "EMPLOYED_MILITARY", "EMPLOYED_SELF", "EMPLOYED_FLEXIBLE"] as const;

export const schoolOf = (scope: Scope) => (scope.schoolId === null ? Prisma.empty : Prisma.sql`AND s."schoolId" = ${scope.schoolId}`);

/** 毕业生 of the year: status GRADUATED, graduationYear = year. */
export const graduatesOf = (scope: Scope) => Prisma.sql`s.status = 'GRADUATED' AND s."graduationYear" = ${scope.year} ${schoolOf(scope)}`;

/** Graduates of the three years before (row 12): graduationYear year−3 … year−1. */
export const previousGraduatesOf = (scope: Scope) =>
  Prisma.sql`s.status = 'GRADUATED' AND s."graduationYear" BETWEEN ${scope.year - 3} AND ${scope.year - 1} ${schoolOf(scope)}`;

/** 在校生 in the school year that starts in September of the year: the cohorts year−2 … year, not withdrawn. */
export const inSchoolOf = (scope: Scope) =>
  Prisma.sql`s.status <> 'WITHDRAWN' AND s."cohortYear" BETWEEN ${scope.year - 2} AND ${scope.year} ${schoolOf(scope)}`;

const placed = Prisma.sql`d.kind::text <> 'UNPLACED'`;
const industryEmployed = Prisma.sql`${kinds(INDUSTRY_EMPLOYMENT_KINDS)} AND d.sector IS NOT NULL`;
const employed = kinds(ALL_EMPLOYMENT_KINDS);

/** Conditions over the year's graduates (s, d), by figure id; rates name their numerator and denominator. */
export const GRADUATE_CONDITIONS = {
  "附表1.1": Prisma.sql`TRUE`,
  "附表1.2": placed,
  "附表1.3": kinds(STUDY_KINDS),
  "附表1.4": kinds(BACHELOR_KINDS),
  "附表1.5n": Prisma.sql`${placed} AND d."employerProvince" = ${INNER_MONGOLIA}`,
  "附表1.7": industryEmployed,
  "附表1.8": Prisma.sql`${industryEmployed} AND d.sector::text = 'PRIMARY'`,
  "附表1.9": Prisma.sql`${industryEmployed} AND d.sector::text = 'SECONDARY'`,
  "附表1.10": Prisma.sql`${industryEmployed} AND d.sector::text = 'TERTIARY'`,
  "附表1.6n": Prisma.sql`${industryEmployed} AND d."monthlyIncome" IS NOT NULL`,
  "附表1.11n": Prisma.sql`${industryEmployed} AND d.kind::text = 'EMPLOYED_SELF'`,
  "附表3.1": employed,
  "附表3.A": Prisma.sql`${employed} AND d."employerCity" = ${HOHHOT_CITY}`,
  "附表3.B": Prisma.sql`${employed} AND d."employerCity" IS DISTINCT FROM ${HOHHOT_CITY} AND d."employerProvince" IN (${Prisma.join([...WEST_AND_NORTHEAST])})`,
  "附表3.C": Prisma.sql`${employed} AND d."employerSize"::text IN ('MEDIUM', 'SMALL', 'MICRO')`,
  "附表3.D": Prisma.sql`${employed} AND d."employerSize"::text = 'LARGE'`,
  known: Prisma.sql`d.id IS NOT NULL`,
  confirmed: Prisma.sql`d.confirmation::text = 'CONFIRMED'`,
  disputed: Prisma.sql`d.confirmation::text = 'DISPUTED'`,
} as const;
export type GraduateCondition = keyof typeof GRADUATE_CONDITIONS;

/** Row 12 over the previous three years' graduates: employed (any of the four kinds) with 三年内晋升 recorded, and promoted. */
export const PROMOTED_CONDITIONS = {
  recorded: Prisma.sql`${employed} AND d.promoted IS NOT NULL`,
  promoted: Prisma.sql`${employed} AND d.promoted = TRUE`,
} as const;
