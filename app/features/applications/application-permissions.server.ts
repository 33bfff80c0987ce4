import type { SessionUser } from "~/features/auth/session.server";
import { forbidden } from "~/lib/errors.server";

// These rules belong in ~/features/auth/permissions.server.ts, the one place authorisation is
// decided. They wait here, written as entries of its Permission union and `can` switch, until its
// owner moves them; then every caller switches from mayDo/assertMay to can/assertCan unchanged.
// 个人信息最小化: the bureau sees counts, schools their own students, enterprises only students who applied to them.

export type ApplicationPermission =
  | { action: "application.apply" }
  | { action: "application.listOwn" }
  | { action: "application.move"; side: "student"; studentUserId: number | null }
  | { action: "application.move"; side: "enterprise"; enterpriseId: number }
  | { action: "position.applicants"; enterpriseId: number }
  | { action: "school.applications.list"; schoolId: number }
  | { action: "bureau.applications.overview" }
  | { action: "matching.recommended" }
  | { action: "matching.partnerStudents"; enterpriseId: number }
  | { action: "notification.read"; ownerUserId: number };

export function mayDo(user: SessionUser, permission: ApplicationPermission): boolean {
  const staffOf = (enterpriseId: number) => user.role === "ENTERPRISE_STAFF" && user.organisationId === enterpriseId;
  switch (permission.action) {
    case "application.apply":
    case "application.listOwn":
    case "matching.recommended":
      return user.role === "STUDENT";
    case "application.move":
      return permission.side === "student"
        ? user.role === "STUDENT" && permission.studentUserId === user.id
        : staffOf(permission.enterpriseId);
    case "position.applicants":
    case "matching.partnerStudents":
      return staffOf(permission.enterpriseId);
    case "school.applications.list":
      return (user.role === "SCHOOL_STAFF" || user.role === "TEACHER") && user.organisationId === permission.schoolId;
    case "bureau.applications.overview":
      return user.role === "BUREAU_ADMIN";
    case "notification.read":
      return permission.ownerUserId === user.id;
  }
}

export function assertMay(user: SessionUser, permission: ApplicationPermission, message?: string): void {
  if (!mayDo(user, permission)) forbidden(message);
}
