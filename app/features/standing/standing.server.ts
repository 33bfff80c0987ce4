import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice } from "~/features/inbox/index.server";
import type { EnterpriseStanding, Prisma } from "~/generated/prisma/client";
import { CREDIT_CODE_MESSAGE, creditCodeProblem } from "~/lib/credit-code";
import { STANDING_LABEL, STANDING_MOVES, type StandingMove } from "~/lib/enterprise-standing";
import { moment } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { positionSearch } from "~/lib/position-search.server";
import { optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import { z } from "zod";
import { EnterpriseStanding as Standings } from "~/generated/prisma/enums";

// The bureau verifies, suspends and reinstates enterprises (issue 11, item 1). Each move is one
// transaction: the enterprise row locked, the move checked against its standing as it is now, the
// new standing, an EnterpriseStandingEvent (who, when, why), a notice to the enterprise's staff and
// its positions re-indexed, since whether a position is searchable follows the standing
// (shared/open-for-applications.ts). The search engine hears after commit.

export const ENTERPRISES_PER_PAGE = 30;

/** The bureau list's query string: ?standing=…&page=…; nonsense shows all. */
export const StandingFilters = z.object({ standing: optionalFilter(z.enum(Standings)), page: pageNumber });

export type StandingOutcome = { moved: true; standing: EnterpriseStanding } | { moved: false; message: string };

type Tx = Prisma.TransactionClient;

/** Why `move` may not be taken from `standing` with `creditCode` on record, or null when it may. */
export function standingMoveProblem(move: StandingMove, standing: EnterpriseStanding, creditCode: string | null): string | null {
  const rule = STANDING_MOVES[move];
  if (!rule.from.includes(standing)) return `该企业当前为「${STANDING_LABEL[standing]}」，不能${rule.verb}`;
  // Good standing rests on a well-formed 统一社会信用代码 (GB 32100-2015) the bureau can check against the licence.
  if (rule.to === "VERIFIED") {
    if (!creditCode) return "该企业尚未填写统一社会信用代码，不能核验";
    const problem = creditCodeProblem(creditCode);
    if (problem) return CREDIT_CODE_MESSAGE[problem];
  }
  return null;
}

async function reindexEnterprise(tx: Tx, enterpriseId: number): Promise<number[]> {
  const ids = (await tx.position.findMany({ where: { enterpriseId }, select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
  if (ids.length) await positionSearch().indexInTransaction(tx, ids);
  return ids;
}

/** The bureau's move on one enterprise. 403 for anyone else (the bureau's pages are not theirs), 404 for no such enterprise. */
export async function changeStanding(
  user: SessionUser,
  enterpriseId: number,
  input: { intent: StandingMove; reason?: string },
): Promise<StandingOutcome> {
  assertCan(user, { action: "enterprise.standing" }, "只有市教育局可以核验或暂停企业");
  const reason = input.reason?.trim() || null;
  const result = await prisma().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ standing: EnterpriseStanding; creditCode: string | null }[]>`
      SELECT "standing", "creditCode" FROM "Enterprise" WHERE "organisationId" = ${enterpriseId} FOR UPDATE`;
    if (!locked) notFound("找不到该企业");
    const problem = standingMoveProblem(input.intent, locked.standing, locked.creditCode);
    if (problem) return { outcome: { moved: false as const, message: problem }, positionIds: [] };
    const standing = STANDING_MOVES[input.intent].to;
    await tx.enterprise.update({
      where: { organisationId: enterpriseId },
      // The reason shown to the enterprise is the suspension's; good standing carries none.
      data: { standing, standingReason: standing === "SUSPENDED" ? reason : null, standingAt: new Date() },
    });
    await tx.enterpriseStandingEvent.create({ data: { enterpriseId, standing, reason, actorId: user.id } });
    const staff = await tx.user.findMany({ where: { organisationId: enterpriseId, role: "ENTERPRISE_STAFF" }, select: { id: true } });
    await sendNotice(
      tx,
      staff.map((s) => s.id),
      {
        title: `企业资质：${STANDING_LABEL[standing]}`,
        body: standing === "SUSPENDED" ? `市教育局暂停了贵企业的资质。原因：${reason}` : "市教育局已核验贵企业，岗位可以发布并向学生展示。",
        link: `/organisations/${enterpriseId}/edit`,
      },
    );
    const positionIds = await reindexEnterprise(tx, enterpriseId);
    return { outcome: { moved: true as const, standing }, positionIds };
  });
  if (result.positionIds.length) await positionSearch().afterCommit(result.positionIds);
  return result.outcome;
}

/** The bureau's list of enterprises, by standing (the filter comes from the URL), those waiting first. */
export async function standingList(user: SessionUser, filters: { standing?: EnterpriseStanding; page: number }) {
  assertCan(user, { action: "enterprise.standing" }, "只有市教育局可以查看企业核验");
  const db = prisma();
  const where = { standing: filters.standing };
  const [total, counts] = await Promise.all([
    db.enterprise.count({ where }),
    db.enterprise.groupBy({ by: ["standing"], _count: { _all: true }, orderBy: { standing: "asc" } }),
  ]);
  const page = paging(filters.page, total, ENTERPRISES_PER_PAGE);
  const rows = await db.enterprise.findMany({
    where,
    orderBy: [{ standing: "asc" }, { organisationId: "asc" }],
    skip: page.skip,
    take: page.take,
    select: { organisationId: true, creditCode: true, standing: true, standingAt: true, organisation: { select: { name: true } } },
  });
  return {
    enterprises: rows.map((e) => ({
      id: e.organisationId,
      name: e.organisation.name,
      creditCode: e.creditCode,
      creditCodeValid: e.creditCode !== null && creditCodeProblem(e.creditCode) === null,
      standing: e.standing,
      standingAt: e.standingAt ? moment(e.standingAt) : null,
    })),
    counts: Object.fromEntries(counts.map((c) => [c.standing, c._count._all])) as Partial<Record<EnterpriseStanding, number>>,
    page,
  };
}

/** One enterprise for the bureau: its standing, code and every standing event, newest first. */
export async function standingRecord(user: SessionUser, enterpriseId: number) {
  assertCan(user, { action: "enterprise.standing" }, "只有市教育局可以查看企业核验");
  const enterprise = await prisma().enterprise.findUnique({
    where: { organisationId: enterpriseId },
    select: {
      organisationId: true,
      creditCode: true,
      standing: true,
      standingReason: true,
      standingAt: true,
      organisation: { select: { name: true } },
      _count: { select: { positions: { where: { status: "PUBLISHED" } } } },
      standingEvents: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, standing: true, reason: true, createdAt: true, actor: { select: { displayName: true } } },
      },
    },
  });
  if (!enterprise) notFound("找不到该企业");
  return {
    id: enterprise.organisationId,
    name: enterprise.organisation.name,
    creditCode: enterprise.creditCode,
    creditCodeProblem: enterprise.creditCode ? creditCodeProblem(enterprise.creditCode) : null,
    standing: enterprise.standing,
    standingReason: enterprise.standingReason,
    standingAt: enterprise.standingAt ? moment(enterprise.standingAt) : null,
    publishedPositions: enterprise._count.positions,
    events: enterprise.standingEvents.map((e) => ({
      id: e.id,
      standing: e.standing,
      reason: e.reason,
      at: moment(e.createdAt),
      actor: e.actor.displayName,
    })),
  };
}

/** The enterprise's own standing, for its pages: null for anyone but its staff. */
export async function ownStanding(user: SessionUser, enterpriseId: number) {
  if (user.role !== "ENTERPRISE_STAFF" || user.organisationId !== enterpriseId) return null;
  const e = await prisma().enterprise.findUnique({
    where: { organisationId: enterpriseId },
    select: { standing: true, standingReason: true, standingAt: true },
  });
  return e && { standing: e.standing, reason: e.standingReason, at: e.standingAt ? moment(e.standingAt) : null };
}

// ---- A school's blocks (SchoolEnterpriseBlock) ----

/** The enterprise as the school sees it for blocking: 404 when it does not exist, 403 for anyone but the school's office. */
export async function schoolBlock(user: SessionUser, enterpriseId: number) {
  assertCan(user, { action: "school.blockEnterprise", schoolId: user.organisationId }, "只有学校管理人员可以设置不合作企业");
  const enterprise = await prisma().enterprise.findUnique({
    where: { organisationId: enterpriseId },
    select: {
      organisation: { select: { id: true, name: true } },
      blockedBy: { where: { schoolId: user.organisationId }, select: { reason: true, createdAt: true, actor: { select: { displayName: true } } } },
    },
  });
  if (!enterprise) notFound("找不到该企业");
  const block = enterprise.blockedBy[0];
  return {
    enterprise: enterprise.organisation,
    block: block ? { reason: block.reason, at: moment(block.createdAt), actor: block.actor.displayName } : null,
  };
}

/** Blocks (or unblocks) an enterprise for the acting school's students; doing it twice changes nothing. */
export async function setSchoolBlock(user: SessionUser, enterpriseId: number, input: { intent: "block"; reason: string } | { intent: "unblock" }) {
  const schoolId = user.organisationId;
  assertVisible(user, { action: "school.blockEnterprise", schoolId });
  await schoolBlock(user, enterpriseId); // 404 for no such enterprise
  const db = prisma();
  if (input.intent === "unblock") {
    await db.schoolEnterpriseBlock.deleteMany({ where: { schoolId, enterpriseId } });
    return;
  }
  await db.schoolEnterpriseBlock.upsert({
    where: { schoolId_enterpriseId: { schoolId, enterpriseId } },
    create: { schoolId, enterpriseId, reason: input.reason, actorId: user.id },
    update: {},
  });
}

/** The acting school's blocked enterprises, newest first. */
export async function schoolBlocks(user: SessionUser) {
  assertCan(user, { action: "school.blockEnterprise", schoolId: user.organisationId }, "只有学校管理人员可以设置不合作企业");
  const rows = await prisma().schoolEnterpriseBlock.findMany({
    where: { schoolId: user.organisationId },
    orderBy: [{ createdAt: "desc" }, { enterpriseId: "asc" }],
    select: { reason: true, createdAt: true, enterprise: { select: { organisation: { select: { id: true, name: true } } } } },
  });
  return rows.map((r) => ({ ...r.enterprise.organisation, reason: r.reason, at: moment(r.createdAt) }));
}
