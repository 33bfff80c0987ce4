import type { SessionUser } from "~/features/auth/session.server";
import { assertVisible, can } from "~/features/auth/permissions.server";
import type { Prisma } from "~/generated/prisma/client";
import { forbidden } from "~/lib/errors.server";
import type { FairStatus } from "~/lib/fairs";

// Who may know a fair exists and who may run it, from "fair.read" / "fair.manage" in permissions.server.ts.
// The list shows a draft to its organiser alone; anyone else who may not read it gets 404 on its page,
// exactly as a missing fair; a published fair of another organiser is visible, so editing it is 403.

/** The fairs a list shows `user`: every published fair, and their own organisation's drafts (not to its students). */
export function fairsListedFor(user: SessionUser): Prisma.JobFairWhereInput {
  if (user.role === "STUDENT") return { status: { not: "DRAFT" } };
  return { OR: [{ status: { not: "DRAFT" } }, { organiserId: user.organisationId }] };
}

const NOT_FOUND = "找不到该招聘会";

/** 404 unless `user` may know the fair exists. */
export function assertFairVisible(user: SessionUser, fair: { organiserId: number; status: FairStatus }): void {
  assertVisible(user, { action: "fair.read", organiserId: fair.organiserId, status: fair.status }, NOT_FOUND);
}

/** 404 for a fair `user` may not know of, 403 for one they see but do not organise. */
export function assertOrganiser(user: SessionUser, fair: { organiserId: number; status: FairStatus }): void {
  assertFairVisible(user, fair);
  if (!can(user, { action: "fair.manage", organiserId: fair.organiserId })) forbidden("只有主办方的管理人员可以管理这场招聘会");
}

export { NOT_FOUND as FAIR_NOT_FOUND };
