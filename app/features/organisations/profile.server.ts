import { prisma } from "~/db/db.server";
import { assertCan } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { notFound } from "~/lib/errors.server";
import type { OrganisationProfile } from "./profile-schema";

const profileSelect = {
  id: true,
  kind: true,
  name: true,
  district: true,
  address: true,
  contactPhone: true,
  website: true,
  description: true,
} as const;

export async function editableProfile(user: SessionUser, organisationId: number) {
  const organisation = await prisma().organisation.findUnique({ where: { id: organisationId }, select: profileSelect });
  if (!organisation) notFound("找不到该单位");
  assertCan(user, { action: "organisation.edit", organisationId });
  return organisation;
}

export async function updateProfile(user: SessionUser, organisationId: number, profile: OrganisationProfile) {
  await editableProfile(user, organisationId);
  return prisma().organisation.update({
    where: { id: organisationId },
    data: {
      district: profile.district,
      address: profile.address,
      contactPhone: profile.contactPhone,
      website: profile.website ?? null,
      description: profile.description ?? null,
    },
    select: profileSelect,
  });
}

/** Where an organisation's public page lives, by kind. */
export function profilePath(organisation: { id: number; kind: string }) {
  if (organisation.kind === "SECONDARY_SCHOOL") return `/schools/${organisation.id}`;
  if (organisation.kind === "ENTERPRISE") return `/enterprises/${organisation.id}`;
  return "/";
}
