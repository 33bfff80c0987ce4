import type { District, EnterpriseSize, PositionKind, PositionStatus, Prisma } from "~/generated/prisma/client";
import { OPEN_STANDING, OPEN_STATUS } from "../shared/open-for-applications";
import { CITY, DISTRICT_NAME, KIND_WORDS, payBandOf, payValueOf } from "./definition";
import type { PositionHit } from "./engine";

// A position as both engines see it: one flat document built from the position and the rows around
// it (enterprise, programs, categories). Only positions open for applications are searchable
// (shared/open-for-applications.ts): the status and the enterprise's standing are stored here (a
// change of standing re-indexes the enterprise's positions), the deadline is compared with today
// when searching, since days pass without any write.

export const SOURCE_SELECT = {
  id: true,
  kind: true,
  status: true,
  title: true,
  description: true,
  clusterId: true,
  city: true,
  district: true,
  address: true,
  wantedCertificates: true,
  payMin: true,
  payMax: true,
  publishedAt: true,
  deadline: true,
  enterpriseId: true,
  enterprise: { select: { size: true, standing: true, organisation: { select: { name: true } } } },
  cluster: { select: { name: true } },
  programs: { select: { program: { select: { name: true, categoryId: true } } } },
  categories: { select: { categoryId: true } },
} satisfies Prisma.PositionSelect;

export type PositionSource = Prisma.PositionGetPayload<{ select: typeof SOURCE_SELECT }>;

export type SearchDocument = PositionHit & {
  status: PositionStatus;
  searchable: boolean;
  description: string;
  clusterId: number | null;
  enterpriseSize: EnterpriseSize | null;
  /** The position's own categories and those of its programs: a 中餐烹饪 position is one for 旅游大类 students. */
  categoryIds: number[];
  payValue: number | null;
  payBand: string | null;
  deadline: string | null; // YYYY-MM-DD
  /**
   * The rest of what the card and page show that a person would type: the kind's words (实习,
   * 学徒), the district, the city, the address, the wanted certificates (电工证, 1+X), the cluster.
   */
  facts: string;
};


export function toDocument(p: PositionSource): SearchDocument {
  const programs = [...p.programs].map((x) => x.program).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const categoryIds = [...new Set([...p.categories.map((c) => c.categoryId), ...programs.map((x) => x.categoryId)])].sort((a, b) => a - b);
  const payValue = payValueOf(p.payMin, p.payMax);
  return {
    id: p.id,
    title: p.title,
    kind: p.kind as PositionKind,
    enterpriseId: p.enterpriseId,
    enterpriseName: p.enterprise.organisation.name,
    city: p.city,
    district: p.district as District | null,
    clusterName: p.cluster?.name ?? null,
    payMin: p.payMin,
    payMax: p.payMax,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    programNames: programs.map((x) => x.name),
    status: p.status,
    searchable: p.status === OPEN_STATUS && p.enterprise.standing === OPEN_STANDING,
    description: p.description,
    clusterId: p.clusterId,
    enterpriseSize: p.enterprise.size,
    categoryIds,
    payValue,
    payBand: payBandOf(payValue),
    deadline: p.deadline && p.deadline.toISOString().slice(0, 10), // a date-only column, stored at UTC midnight
    facts: [
      KIND_WORDS[p.kind as PositionKind],
      p.district ? DISTRICT_NAME[p.district as District] : null,
      p.city ?? CITY, // 工作城市: null is 呼和浩特市 (docs/decisions/0010)
      p.address,
      ...p.wantedCertificates,
      p.cluster?.name,
    ]
      .filter(Boolean)
      .join("\n"),
  };
}

type Reader = Pick<Prisma.TransactionClient, "position">;

/** Documents for these positions, in id order; ids of deleted positions are simply absent. */
export async function loadDocuments(db: Reader, ids: number[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db.position.findMany({ where: { id: { in: ids } }, select: SOURCE_SELECT, orderBy: { id: "asc" } });
  return rows.map(toDocument);
}

/** The first page of position ids after `afterId`, for walking every position in batches. */
export async function positionIdsAfter(db: Reader, afterId: number, take: number): Promise<number[]> {
  const rows = await db.position.findMany({ where: { id: { gt: afterId } }, select: { id: true }, orderBy: { id: "asc" }, take });
  return rows.map((r) => r.id);
}
