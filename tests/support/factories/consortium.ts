import type { Prisma } from "~/generated/prisma/client";
import { day, next, type FactoryContext } from "./context";
import { enterprise } from "./organisation";

// 产教融合共同体 (issue 13): a consortium founded 2023-11-01 aiming at 50,000 people in 3 years; a member
// (APPROVED, a new enterprise) of a new consortium; an activity (a 会议 on 2026-06-01) of a new consortium.

type DayColumn = string | Date | null;

export type ConsortiumTraits = Partial<Omit<Prisma.ConsortiumUncheckedCreateInput, "foundedOn">> & { foundedOn?: DayColumn };

export async function consortium(ctx: FactoryContext, traits: ConsortiumTraits = {}) {
  const n = next();
  const { foundedOn = "2023-11-01", ...columns } = traits;
  return ctx.db.prisma.consortium.create({
    data: { name: `测试产教融合共同体${n}`, goalPeople: 50_000, goalYears: 3, ...columns, foundedOn: day(foundedOn) ?? null },
  });
}

export type ConsortiumMemberTraits = Partial<Omit<Prisma.ConsortiumMemberUncheckedCreateInput, "joinedOn">> & { joinedOn?: DayColumn };

export async function consortiumMember(ctx: FactoryContext, traits: ConsortiumMemberTraits = {}) {
  const { joinedOn = "2023-11-01", ...columns } = traits;
  const consortiumId = columns.consortiumId ?? (await consortium(ctx)).id;
  const organisationId = columns.organisationId ?? (await enterprise(ctx)).id;
  return ctx.db.prisma.consortiumMember.create({
    data: { ...columns, consortiumId, organisationId, joinedOn: day(joinedOn) ?? null },
  });
}

export type ConsortiumActivityTraits = Partial<Omit<Prisma.ConsortiumActivityUncheckedCreateInput, "heldOn">> & {
  heldOn?: string | Date;
  /** ConsortiumMember ids who took part. */
  memberIds?: readonly number[];
};

export async function consortiumActivity(ctx: FactoryContext, traits: ConsortiumActivityTraits = {}) {
  const n = next();
  const { heldOn = "2026-06-01", memberIds = [], ...columns } = traits;
  const consortiumId = columns.consortiumId ?? (await consortium(ctx)).id;
  return ctx.db.prisma.consortiumActivity.create({
    data: {
      kind: "MEETING",
      title: `测试共同体活动${n}`,
      ...columns,
      consortiumId,
      heldOn: day(heldOn)!,
      participants: { create: memberIds.map((memberId) => ({ memberId })) },
    },
  });
}
