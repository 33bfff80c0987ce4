import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import { forbidden, notFound } from "~/lib/errors.server";
import { boothAtFair, type FairStatus } from "~/lib/fairs";

// Who may scan at a fair's entrance (`fair.checkIn`): the organiser's staff and teachers. A fair they
// may not read is 404 as a missing one. People of another organisation that organises fairs (the
// bureau, another school) are answered 404 too: the entrance of someone else's fair is not theirs to
// probe. Enterprises and students know the fair (it is published) and are told they may not (403).

export type CheckInFair = { id: number; title: string; organiserId: number; status: FairStatus; startsAt: Date; endsAt: Date };

export const NOT_RUNNING_MESSAGE = "招聘会不在进行中，不能扫码";

export async function fairForCheckIn(user: SessionUser, fairId: number): Promise<CheckInFair> {
  const fair = await prisma().jobFair.findUnique({
    where: { id: fairId },
    select: { id: true, title: true, organiserId: true, status: true, startsAt: true, endsAt: true },
  });
  if (!fair) notFound("找不到该招聘会");
  assertVisible(user, { action: "fair.read", organiserId: fair.organiserId, status: fair.status }, "找不到该招聘会");
  const permission = { action: "fair.checkIn", organiserId: fair.organiserId } as const;
  if (user.role === "ENTERPRISE_STAFF" || user.role === "STUDENT") assertCan(user, permission, "只有主办方工作人员可以签到");
  else assertVisible(user, permission, "找不到该招聘会");
  return fair;
}

/** The booth of the user's enterprise at this fair, APPROVED, for lead scans (`fair.booth`); 403 otherwise. */
export async function boothForLeads(user: SessionUser, fairId: number) {
  const fair = await prisma().jobFair.findUnique({
    where: { id: fairId },
    select: { id: true, title: true, organiserId: true, status: true, startsAt: true, endsAt: true, boothsPerRow: true },
  });
  if (!fair) notFound("找不到该招聘会");
  assertVisible(user, { action: "fair.read", organiserId: fair.organiserId, status: fair.status }, "找不到该招聘会");
  assertCan(user, { action: "fair.booth", enterpriseId: user.organisationId }, "只有参会企业的工作人员可以记录意向");
  const booth = await prisma().fairBooth.findUnique({
    where: { fairId_enterpriseId: { fairId, enterpriseId: user.organisationId } },
    select: {
      id: true,
      status: true,
      boothNo: true,
      arrivedAt: true,
      enterpriseId: true,
      enterprise: { select: { standing: true } },
      positions: { select: { position: { select: { id: true, title: true } } }, orderBy: { positionId: "asc" } },
    },
  });
  if (!booth || booth.status !== "APPROVED") forbidden("贵单位在本场招聘会没有已通过的展位");
  // Approved while verified, suspended since: no longer at the fair (boothAtFair), so no lead scans.
  if (!boothAtFair({ status: booth.status, standing: booth.enterprise.standing })) forbidden("贵单位已被市教育局暂停，不能在招聘会记录意向");
  return { fair: { ...fair, status: fair.status as FairStatus }, booth };
}
