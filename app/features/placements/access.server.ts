import type { SessionUser } from "~/features/auth/session.server";
import type { Prisma } from "~/generated/prisma/client";

// Which placements a user may know exist, as a where-clause, the same rule as "placement.read" in
// permissions.server.ts: lists filter with it, and a single record outside it is 404 (assertVisible).

/** Placements `user` may see: all (bureau), their school's (office), the ones they supervise (teacher), hosted (enterprise), their own (student). */
export function placementsVisibleTo(user: SessionUser): Prisma.InternshipPlacementWhereInput {
  switch (user.role) {
    case "BUREAU_ADMIN":
      return {};
    case "SCHOOL_STAFF":
      return { schoolId: user.organisationId };
    case "TEACHER":
      return { schoolId: user.organisationId, supervisor: { userId: user.id } };
    case "ENTERPRISE_STAFF":
      return { enterpriseId: user.organisationId };
    case "STUDENT":
      return { student: { userId: user.id } };
  }
}

/** What "placement.read" needs to know of a placement. */
export const placementAccessSelect = {
  schoolId: true,
  enterpriseId: true,
  student: { select: { userId: true } },
  supervisor: { select: { userId: true } },
} as const satisfies Prisma.InternshipPlacementSelect;

export function readPermission(p: { schoolId: number; enterpriseId: number; student: { userId: number | null }; supervisor: { userId: number | null } | null }) {
  return {
    action: "placement.read" as const,
    schoolId: p.schoolId,
    enterpriseId: p.enterpriseId,
    studentUserId: p.student.userId,
    supervisorUserId: p.supervisor?.userId ?? null,
  };
}
