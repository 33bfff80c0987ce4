import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { todayInHohhot } from "~/lib/dates";
import { destinationProblems, sameDestination } from "~/lib/destinations";
import { notFound } from "~/lib/errors.server";
import { latestGraduationYear } from "~/lib/school-year";
import { optionalFilter } from "~/lib/search-params.server";
import { describeChange } from "./describe";
import type { DecisionValue } from "./destination-schema";
import { DECIDED_ALREADY, TRANSACTION, type Refusal } from "./destinations.server";
import { openProposals, proposalOf } from "./proposals.server";
import { recordDestinations, snapshotOf } from "./record.server";
import { isUniqueViolation } from "~/lib/db-errors";

// /destinations/proposals: the school's office sees the open proposals for its graduates of a year and
// accepts (recorded via PROPOSAL) or dismisses each; a decision is stored once per source record
// (DestinationProposalDecision's unique (source, sourceId)), so a double accept writes once.

/** ?year=: the graduating class; anything else is the latest. */
export const ProposalQuery = z.object({ year: optionalFilter(z.coerce.number().int().min(2000).max(2099)) });

const schoolOf = (user: SessionUser) => {
  assertCan(user, { action: "destination.proposals", schoolId: user.organisationId }, "只有学校管理人员可以处理毕业去向建议");
  return user.organisationId;
};

/** The open proposals for the school's graduates of `year` (default the latest class), each with what accepting would change. */
export async function listProposals(user: SessionUser, year: number | undefined, today = todayInHohhot()) {
  const schoolId = schoolOf(user);
  const graduationYear = year ?? latestGraduationYear(today);
  const db = prisma();
  const proposals = await openProposals(db, { schoolId, graduationYear });
  const ids = [...new Set(proposals.map((p) => p.studentId))];
  const [students, current] = await Promise.all([
    db.student.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, studentNumber: true } }),
    db.graduateDestination.findMany({ where: { studentId: { in: ids } } }),
  ]);
  const studentOf = new Map(students.map((s) => [s.id, s]));
  const currentOf = new Map(current.map((d) => [d.studentId, snapshotOf(d)]));
  return {
    year: graduationYear,
    proposals: proposals.map((p) => {
      const now = currentOf.get(p.studentId) ?? null;
      const s = studentOf.get(p.studentId)!;
      return {
        key: `${p.source}-${p.sourceId}`,
        source: p.source,
        sourceId: p.sourceId,
        studentId: p.studentId,
        name: s.name,
        studentNumber: s.studentNumber,
        basis: p.basis,
        proposed: describeChange(null, p.destination),
        // What accepting would change of a recorded destination; [] when it says the same.
        replaces: now ? describeChange(now, p.destination) : null,
        same: now !== null && sameDestination(now, p.destination),
        incomplete: destinationProblems(p.destination).map((x) => x.message),
      };
    }),
  };
}

/**
 * Accepts or dismisses one proposal of the school's. 404 when the source record makes no proposal for one
 * of the school's graduates (another school's record reads as missing); refused, nothing written: already
 * decided; accepted while it lacks what the field rules need (the school adjusts it on the graduate's page);
 * accepted over a different recorded destination without `confirm` (`asking`).
 */
export async function decideProposal(user: SessionUser, value: DecisionValue): Promise<Refusal | { studentId: number }> {
  schoolOf(user); // 403 for anyone but a school's office, before anything is read
  const db = prisma();
  const proposal = await proposalOf(db, value.source, value.sourceId);
  if (!proposal) notFound("找不到该建议");
  assertVisible(user, { action: "destination.proposals", schoolId: proposal.schoolId }, "找不到该建议");
  const problem = value.intent === "accept" ? destinationProblems(proposal.destination)[0] : undefined;
  if (problem) return { field: null, message: `建议缺少必要信息（${problem.message}），请“调整后采纳”` };
  try {
    return await db.$transaction(async (tx) => {
      // Decisions for one graduate one after the other (the school's form takes the same lock).
      await tx.$queryRaw`SELECT "id" FROM "Student" WHERE "id" = ${proposal.studentId} FOR UPDATE`;
      if ((await tx.destinationProposalDecision.count({ where: { source: proposal.source, sourceId: proposal.sourceId } })) > 0)
        return { field: null, message: DECIDED_ALREADY };
      if (value.intent === "accept") {
        const existing = await tx.graduateDestination.findUnique({ where: { studentId: proposal.studentId } });
        if (existing && !sameDestination(snapshotOf(existing), proposal.destination) && value.confirm !== "yes")
          return { field: null, message: "该毕业生已有登记的去向，采纳后将替换，请确认", asking: true as const };
      }
      // The decision first: a second accept of the same proposal waits on its unique index and then fails,
      // before it writes anything.
      await tx.destinationProposalDecision.create({
        data: { studentId: proposal.studentId, source: proposal.source, sourceId: proposal.sourceId, accepted: value.intent === "accept", decidedById: user.id },
      });
      if (value.intent === "accept")
        await recordDestinations(tx, { userId: user.id, via: "PROPOSAL", note: `采纳建议：${proposal.basis}` }, [
          { studentId: proposal.studentId, destination: proposal.destination },
        ]);
      return { studentId: proposal.studentId };
    }, TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) return { field: null, message: DECIDED_ALREADY };
    throw error;
  }
}
