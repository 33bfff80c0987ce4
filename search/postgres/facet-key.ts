import { District, EnterpriseSize, PositionKind } from "~/generated/prisma/enums";
import { PAY_BANDS } from "../definition";

// Kind, district, enterprise size and pay band packed into one small number per row, so a search
// counts all four facets with one integer grouping key instead of four (the GROUP BY is a good
// share of a search's time, most of all on PGlite). 0 stands for "none" in each field.

const FIELDS = [
  { name: "kind", values: Object.values(PositionKind) as string[], bits: 2 },
  { name: "district", values: Object.values(District) as string[], bits: 4 },
  { name: "enterpriseSize", values: Object.values(EnterpriseSize) as string[], bits: 3 },
  { name: "payBand", values: PAY_BANDS.map((b) => b.key) as string[], bits: 3 },
] as const;
export type PackedFacet = (typeof FIELDS)[number]["name"];

let shift = 0;
const LAYOUT = FIELDS.map((f) => {
  if (f.values.length >= 2 ** f.bits) throw new Error(`facet-key: ${f.name} has more values than ${f.bits} bits hold`);
  const at = shift;
  shift += f.bits;
  return { ...f, shift: at, mask: 2 ** f.bits - 1 };
});

export function packFacets(values: Record<PackedFacet, string | null>): number {
  return LAYOUT.reduce((key, f) => key | ((values[f.name] === null ? 0 : f.values.indexOf(values[f.name]!) + 1) << f.shift), 0);
}

export function unpackFacets(key: number): Record<PackedFacet, string | null> {
  return Object.fromEntries(LAYOUT.map((f) => [f.name, f.values[((key >> f.shift) & f.mask) - 1] ?? null])) as Record<PackedFacet, string | null>;
}

/** The same number computed in SQL from a row's columns (for the benchmark's baseline, which has no index row). */
export function packFacetsSql(columns: Record<PackedFacet, string>): string {
  return LAYOUT.map((f) => {
    const index = `CASE ${columns[f.name]}::text ${f.values.map((v, i) => `WHEN '${v}' THEN ${i + 1}`).join(" ")} ELSE 0 END`;
    return `(${index} << ${f.shift})`;
  }).join(" | ");
}
