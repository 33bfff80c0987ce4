import { prisma } from "~/db/db.server";
import { assertCan } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { notFound } from "~/lib/errors.server";
import { CREDIT_CODE_CHECKED, CREDIT_CODE_TAKEN, UNKNOWN_CLUSTER, type EnterpriseProfile, type OrganisationProfile } from "./profile-schema";
import { isUniqueViolation } from "~/lib/db-errors";

const profileSelect = {
  id: true,
  kind: true,
  name: true,
  district: true,
  address: true,
  contactName: true,
  contactPhone: true,
  website: true,
  description: true,
  enterprise: { select: { clusterId: true, size: true, creditCode: true } },
} as const;

export async function editableProfile(user: SessionUser, organisationId: number) {
  const organisation = await prisma().organisation.findUnique({ where: { id: organisationId }, select: profileSelect });
  if (!organisation) notFound("找不到该单位");
  assertCan(user, { action: "organisation.edit", organisationId });
  return organisation;
}

/** The clusters an enterprise may pick, in the report's order. */
export function clusterChoices() {
  return prisma().industryCluster.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } });
}

/** Saved, or the field a value was refused for (known only once the database is asked) with its Chinese message. */
export type ProfileOutcome =
  | { ok: true; saved: { id: number; kind: string } }
  | { ok: false; field: "creditCode" | "clusterId"; message: string };

/**
 * Writes the profile. `profile` carries the enterprise fields exactly when the organisation is an
 * enterprise (the route picks the schema by kind). A credit code already held by another enterprise
 * is refused, also when both save at once: the unique index decides and its violation is the answer.
 */
export async function updateProfile(
  user: SessionUser,
  organisationId: number,
  profile: OrganisationProfile | EnterpriseProfile,
): Promise<ProfileOutcome> {
  const current = await editableProfile(user, organisationId);
  const organisation = {
    district: profile.district,
    address: profile.address,
    contactPhone: profile.contactPhone,
    website: profile.website ?? null,
    description: profile.description ?? null,
  };
  const db = prisma();
  if (!current.enterprise || !("clusterId" in profile)) {
    const saved = await db.organisation.update({ where: { id: organisationId }, data: organisation, select: { id: true, kind: true } });
    return { ok: true, saved };
  }
  if (!(await db.industryCluster.findUnique({ where: { id: profile.clusterId }, select: { id: true } }))) {
    return { ok: false, field: "clusterId", message: UNKNOWN_CLUSTER };
  }
  try {
    const creditCode = profile.creditCode ?? null;
    const saved = await db.$transaction(async (tx) => {
      // Once the bureau has looked at the enterprise (已核验 / 已暂停) the code it checked stays: the
      // standing rests on it. Asked in the update's own WHERE, so a verification landing meanwhile
      // (it holds the row lock, standing.server.ts) is seen. While 待核验 the code is the enterprise's.
      const { count } = await tx.enterprise.updateMany({
        where: { organisationId, OR: [{ standing: "UNVERIFIED" }, { creditCode: null }, { creditCode }] },
        data: { clusterId: profile.clusterId, size: profile.size, creditCode },
      });
      if (count === 0) return null;
      return tx.organisation.update({
        where: { id: organisationId },
        data: { ...organisation, contactName: profile.contactName },
        select: { id: true, kind: true },
      });
    });
    if (!saved) return { ok: false, field: "creditCode", message: CREDIT_CODE_CHECKED };
    return { ok: true, saved };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "creditCode", message: CREDIT_CODE_TAKEN };
    throw error;
  }
}

/** Where an organisation's public page lives, by kind. */
export function profilePath(organisation: { id: number; kind: string }) {
  if (organisation.kind === "SECONDARY_SCHOOL") return `/schools/${organisation.id}`;
  if (organisation.kind === "ENTERPRISE") return `/enterprises/${organisation.id}`;
  return "/";
}
