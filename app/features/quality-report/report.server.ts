import { prisma } from "~/db/db.server";
import { retentionInScope } from "~/features/retention/index.server";
import { todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { clusterRows } from "./clusters.server";
import { DRILLABLE, drillHref, figureId, percent, PUBLISHED_2023, ratio, ROWS } from "./figures";
import { destinationsByKind, graduateCounts, knowledgeOf, promotedCounts } from "./graduates.server";
import { platformCounts } from "./platform.server";
import type { QualityReport, ReportFigure } from "./report-shape";
import { levelDayOf, reproducedYear } from "./report-year";
import { certificateCount, inSchoolCount, mentorCount, teacherCounts } from "./teaching.server";

// One year's quality report computed from the platform's records (issue 14 item 3): every count in SQL
// (graduates.server.ts, teaching.server.ts, clusters.server.ts, platform.server.ts), assembled here into
// the report's rows (figures.ts). The definitions of every figure are in docs/metrics.md.

/** year: the graduation year (届) and the school year starting in its September; schoolId null = the city. */
export type ReportScope = { year: number; schoolId: number | null; today?: string };

type Value = { value: number | null; parts?: { numerator: number; denominator: number } };
const count = (n: number): Value => ({ value: n });
const rate = (numerator: number, denominator: number): Value => ({ value: percent(numerator, denominator), parts: { numerator, denominator } });

export const CITY_NAME = "呼和浩特市";

/** The report for a year, city-wide (schoolId null) or for one school (404 when it is no school). Permissions are the caller's. */
export async function computeReport(scope: ReportScope): Promise<QualityReport> {
  const today = scope.today ?? todayInHohhot();
  const { year, schoolId } = scope;
  const name = schoolId === null ? CITY_NAME : await schoolName(schoolId);
  const s = { year, schoolId };
  const yearEnd = `${year}-12-31`;
  const [g, promoted, byKind, inSchool, teachers, certificates, mentors, clusters, platform, retention] = await Promise.all([
    graduateCounts(s),
    promotedCounts(s),
    destinationsByKind(s),
    inSchoolCount(s),
    teacherCounts(s, levelDayOf(year, today)),
    certificateCount(s),
    mentorCount(s),
    clusterRows(s),
    platformCounts(s),
    retentionInScope(schoolId, today < yearEnd ? today : yearEnd),
  ]);
  const values: Record<string, Value> = {
    "附表1.1": count(g["附表1.1"]),
    "附表1.2": count(g["附表1.2"]),
    "附表1.3": count(g["附表1.3"]),
    "附表1.4": count(g["附表1.4"]),
    "附表1.5": rate(g["附表1.5n"], g["附表1.2"]),
    "附表1.6": { value: g["附表1.6n"] === 0 ? null : Math.round(g.incomeSum / g["附表1.6n"]), parts: { numerator: g.incomeSum, denominator: g["附表1.6n"] } },
    "附表1.7": count(g["附表1.7"]),
    "附表1.8": count(g["附表1.8"]),
    "附表1.9": count(g["附表1.9"]),
    "附表1.10": count(g["附表1.10"]),
    "附表1.11": rate(g["附表1.11n"], g["附表1.7"]),
    "附表1.12": rate(promoted.promoted, promoted.recorded),
    "附表3.1": count(g["附表3.1"]),
    "附表3.A": count(g["附表3.A"]),
    "附表3.B": count(g["附表3.B"]),
    "附表3.C": count(g["附表3.C"]),
    "附表3.D": count(g["附表3.D"]),
    "附表4.1": { value: ratio(inSchool, teachers.fullTime), parts: { numerator: inSchool, denominator: teachers.fullTime } },
    "附表4.2": rate(teachers.certified, teachers.fullTime),
    "附表6.1": count(inSchool),
    "附表6.6": count(teachers.fullTime),
    "附表6.14": count(certificates),
    "附表6.17": count(mentors),
    // 行业导师年课时总量: no record of mentors' teaching hours on the platform yet (docs/metrics.md).
    "附表6.19": { value: null },
    "产教融合.pairs": count(platform.pairs),
    "产教融合.orderClasses": count(platform.orderClasses),
    "产教融合.apprenticeships": count(platform.apprenticeships),
    "产教融合.placements": count(platform.placements),
    "产教融合.completedPlacements": count(platform.completedPlacements),
    "产教融合.keptOn": count(platform.keptOn),
    "产教融合.keptOnRate": rate(platform.keptOn, platform.completedPlacements),
    "产教融合.fairs": count(platform.fairs),
    "产教融合.fairRegistrations": count(platform.fairRegistrations),
    "产教融合.fairCheckIns": count(platform.fairCheckIns),
    "产教融合.fairOffers": count(platform.fairOffers),
    "产教融合.fairHires": count(platform.fairHires),
    "产教融合.dualJunior": count(teachers.JUNIOR),
    "产教融合.dualIntermediate": count(teachers.INTERMEDIATE),
    "产教融合.dualSenior": count(teachers.SENIOR),
    "产教融合.practiceDays": count(platform.practiceDays),
    "产教融合.retained": count(retention.total),
    "产教融合.retentionGoal": count(retention.goal.people),
  };
  const published = schoolId === null && year === reproducedYear(today);
  const figures: ReportFigure[] = ROWS.map((r) => {
    const id = figureId(r.table, r.row);
    const v = values[id]!;
    const figure: ReportFigure = { table: r.table, row: r.row, label: r.label, unit: r.unit, value: v.value, drill: DRILLABLE.has(id) ? drillHref(year, id, schoolId) : null };
    if (v.parts) figure.parts = v.parts;
    if (published && PUBLISHED_2023[id] !== undefined) figure.published = PUBLISHED_2023[id];
    if ((r.table === "附表1" && r.row !== "1") || r.table === "附表3") figure.knowledge = true;
    return figure;
  });
  return {
    year,
    scope: { schoolId, name },
    generatedAt: new Date().toISOString(),
    figures,
    clusters,
    knowledge: knowledgeOf(g),
    destinations: byKind,
    retention: retention.rows.map((r) => ({ month: r.month, people: r.added, cumulative: r.cumulative })),
  };
}

async function schoolName(schoolId: number): Promise<string> {
  const school = await prisma().organisation.findFirst({ where: { id: schoolId, school: { isNot: null } }, select: { name: true } });
  return school?.name ?? notFound();
}
