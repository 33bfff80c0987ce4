import { z } from "zod";
import { prisma } from "~/db/db.server";
import { can } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { District, Ownership } from "~/generated/prisma/enums";
import { notFound } from "~/lib/errors.server";
import { cohortsByOffering, enrolledBySchool } from "./enrolment.server";
import { agreementInForce } from "~/lib/agreements";
import { todayInHohhot } from "~/lib/dates";
import { cohortsInSchool } from "~/lib/school-year";
import { optionalFilter } from "~/lib/search-params.server";

export const SchoolFilters = z.object({
  district: optionalFilter(z.enum(District)),
  ownership: optionalFilter(z.enum(Ownership)),
});
export type SchoolFilters = z.infer<typeof SchoolFilters>;

/** All 34 schools fit on one page, so the list is filtered but not paginated. */
export async function listSchools(filters: SchoolFilters) {
  const schools = await prisma().school.findMany({
    where: { ownership: filters.ownership, organisation: { district: filters.district } },
    orderBy: { organisationId: "asc" },
    select: {
      ownership: true,
      supervisingLevel: true,
      isQualitySchool: true,
      organisation: { select: { id: true, name: true, district: true } },
    },
  });
  const enrolled = await enrolledBySchool({ schoolId: { in: schools.map((s) => s.organisation.id) } });
  return schools.map(({ organisation, ...school }) => ({
    ...organisation,
    ...school,
    enrolled: enrolled.get(organisation.id) ?? 0,
  }));
}

const profileSelect = (today: string) => ({
  ownership: true,
  supervisingLevel: true,
  isQualitySchool: true,
  organisation: {
    select: { id: true, name: true, district: true, address: true, contactPhone: true, website: true, description: true },
  },
  programs: {
    orderBy: { programId: "asc" },
    select: {
      id: true,
      qualityTier: true,
      program: { select: { name: true, category: { select: { name: true } }, cluster: { select: { id: true, name: true } } } },
    },
  },
  agreements: {
    // Proposals are not yet a partnership; expired, declined and ended ones are history, not partners.
    where: agreementInForce(today),
    orderBy: { startsOn: "desc" },
    select: {
      id: true,
      kind: true,
      title: true,
      enterprise: { select: { organisation: { select: { id: true, name: true } } } },
    },
  },
}) as const;

/**
 * A school's public profile; `may` says which of the school's own pages the viewer can open.
 * `cohorts` are the years in school on `today` (newest first); each program's `enrolled` and the
 * `totals` count them in that order.
 */
export async function schoolProfile(user: SessionUser, schoolId: number, today = todayInHohhot()) {
  const school = await prisma().school.findUnique({ where: { organisationId: schoolId }, select: profileSelect(today) });
  if (!school) notFound("找不到该学校");
  const cohorts = cohortsInSchool(today);
  const byOffering = await cohortsByOffering({ schoolId }, cohorts);
  const programs = school.programs.map((o) => ({
    id: o.id,
    name: o.program.name,
    category: o.program.category.name,
    cluster: o.program.cluster,
    qualityTier: o.qualityTier,
    enrolled: byOffering.get(o.id) ?? cohorts.map(() => 0),
  }));
  const totals = cohorts.map((_, i) => programs.reduce((sum, p) => sum + p.enrolled[i]!, 0));
  const partners = school.agreements.map((a) => ({
    id: a.id,
    kind: a.kind,
    title: a.title,
    enterprise: a.enterprise.organisation,
  }));
  return {
    ...school.organisation,
    ownership: school.ownership,
    supervisingLevel: school.supervisingLevel,
    isQualitySchool: school.isQualitySchool,
    cohorts,
    programs,
    totals,
    partners,
    may: {
      listStudents: can(user, { action: "school.students.list", schoolId }),
      edit: can(user, { action: "organisation.edit", organisationId: schoolId }),
    },
  };
}
