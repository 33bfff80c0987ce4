import type { Ownership } from "~/generated/prisma/client";
import { PROGRAM_WEIGHT, programNamed, SCHOOL_WEIGHT, SYNTHETIC_SCHOOLS } from "./catalogue";
import type { OfferingRow } from "./generate";
import { apportion, apportionCapped, type Random } from "../../shared/prng";
import { CLUSTERS, COHORTS, NAMED_SCHOOLS, TOTALS, type ClusterCode, type Cohort } from "./report-2023";

// How many students each offering has per cohort, and how many graduated in 2023. The report fixes
// the totals (by cluster and cohort, public/private, city-wide); the spread over schools and
// programs follows weights, and every split is whole-number apportionment, so the totals are exact.

/** Non-cluster enrolment by cohort is not in the report: 2023级 is 招生 minus the clusters' 2023级, the older two are a design choice. */
const NON_CLUSTER_2022 = 4680;

export type Weights = { base: number[]; ownership: Ownership[]; cluster: (ClusterCode | null)[] };

export function offeringWeights(offerings: OfferingRow[], random: Random): Weights {
  const ownership = new Map<string, Ownership>([
    ...NAMED_SCHOOLS.map((s) => [s.name, s.ownership] as const),
    ...SYNTHETIC_SCHOOLS.map((s) => [s.name, s.ownership] as const),
  ]);
  const schoolWeight = new Map<string, number>();
  for (const s of SYNTHETIC_SCHOOLS) schoolWeight.set(s.name, SCHOOL_WEIGHT[s.name] ?? 0.5 + random.next() * 0.8);
  return {
    base: offerings.map(
      (o) => (SCHOOL_WEIGHT[o.school] ?? schoolWeight.get(o.school)!) * (PROGRAM_WEIGHT[o.program] ?? 1) * (0.7 + random.next() * 0.6),
    ),
    ownership: offerings.map((o) => ownership.get(o.school)!),
    cluster: offerings.map((o) => programNamed(o.program).cluster ?? null),
  };
}

/** counts[offering] = enrolled per cohort, and graduates of 2023. */
export type Counts = { enrolled: Record<Cohort, number>; graduates: number }[];

export function planEnrolment(offerings: OfferingRow[], w: Weights, random: Random): Counts {
  const counts: Counts = offerings.map(() => ({ enrolled: { 2023: 0, 2022: 0, 2021: 0 }, graduates: 0 }));
  const clusterTotal = (c: Cohort) => CLUSTERS.reduce((sum, k) => sum + k.enrolled[c], 0);
  const allEnrolled = TOTALS.enrolled.public + TOTALS.enrolled.private;
  const nonCluster2023 = TOTALS.intake2023 - clusterTotal(2023);
  const nonClusterTotal = allEnrolled - CLUSTERS.reduce((s, k) => s + k.enrolled[2023] + k.enrolled[2022] + k.enrolled[2021], 0);
  const nonCluster: Record<Cohort, number> = {
    2023: nonCluster2023,
    2022: NON_CLUSTER_2022,
    2021: nonClusterTotal - nonCluster2023 - NON_CLUSTER_2022,
  };

  // A stratum is one cluster, or everything outside the clusters; a cell is a stratum in one cohort.
  const strata: { key: ClusterCode | null; totals: Record<Cohort, number>; graduates: number; publicTotal: number }[] = [
    ...CLUSTERS.map((k) => ({ key: k.code, totals: k.enrolled, graduates: k.graduates2023, publicTotal: NaN })),
    {
      key: null,
      totals: nonCluster,
      graduates: TOTALS.graduates2023 - CLUSTERS.reduce((s, k) => s + k.graduates2023, 0),
      publicTotal: TOTALS.enrolled.public - TOTALS.clusterEnrolled.public,
    },
  ];
  const members = (key: ClusterCode | null, owner?: Ownership) =>
    offerings.map((_, i) => i).filter((i) => w.cluster[i] === key && (!owner || w.ownership[i] === owner));
  const weightOf = (idx: number[]) => idx.reduce((s, i) => s + w.base[i]!, 0);

  // Public/private split per cell: proportional to the offerings' weights, scaled so the public
  // cells add up to the report's public figure (7049 in the clusters, 6844 outside).
  const splitPublic = (cells: { stratum: (typeof strata)[number]; cohort: Cohort }[], publicTotal: number) => {
    const caps = cells.map(({ stratum, cohort }) => (members(stratum.key, "PUBLIC").length ? stratum.totals[cohort] : 0));
    const floors = cells.map(({ stratum, cohort }) => (members(stratum.key, "PRIVATE").length ? 0 : stratum.totals[cohort]));
    const share = cells.map(({ stratum, cohort }) => {
      const pub = weightOf(members(stratum.key, "PUBLIC"));
      return (stratum.totals[cohort] * pub) / weightOf(members(stratum.key));
    });
    const fixed = floors.reduce((a, b) => a + b, 0);
    const free = apportionCapped(
      publicTotal - fixed,
      share.map((s, i) => (floors[i] ? 0 : s)),
      caps.map((cap, i) => (floors[i] ? 0 : cap)),
    );
    return free.map((n, i) => n + floors[i]!);
  };
  const clusterCells = strata.filter((s) => s.key).flatMap((stratum) => COHORTS.map((cohort) => ({ stratum, cohort })));
  const otherCells = COHORTS.map((cohort) => ({ stratum: strata.at(-1)!, cohort }));
  const publicCounts = [
    ...splitPublic(clusterCells, TOTALS.clusterEnrolled.public),
    ...splitPublic(otherCells, strata.at(-1)!.publicTotal),
  ];

  [...clusterCells, ...otherCells].forEach(({ stratum, cohort }, cell) => {
    const pub = publicCounts[cell]!;
    for (const [owner, n] of [["PUBLIC", pub], ["PRIVATE", stratum.totals[cohort] - pub]] as const) {
      const idx = members(stratum.key, owner);
      // A cohort's spread differs a little from the next one's: intakes move from year to year.
      const shares = apportion(n, idx.map((i) => w.base[i]! * (0.85 + random.next() * 0.3)));
      idx.forEach((i, k) => (counts[i]!.enrolled[cohort] = shares[k]!));
    }
  });
  for (const stratum of strata) {
    const idx = members(stratum.key);
    const shares = apportion(stratum.graduates, idx.map((i) => w.base[i]!));
    idx.forEach((i, k) => (counts[i]!.graduates = shares[k]!));
  }
  return counts;
}
