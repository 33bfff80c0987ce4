import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import type { Prisma } from "~/generated/prisma/client";

// Which order-classes a user may know exist, the same rule as "orderClass.read" in permissions.server.ts:
// the list filters with it, and one class outside it is 404. A student sees the classes of their own
// school, program and cohort (open to them) and those they already belong to.

export type ViewerStudent = { id: number; schoolId: number; schoolProgramId: number; cohortYear: number; status: string; name: string };

/** The signed-in student's own record, or null (not a student, or an account without 学籍). */
export async function viewerStudent(user: SessionUser): Promise<ViewerStudent | null> {
  if (user.role !== "STUDENT") return null;
  return prisma().student.findUnique({
    where: { userId: user.id },
    select: { id: true, schoolId: true, schoolProgramId: true, cohortYear: true, status: true, name: true },
  });
}

export function orderClassesVisibleTo(user: SessionUser, student: ViewerStudent | null): Prisma.OrderClassWhereInput {
  switch (user.role) {
    case "BUREAU_ADMIN":
      return {};
    case "SCHOOL_STAFF":
    case "TEACHER":
      return { schoolId: user.organisationId };
    case "ENTERPRISE_STAFF":
      return { enterpriseId: user.organisationId };
    case "STUDENT":
      if (!student) return { id: -1 };
      return {
        schoolId: student.schoolId,
        OR: [
          { schoolProgramId: student.schoolProgramId, cohortYear: student.cohortYear },
          { members: { some: { studentId: student.id } } },
        ],
      };
  }
}

/** Whether a class is open to `student`: their school, program and cohort, or already a member. */
export function openToStudent(
  c: { schoolId: number; schoolProgramId: number | null; cohortYear: number },
  student: ViewerStudent | null,
  member: boolean,
): boolean {
  if (!student || student.schoolId !== c.schoolId) return false;
  return member || (c.schoolProgramId === student.schoolProgramId && c.cohortYear === student.cohortYear);
}
