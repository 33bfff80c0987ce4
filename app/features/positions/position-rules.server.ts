import type { SessionUser } from "~/features/auth/session.server";
import { forbidden } from "~/lib/errors.server";

// Who may do what with positions. These rules belong in ~/features/auth/permissions.server.ts,
// the one place authorisation is decided; they wait here, written the same way, until its owner
// adds the matching Permission entries (position.manage, position.view, position.apply).

/** Only staff of the owning enterprise write a position: not the bureau, not schools. */
export function mayManagePositions(user: SessionUser, enterpriseId: number): boolean {
  return user.role === "ENTERPRISE_STAFF" && user.organisationId === enterpriseId;
}

/** A published position is for everyone signed in; a draft or closed one only for its owners and the bureau. */
export function mayViewPosition(user: SessionUser, position: { enterpriseId: number; status: string }): boolean {
  return position.status === "PUBLISHED" || user.role === "BUREAU_ADMIN" || mayManagePositions(user, position.enterpriseId);
}

/** Only students apply; the apply action decides the rest (deadline, duplicates). */
export function mayApply(user: SessionUser): boolean {
  return user.role === "STUDENT";
}

/** The enterprise the user manages positions for, or 403. */
export function ownEnterpriseId(user: SessionUser): number {
  if (user.role !== "ENTERPRISE_STAFF") forbidden("只有企业人员可以管理岗位");
  return user.organisationId;
}
