import type { Fact } from "~/components/facts";

// A recorded destination's facts as the school's page and the graduate's own page list them (labels as in
// the import template and the report). The values are the pages' display strings.

export type DestinationFacts = {
  kind: string;
  employerName: string | null;
  place: string | null;
  employerSize: string | null;
  sector: string | null;
  monthlyIncome: string | null;
  promoted: string | null;
  employedOn: string | null;
};

/** The facts of `d`; `employerName` replaces the recorded name where a page adds to it. */
export const destinationFacts = (d: DestinationFacts, employerName: string | null = d.employerName): Fact[] => [
  { label: "去向", value: d.kind },
  { label: "单位名称", value: employerName },
  { label: "所在地", value: d.place },
  { label: "单位规模", value: d.employerSize },
  { label: "所属产业", value: d.sector },
  { label: "月收入", value: d.monthlyIncome },
  { label: "三年内晋升", value: d.promoted },
  { label: "入职日期", value: d.employedOn },
];
