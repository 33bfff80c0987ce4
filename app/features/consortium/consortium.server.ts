import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan, can } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import type { Prisma } from "~/generated/prisma/client";
import { isoDayOf } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import {
  kindsOfType,
  MEMBER_TYPES,
  MEMBERSHIP_STATUSES,
  memberTypeOf,
  type MemberType,
  type MembershipStatus,
} from "./membership-status";

// The 五万产业工人留呼 consortium's public page: its facts, its members by type, the member list, and the
// activities the viewer may read (docs/decisions/0015, "Consortium"). Membership moves are in
// membership.server.ts, activities in activities.server.ts.

type Db = Prisma.TransactionClient | ReturnType<typeof prisma>;

/**
 * The consortium the pages are about: the platform runs one (五万产业工人留呼工程政校企媒产教融合共同体);
 * should more rows exist, the earliest recorded is the one. 404 when none is recorded yet.
 */
export async function currentConsortium(db: Db = prisma()) {
  const c = await db.consortium.findFirst({
    orderBy: { id: "asc" },
    select: { id: true, name: true, foundedOn: true, description: true, goalPeople: true, goalYears: true },
  });
  return c ?? notFound("共同体尚未建立");
}

/** Whether a consortium is recorded: /consortium shows an empty state, not a 404, before the bureau sets one up. */
export async function consortiumRecorded(db: Db = prisma()): Promise<boolean> {
  return (await db.consortium.count()) > 0;
}

/** Approved members counted by type (MEMBER_TYPES order, zeros included): the composition the report gives. */
export async function compositionOf(consortiumId: number, db: Db = prisma()): Promise<Record<MemberType, number>> {
  const members = await db.consortiumMember.findMany({
    where: { consortiumId, status: "APPROVED" },
    select: { organisation: { select: { kind: true } } },
  });
  const counts = Object.fromEntries(MEMBER_TYPES.map((t) => [t, 0])) as Record<MemberType, number>;
  for (const m of members) counts[memberTypeOf(m.organisation.kind)] += 1;
  return counts;
}

export const PER_PAGE = 50;
/** `q` as LIKE text that matches itself: Prisma passes % and _ through as wildcards ("%" listed every member). */
const likeLiteral = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);
export const QUERY_MAX = 50;

export const MemberFilters = z.object({
  type: optionalFilter(z.enum(MEMBER_TYPES)),
  q: optionalFilter(z.string().trim().min(1).max(QUERY_MAX)),
  status: optionalFilter(z.enum(MEMBERSHIP_STATUSES)), // the bureau's alone; everyone else sees members (成员)
  page: pageNumber,
});
export type MemberFilters = z.infer<typeof MemberFilters>;

/** Activities `user` may read (permission "consortium.activity.read"): all for the bureau, else those their organisation took part in. */
export function activitiesVisibleTo(user: SessionUser): Prisma.ConsortiumActivityWhereInput {
  if (user.role === "BUREAU_ADMIN") return {};
  if (user.role === "STUDENT") return { id: -1 };
  return { participants: { some: { member: { organisationId: user.organisationId } } } };
}

/** /consortium for `user`: facts, composition, the filtered member list (paged), the viewer's own membership and readable activities. */
export async function consortiumPage(user: SessionUser, filters: MemberFilters) {
  assertCan(user, { action: "consortium.read" });
  const db = prisma();
  const c = await currentConsortium(db);
  const bureau = can(user, { action: "consortium.decide" });
  const status: MembershipStatus = bureau ? (filters.status ?? "APPROVED") : "APPROVED";
  const where: Prisma.ConsortiumMemberWhereInput = {
    consortiumId: c.id,
    status,
    organisation: {
      kind: filters.type ? { in: kindsOfType(filters.type) } : undefined,
      name: filters.q ? { contains: likeLiteral(filters.q), mode: "insensitive" } : undefined,
    },
  };
  const total = await db.consortiumMember.count({ where });
  const page = paging(filters.page, total, PER_PAGE);
  const [rows, composition, mine, activities, activityTotal] = await Promise.all([
    db.consortiumMember.findMany({
      where,
      orderBy: [{ organisation: { kind: "asc" } }, { organisation: { name: "asc" } }],
      skip: page.skip,
      take: page.take,
      select: { id: true, status: true, joinedOn: true, declineReason: true, organisation: { select: { id: true, name: true, kind: true } } },
    }),
    compositionOf(c.id, db),
    db.consortiumMember.findUnique({
      where: { consortiumId_organisationId: { consortiumId: c.id, organisationId: user.organisationId } },
      select: { status: true },
    }),
    db.consortiumActivity.findMany({
      where: { AND: [{ consortiumId: c.id }, activitiesVisibleTo(user)] },
      orderBy: [{ heldOn: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, kind: true, title: true, heldOn: true, peopleCount: true, _count: { select: { participants: true } } },
    }),
    db.consortiumActivity.count({ where: { consortiumId: c.id } }),
  ]);
  const founded = isoDayOf(c.foundedOn);
  return {
    consortium: {
      name: c.name,
      foundedOn: founded,
      description: c.description,
      goalPeople: c.goalPeople,
      goalYears: c.goalYears,
      goalUntil: founded && c.goalYears ? `${Number(founded.slice(0, 4)) + c.goalYears}${founded.slice(4)}` : null,
    },
    composition,
    members: composition ? Object.values(composition).reduce((a, b) => a + b, 0) : 0,
    bureau,
    status,
    page,
    rows: rows.map((m) => ({
      id: m.id,
      name: m.organisation.name,
      organisationId: m.organisation.id,
      type: memberTypeOf(m.organisation.kind),
      status: m.status,
      joinedOn: isoDayOf(m.joinedOn),
      declineReason: bureau ? m.declineReason : null,
    })),
    mine: mine?.status ?? null,
    mayJoin: can(user, { action: "consortium.membership", organisationId: user.organisationId }),
    mayRecord: bureau || (mine?.status === "APPROVED" && can(user, { action: "consortium.activity.record", organisationId: user.organisationId })),
    activities: activities.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      heldOn: isoDayOf(a.heldOn),
      peopleCount: a.peopleCount,
      participants: a._count.participants,
    })),
    activityTotal,
  };
}
