import type { Database } from "~/db/database.server";
import type { EnterpriseSize, Prisma } from "~/generated/prisma/client";
import { isoDayOf } from "~/lib/dates";
import { cityOf, HOHHOT_CITY, INNER_MONGOLIA, provinceOf, type DestinationSnapshot } from "~/lib/destinations";
import { isHohhotName } from "~/lib/work-city";
import type { ProposalSource } from "./destination-schema";

// Destination proposals (issue 14 item 1, last point): what the platform's own records say a graduate went
// on to, for the school to accept (recorded via PROPOSAL) or dismiss. Read from the records every time;
// only the school's decision is stored (DestinationProposalDecision, once per source record).
//   KEPT_ON           a 岗位实习 placement the host kept the student on from (retainedOn set, retained not
//                     false) → 合同就业 at the host, employed from retainedOn.
//   ORDER_CLASS_HIRE  an ACCEPTED application to a 就业 (JOB) position of the enterprise of an order class
//                     the student is a member of (ENROLLED) → 合同就业 at that enterprise.
// An internship by itself is never employment (教职成〔2021〕4号: 实习不是就业), so a placement without a
// kept-on day proposes nothing, whatever its status.

type Db = Database["prisma"] | Prisma.TransactionClient;

export type Proposal = {
  source: ProposalSource;
  sourceId: number;
  studentId: number;
  schoolId: number;
  /** What the record says, in words: 岗位实习留用 · 某企业 · 2026-07-01 起. */
  basis: string;
  destination: DestinationSnapshot;
};

/** Graduates a proposal may be for: the school's (or the given students), graduated, of the year when given. */
export type ProposalScope = { schoolId: number; graduationYear?: number; studentIds?: readonly number[] };

const studentWhere = (scope: ProposalScope): Prisma.StudentWhereInput => ({
  schoolId: scope.schoolId,
  status: "GRADUATED",
  ...(scope.graduationYear === undefined ? {} : { graduationYear: scope.graduationYear }),
  ...(scope.studentIds === undefined ? {} : { id: { in: [...scope.studentIds] } }),
});

/**
 * Where an employer is, from the platform's records: a position's city (null is 呼和浩特市, docs/decisions/0010)
 * when there is a position, else the enterprise's Hohhot district; null when neither says. A city outside
 * Hohhot has a province only when it is one (北京市); the school fills in the rest before accepting.
 */
function placeOf(position: { city: string | null } | null, district: string | null): { province: string | null; city: string | null } {
  const city = position ? position.city : district ? null : undefined;
  if (city === undefined) return { province: null, city: null };
  if (city === null || isHohhotName(city)) return { province: INNER_MONGOLIA, city: HOHHOT_CITY };
  return { province: provinceOf(city), city: cityOf(city) };
}

const employedAt = (
  e: { organisationId: number; size: EnterpriseSize | null; organisation: { name: string; district: string | null } },
  position: { city: string | null } | null,
  graduationYear: number,
  employedOn: string | null,
): DestinationSnapshot => {
  const place = placeOf(position, e.organisation.district);
  return {
    kind: "EMPLOYED_CONTRACT",
    graduationYear,
    employerName: e.organisation.name,
    employerOrganisationId: e.organisationId,
    employerProvince: place.province,
    employerCity: place.city,
    employerSize: e.size,
    sector: null,
    monthlyIncome: null,
    promoted: null,
    employedOn,
  };
};

const enterpriseSelect = { select: { organisationId: true, size: true, organisation: { select: { name: true, district: true } } } } as const;

/** Placements the host kept the student on from: retainedOn set and retained not false (null is "not said"). */
const keptOnWhere: Prisma.InternshipPlacementWhereInput = { retainedOn: { not: null }, OR: [{ retained: null }, { retained: true }] };

async function keptOn(db: Db, where: Prisma.InternshipPlacementWhereInput): Promise<Proposal[]> {
  const rows = await db.internshipPlacement.findMany({
    where: { AND: [keptOnWhere, where] },
    orderBy: { id: "asc" },
    select: {
      id: true,
      retainedOn: true,
      student: { select: { id: true, schoolId: true, graduationYear: true } },
      enterprise: enterpriseSelect,
      retainedPosition: { select: { city: true, title: true } },
      position: { select: { city: true } },
    },
  });
  return rows.map((p) => {
    const on = isoDayOf(p.retainedOn!);
    return {
      source: "KEPT_ON",
      sourceId: p.id,
      studentId: p.student.id,
      schoolId: p.student.schoolId,
      basis: `岗位实习留用 · ${p.enterprise.organisation.name}${p.retainedPosition ? ` · ${p.retainedPosition.title}` : ""} · ${on} 起`,
      destination: employedAt(p.enterprise, p.retainedPosition ?? p.position, p.student.graduationYear, on),
    };
  });
}

async function orderClassHires(db: Db, where: Prisma.ApplicationWhereInput): Promise<Proposal[]> {
  const rows = await db.application.findMany({
    where: { AND: [{ status: "ACCEPTED", position: { kind: "JOB" }, student: { orderClasses: { some: { status: "ENROLLED" } } } }, where] },
    orderBy: { id: "asc" },
    select: {
      id: true,
      position: { select: { title: true, city: true, enterpriseId: true, enterprise: enterpriseSelect } },
      student: {
        select: {
          id: true,
          schoolId: true,
          graduationYear: true,
          orderClasses: { where: { status: "ENROLLED" }, select: { orderClass: { select: { name: true, enterpriseId: true } } } },
        },
      },
    },
  });
  const found: Proposal[] = [];
  for (const a of rows) {
    // The hire counts only at the order class's own enterprise: a member hired elsewhere is an ordinary hire.
    const cls = a.student.orderClasses.find((m) => m.orderClass.enterpriseId === a.position.enterpriseId);
    if (!cls) continue;
    found.push({
      source: "ORDER_CLASS_HIRE",
      sourceId: a.id,
      studentId: a.student.id,
      schoolId: a.student.schoolId,
      basis: `订单班录用 · ${cls.orderClass.name} · ${a.position.enterprise.organisation.name} · ${a.position.title}`,
      destination: employedAt(a.position.enterprise, a.position, a.student.graduationYear, null),
    });
  }
  return found;
}

/** The proposals not yet decided for the scope's graduates, kept-on first, each source in id order. */
export async function openProposals(db: Db, scope: ProposalScope): Promise<Proposal[]> {
  const student = studentWhere(scope);
  const [kept, hired] = await Promise.all([keptOn(db, { student }), orderClassHires(db, { student })]);
  const all = [...kept, ...hired];
  if (all.length === 0) return [];
  const decided = await db.destinationProposalDecision.findMany({
    where: { studentId: { in: [...new Set(all.map((p) => p.studentId))] } },
    select: { source: true, sourceId: true },
  });
  const done = new Set(decided.map((d) => `${d.source}:${d.sourceId}`));
  return all.filter((p) => !done.has(`${p.source}:${p.sourceId}`));
}

/**
 * The one proposal a source record makes, whether decided or not, with its student's school; null when the
 * record makes none (missing, not kept on, not an order-class hire) or its student has not graduated.
 */
export async function proposalOf(db: Db, source: ProposalSource, sourceId: number): Promise<Proposal | null> {
  const graduated: Prisma.StudentWhereInput = { status: "GRADUATED" };
  const found =
    source === "KEPT_ON"
      ? await keptOn(db, { id: sourceId, student: graduated })
      : await orderClassHires(db, { id: sourceId, student: graduated });
  return found[0] ?? null;
}
