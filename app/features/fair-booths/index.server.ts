import { prisma } from "~/db/db.server";
import { boothLabel } from "~/lib/fairs";

// What other fair features may read of booths (the fair's page, check-in's lead scans, the report).

export { boothStandingProblem } from "./booths.server";

export type ApprovedBooth = {
  id: number;
  enterpriseId: number;
  enterprise: string;
  boothNo: number | null;
  /** boothLabel (A01 …), null while the enterprise has not chosen / been given a number, or online. */
  label: string | null;
  representatives: number;
  arrived: boolean;
  programs: Array<{ id: number; name: string }>;
  positions: Array<{ id: number; title: string; headcount: number }>;
  /** Sum of the positions' headcount (招聘人数). */
  headcount: number;
};

/** The fair's 已通过 booths, by booth number (unnumbered last, then by enterprise name); no permission check. */
export async function approvedBoothsOf(fairId: number): Promise<ApprovedBooth[]> {
  const db = prisma();
  const fair = await db.jobFair.findUnique({ where: { id: fairId }, select: { boothsPerRow: true } });
  if (!fair) return [];
  const booths = await db.fairBooth.findMany({
    where: { fairId, status: "APPROVED" },
    orderBy: [{ boothNo: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: {
      id: true,
      enterpriseId: true,
      boothNo: true,
      representatives: true,
      arrivedAt: true,
      enterprise: { select: { organisation: { select: { name: true } } } },
      programs: { select: { program: { select: { id: true, name: true } } }, orderBy: { programId: "asc" } },
      positions: { select: { position: { select: { id: true, title: true, headcount: true } } }, orderBy: { positionId: "asc" } },
    },
  });
  return booths.map((b) => ({
    id: b.id,
    enterpriseId: b.enterpriseId,
    enterprise: b.enterprise.organisation.name,
    boothNo: b.boothNo,
    label: b.boothNo === null ? null : boothLabel(b.boothNo, fair.boothsPerRow),
    representatives: b.representatives,
    arrived: b.arrivedAt !== null,
    programs: b.programs.map((p) => p.program),
    positions: b.positions.map((p) => p.position),
    headcount: b.positions.reduce((sum, p) => sum + p.position.headcount, 0),
  }));
}
