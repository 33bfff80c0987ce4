import { forbidden } from "~/lib/errors.server";
import type { SessionUser } from "./session.server";

// Every loader and action asks here, and only here, whether the user may do something.
// Rules are by role and by organisation: staff act for their own organisation; the bureau
// oversees all; nobody reaches another school's or enterprise's private records.

export type Permission =
  | { action: "organisation.edit"; organisationId: number }
  | { action: "school.students.list"; schoolId: number }
  | { action: "student.read"; schoolId: number; studentUserId: number | null }
  | { action: "student.readPersonal"; schoolId: number; studentUserId: number | null };

export function can(user: SessionUser, permission: Permission): boolean {
  const bureau = user.role === "BUREAU_ADMIN";
  switch (permission.action) {
    case "organisation.edit":
      return (
        bureau ||
        ((user.role === "SCHOOL_STAFF" || user.role === "ENTERPRISE_STAFF") &&
          user.organisationId === permission.organisationId)
      );
    case "school.students.list":
      return (
        bureau ||
        ((user.role === "SCHOOL_STAFF" || user.role === "TEACHER") && user.organisationId === permission.schoolId)
      );
    case "student.read":
      return (
        bureau ||
        permission.studentUserId === user.id ||
        ((user.role === "SCHOOL_STAFF" || user.role === "TEACHER") && user.organisationId === permission.schoolId)
      );
    case "student.readPersonal":
      // 个人信息最小化: birth date and contact details only for the student's own school office and the bureau.
      return (
        bureau ||
        permission.studentUserId === user.id ||
        (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId)
      );
  }
}

export function assertCan(user: SessionUser, permission: Permission): void {
  if (!can(user, permission)) forbidden();
}
