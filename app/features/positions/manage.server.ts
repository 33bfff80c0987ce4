import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import type { Prisma } from "~/generated/prisma/client";
import { forbidden, notFound } from "~/lib/errors.server";
import { positionSearch } from "~/lib/position-search.server";
import { POSITION_STATUS_LABEL } from "~/lib/position-labels";
import {
  auditedFieldsFrom,
  auditedFieldsOf,
  changesBetween,
  positionColumns,
  positionRecordSelect,
  type Changes,
} from "./position-record.server";
import { can, ownEnterpriseId } from "~/features/auth/permissions.server";
import type { PositionFields } from "./position-schema";
import { isoDayOf, todayInHohhot } from "~/lib/dates";
import { closeOpenApplications } from "~/features/applications/index.server";
import { OPEN_STANDING } from "../../../shared/open-for-applications";

// Every write to a position is one transaction holding the change, its audit row (who, when,
// field → [before, after]) and the search index update; the search engine hears after commit.

type Tx = Prisma.TransactionClient;
type Outcome = { written: true; positionId: number } | { written: false; message: string };

async function positionTransaction<T extends Outcome>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const outcome = await prisma().$transaction(async (tx) => {
    const result = await work(tx);
    if (result.written) await positionSearch().indexInTransaction(tx, [result.positionId]);
    return result;
  });
  if (outcome.written) await positionSearch().afterCommit([outcome.positionId]);
  return outcome;
}

const recordChange = (tx: Tx, positionId: number, user: SessionUser, changes: Changes) =>
  tx.positionChange.create({ data: { positionId, userId: user.id, changes: changes as Prisma.InputJsonObject } });

/** The position for its edit page: 404 if the user may not even see it, 403 if they may see but not change it. */
export async function managedPosition(user: SessionUser, positionId: number, tx: Tx = prisma()) {
  const position = await tx.position.findUnique({ where: { id: positionId }, select: positionRecordSelect });
  if (!position || !can(user, { action: "position.view", enterpriseId: position.enterpriseId, status: position.status })) notFound("找不到该岗位");
  if (!can(user, { action: "position.manage", enterpriseId: position.enterpriseId })) forbidden("只有发布该岗位的企业人员可以修改它");
  return position;
}

/** Reads the position under a row lock, so the audit's "before" is what this write replaces. */
async function lockedPosition(tx: Tx, user: SessionUser, positionId: number) {
  await tx.$queryRaw`SELECT 1 FROM "Position" WHERE "id" = ${positionId} FOR UPDATE`;
  return managedPosition(user, positionId, tx);
}

/** A new position starts as a draft of the user's own enterprise. */
export async function createPosition(user: SessionUser, fields: PositionFields): Promise<number> {
  const enterpriseId = ownEnterpriseId(user);
  const enterprise = await prisma().enterprise.findUnique({ where: { organisationId: enterpriseId }, select: { organisationId: true } });
  if (!enterprise) forbidden("你所在的单位不是企业，不能发布岗位");
  const after = auditedFieldsFrom(fields);
  const outcome = await positionTransaction(async (tx) => {
    const { id } = await tx.position.create({
      data: {
        ...positionColumns(after),
        enterpriseId,
        createdById: user.id,
        programs: { create: after.programIds.map((programId) => ({ programId })) },
        categories: { create: after.categoryIds.map((categoryId) => ({ categoryId })) },
      },
      select: { id: true },
    });
    await recordChange(tx, id, user, changesBetween(null, { status: "DRAFT", ...after }));
    return { written: true as const, positionId: id };
  });
  return outcome.positionId;
}

/** Saves the form; an unchanged form writes nothing, so the audit trail holds only real changes. */
export async function updatePosition(user: SessionUser, positionId: number, fields: PositionFields): Promise<void> {
  await positionTransaction<Outcome>(async (tx) => {
    const current = await lockedPosition(tx, user, positionId);
    const after = auditedFieldsFrom(fields);
    const changes = changesBetween(auditedFieldsOf(current), after);
    if (Object.keys(changes).length === 0) return { written: false, message: "没有修改" };
    await tx.position.update({ where: { id: positionId }, data: positionColumns(after) });
    if (changes.programIds) {
      await tx.positionProgram.deleteMany({ where: { positionId } });
      await tx.positionProgram.createMany({ data: after.programIds.map((programId) => ({ positionId, programId })) });
    }
    if (changes.categoryIds) {
      await tx.positionCategory.deleteMany({ where: { positionId } });
      await tx.positionCategory.createMany({ data: after.categoryIds.map((categoryId) => ({ positionId, categoryId })) });
    }
    await recordChange(tx, positionId, user, changes);
    return { written: true, positionId };
  });
}

/**
 * Why the enterprise may not put a position before students now, or null: only an enterprise the
 * bureau verified and has not suspended publishes (shared/open-for-applications.ts OPEN_STANDING);
 * the others prepare drafts (issue 11, item 1).
 */
async function publishingProblem(tx: Tx, enterpriseId: number): Promise<string | null> {
  const enterprise = await tx.enterprise.findUnique({ where: { organisationId: enterpriseId }, select: { standing: true, standingReason: true } });
  if (enterprise?.standing === OPEN_STANDING) return null;
  if (enterprise?.standing === "SUSPENDED") {
    return `贵企业已被市教育局暂停${enterprise.standingReason ? `（原因：${enterprise.standingReason}）` : ""}，暂不能发布岗位，可以继续编辑草稿`;
  }
  return "贵企业尚未通过市教育局核验，暂不能发布岗位，可以先保存为草稿";
}

export type StatusChange = { intent: "publish" } | { intent: "close" } | { intent: "reopen"; deadline?: string };

const TRANSITIONS = {
  publish: { from: "DRAFT", to: "PUBLISHED", verb: "发布" },
  close: { from: "PUBLISHED", to: "CLOSED", verb: "关闭" },
  reopen: { from: "CLOSED", to: "PUBLISHED", verb: "重新开放" },
} as const;

/** Publish, close or reopen. The state is checked under the row lock, so a double click changes it once. */
export async function changeStatus(user: SessionUser, positionId: number, change: StatusChange): Promise<Outcome> {
  const transition = TRANSITIONS[change.intent];
  return positionTransaction<Outcome>(async (tx) => {
    const current = await lockedPosition(tx, user, positionId);
    if (current.status !== transition.from) {
      return { written: false, message: `该岗位当前为「${POSITION_STATUS_LABEL[current.status]}」，不能${transition.verb}` };
    }
    if (change.intent !== "close") {
      const problem = await publishingProblem(tx, current.enterpriseId);
      if (problem) return { written: false, message: problem };
    }
    const newDeadline = change.intent === "reopen" ? change.deadline : undefined;
    const deadline = newDeadline ?? isoDayOf(current.deadline);
    if (change.intent !== "close" && deadline !== null && deadline < todayInHohhot()) {
      return { written: false, message: "报名截止日期已过，请先设置新的截止日期" };
    }
    const publishedAt = change.intent === "publish" ? new Date() : undefined;
    await tx.position.update({
      where: { id: positionId },
      data: { status: transition.to, publishedAt, deadline: newDeadline ? new Date(`${newDeadline}T00:00:00Z`) : undefined },
    });
    const changes: Changes = { status: [current.status, transition.to] };
    if (publishedAt) changes.publishedAt = [current.publishedAt?.toISOString() ?? null, publishedAt.toISOString()];
    if (newDeadline && newDeadline !== isoDayOf(current.deadline)) changes.deadline = [isoDayOf(current.deadline), newDeadline];
    await recordChange(tx, positionId, user, changes);
    // Nobody is left waiting on a closed position. Reopening revives none of them: 岗位已关闭 is
    // final, and a student who still wants the seat applies again.
    if (change.intent === "close") await closeOpenApplications(tx, positionId, "closed", user.id);
    return { written: true, positionId };
  });
}
