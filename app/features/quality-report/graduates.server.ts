import { prisma } from "~/db/db.server";
import { Prisma } from "~/generated/prisma/client";
import { DESTINATION_KINDS } from "~/lib/destinations";
import { percent } from "./figures";
import { GRADUATE_CONDITIONS, graduatesOf, previousGraduatesOf, PROMOTED_CONDITIONS, type GraduateCondition, type Scope } from "./population.server";
import type { Knowledge } from "./report-shape";

// 附表1, 附表3 and the knowledge rates: one pass over the year's graduates in SQL (count(*) FILTER per
// condition of population.server.ts), one over the three years before for row 12, one grouped by kind.

export type GraduateCounts = Record<GraduateCondition, number> & { incomeSum: number };

const FROM = Prisma.sql`FROM "Student" s LEFT JOIN "GraduateDestination" d ON d."studentId" = s.id`;

export async function graduateCounts(scope: Scope): Promise<GraduateCounts> {
  const names = Object.keys(GRADUATE_CONDITIONS) as GraduateCondition[];
  const columns = Prisma.join(
    names.map((name, i) => Prisma.sql`count(*) FILTER (WHERE ${GRADUATE_CONDITIONS[name]})::int AS ${Prisma.raw(`c${i}`)}`),
  );
  const [row] = await prisma().$queryRaw<Record<string, number | bigint | null>[]>`
    SELECT ${columns},
      COALESCE(sum(d."monthlyIncome") FILTER (WHERE ${GRADUATE_CONDITIONS["附表1.6n"]}), 0)::bigint AS income
    ${FROM} WHERE ${graduatesOf(scope)}`;
  const counts = Object.fromEntries(names.map((name, i) => [name, Number(row![`c${i}`] ?? 0)])) as Record<GraduateCondition, number>;
  return { ...counts, incomeSum: Number(row!.income ?? 0) };
}

/** Row 12: the previous three years' employed graduates with 三年内晋升 recorded, and those promoted. */
export async function promotedCounts(scope: Scope): Promise<{ recorded: number; promoted: number }> {
  const [row] = await prisma().$queryRaw<{ recorded: number; promoted: number }[]>`
    SELECT count(*) FILTER (WHERE ${PROMOTED_CONDITIONS.recorded})::int AS recorded,
           count(*) FILTER (WHERE ${PROMOTED_CONDITIONS.promoted})::int AS promoted
    ${FROM} WHERE ${previousGraduatesOf(scope)}`;
  return { recorded: Number(row!.recorded), promoted: Number(row!.promoted) };
}

/** The year's graduates by destination kind, in the template's order (kinds with none included, as 0). */
export async function destinationsByKind(scope: Scope) {
  const rows = await prisma().$queryRaw<{ kind: string; n: number }[]>`
    SELECT d.kind::text AS kind, count(*)::int AS n ${FROM} WHERE ${graduatesOf(scope)} AND d.id IS NOT NULL GROUP BY d.kind`;
  const byKind = new Map(rows.map((r) => [r.kind, Number(r.n)]));
  return DESTINATION_KINDS.map((d) => ({ kind: d.kind as string, label: d.label, count: byKind.get(d.kind) ?? 0 }));
}

/** Known-destination rate (any destination recorded, 待就业 included) and the student-confirmed share of them. */
export function knowledgeOf(c: GraduateCounts): Knowledge {
  return {
    graduates: c["附表1.1"],
    known: c.known,
    knownRate: percent(c.known, c["附表1.1"]),
    confirmed: c.confirmed,
    confirmedRate: percent(c.confirmed, c.known),
    disputed: c.disputed,
  };
}
