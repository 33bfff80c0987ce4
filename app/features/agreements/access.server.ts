import type { SessionUser } from "~/features/auth/session.server";
import type { Prisma } from "~/generated/prisma/client";
import type { AgreementSideName } from "./transitions";

// Which agreements a user may know exist, as a where-clause: the same rule as "agreement.read" in
// permissions.server.ts. Lists filter with it; a single record outside it is 404 (assertVisible).

export function agreementsVisibleTo(user: SessionUser): Prisma.PartnershipAgreementWhereInput {
  switch (user.role) {
    case "BUREAU_ADMIN":
      return {};
    case "SCHOOL_STAFF":
      return { schoolId: user.organisationId };
    case "ENTERPRISE_STAFF":
      return { enterpriseId: user.organisationId };
    default:
      return { id: -1 };
  }
}

/** The party a user acts for: school staff for their school, enterprise staff for theirs; others none. */
export function sideOf(user: SessionUser): AgreementSideName | null {
  if (user.role === "SCHOOL_STAFF") return "SCHOOL";
  if (user.role === "ENTERPRISE_STAFF") return "ENTERPRISE";
  return null;
}
