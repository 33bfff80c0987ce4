import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { dayColumn, isoDayOf, todayInHohhot } from "~/lib/dates";
import { forbidden, notFound } from "~/lib/errors.server";
import type { ActivityInput } from "./consortium-schema";
import { currentConsortium } from "./consortium.server";
import { MEMBER_TYPE_LABEL, memberTypeOf } from "./membership-status";

// Consortium activities (会议、合作项目、培训): recorded after they took place, with the members who took part.
// The bureau records any; a member's school office or enterprise staff records those its organisation
// took part in (it organised or joined them). Read by the bureau and the people of the organisations that
// took part, nobody else (docs/decisions/0015): another organisation gets 404 (assertVisible).

const NOT_FOUND = "找不到该活动";

/** The recording user's own approved membership id; 403 for anyone but the bureau and an approved member's office/staff. */
async function recorderMemberId(user: SessionUser, consortiumId: number): Promise<number | null> {
  assertCan(user, { action: "consortium.activity.record", organisationId: user.organisationId }, "只有教育局和共同体成员单位可以记录活动");
  if (user.role === "BUREAU_ADMIN") return null;
  const mine = await prisma().consortiumMember.findUnique({
    where: { consortiumId_organisationId: { consortiumId, organisationId: user.organisationId } },
    select: { id: true, status: true },
  });
  if (mine?.status !== "APPROVED") forbidden("只有共同体成员单位可以记录活动");
  return mine.id;
}

/** /consortium/activities/new's loader: the members who may be named as participants (approved ones). */
export async function activityFormContext(user: SessionUser) {
  const c = await currentConsortium();
  const own = await recorderMemberId(user, c.id);
  const members = await prisma().consortiumMember.findMany({
    where: { consortiumId: c.id, status: "APPROVED" },
    orderBy: [{ organisation: { kind: "asc" } }, { organisation: { name: "asc" } }],
    select: { id: true, organisation: { select: { name: true, kind: true } } },
  });
  return {
    today: todayInHohhot(),
    own,
    members: members.map((m) => ({ value: m.id, label: m.organisation.name, type: MEMBER_TYPE_LABEL[memberTypeOf(m.organisation.kind)] })),
  };
}

export type RecordOutcome = { recorded: true; id: number } | { recorded: false; field: "heldOn" | "memberIds"; message: string };

/** Records an activity; the day may not be after today (Hohhot) nor before the consortium's foundedOn, and every participant must be an approved member. */
export async function recordActivity(user: SessionUser, input: ActivityInput): Promise<RecordOutcome> {
  const c = await currentConsortium();
  const own = await recorderMemberId(user, c.id);
  if (input.heldOn > todayInHohhot()) return { recorded: false, field: "heldOn", message: "活动日期不能晚于今天（只记录已开展的活动）" };
  // An activity is the consortium's: not before it was founded (break13: any day from 2000 was taken).
  const founded = isoDayOf(c.foundedOn);
  if (founded && input.heldOn < founded) return { recorded: false, field: "heldOn", message: `活动日期不能早于共同体成立日期（${founded}）` };
  const ids = [...new Set(input.memberIds)];
  return prisma().$transaction(async (tx) => {
    const approved = await tx.consortiumMember.count({ where: { id: { in: ids }, consortiumId: c.id, status: "APPROVED" } });
    if (approved !== ids.length) return { recorded: false, field: "memberIds", message: "参与单位须是共同体的在册成员" } as const;
    if (own !== null && !ids.includes(own)) return { recorded: false, field: "memberIds", message: "本单位须是参与单位之一" } as const;
    const activity = await tx.consortiumActivity.create({
      data: {
        consortiumId: c.id,
        kind: input.kind,
        title: input.title,
        heldOn: dayColumn(input.heldOn),
        description: input.description || null,
        peopleCount: input.peopleCount ?? null,
        recordedById: user.id,
        participants: { create: ids.map((memberId) => ({ memberId })) },
      },
      select: { id: true },
    });
    return { recorded: true, id: activity.id } as const;
  });
}

/** One activity with its participants; 404 when missing or when the user's organisation did not take part (and not the bureau). */
export async function activityPage(user: SessionUser, activityId: number) {
  const a = await prisma().consortiumActivity.findUnique({
    where: { id: activityId },
    select: {
      id: true,
      kind: true,
      title: true,
      heldOn: true,
      description: true,
      peopleCount: true,
      recordedBy: { select: { displayName: true } },
      consortium: { select: { name: true } },
      participants: {
        orderBy: [{ member: { organisation: { kind: "asc" } } }, { member: { organisation: { name: "asc" } } }],
        select: { member: { select: { organisationId: true, organisation: { select: { name: true, kind: true } } } } },
      },
    },
  });
  if (!a) notFound(NOT_FOUND);
  const participantOrganisationIds = a.participants.map((p) => p.member.organisationId);
  assertVisible(user, { action: "consortium.activity.read", participantOrganisationIds }, NOT_FOUND);
  return {
    activity: {
      id: a.id,
      kind: a.kind,
      title: a.title,
      heldOn: isoDayOf(a.heldOn),
      description: a.description,
      peopleCount: a.peopleCount,
      recordedBy: a.recordedBy?.displayName ?? null,
      consortium: a.consortium.name,
    },
    participants: a.participants.map((p) => ({
      organisationId: p.member.organisationId,
      name: p.member.organisation.name,
      type: MEMBER_TYPE_LABEL[memberTypeOf(p.member.organisation.kind)],
    })),
  };
}
