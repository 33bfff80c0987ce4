import { z } from "zod";
import { prisma } from "~/db/db.server";
import { can } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { District, EnterpriseSize } from "~/generated/prisma/enums";
import { agreementInForce } from "~/lib/agreements";
import { isoDayOf, todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { enterprisesBlockedForStudent } from "~/lib/hosting.server";
import { isOpenForApplications, OPEN_STATUS } from "../../../shared/open-for-applications";
import { idFilter, optionalFilter, pageNumber, paging } from "~/lib/search-params.server";

export const ENTERPRISES_PER_PAGE = 30;

export const EnterpriseFilters = z.object({
  cluster: idFilter,
  district: optionalFilter(z.enum(District)),
  size: optionalFilter(z.enum(EnterpriseSize)),
  page: pageNumber,
});
export type EnterpriseFilters = z.infer<typeof EnterpriseFilters>;

export async function listEnterprises(filters: EnterpriseFilters) {
  const db = prisma();
  const where = { clusterId: filters.cluster, size: filters.size, organisation: { district: filters.district } };
  const [total, clusters] = await Promise.all([
    db.enterprise.count({ where }),
    db.industryCluster.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  const page = paging(filters.page, total, ENTERPRISES_PER_PAGE);
  const rows = await db.enterprise.findMany({
    where,
    orderBy: { organisationId: "asc" },
    skip: page.skip,
    take: page.take,
    select: {
      size: true,
      cluster: { select: { id: true, name: true } },
      organisation: { select: { id: true, name: true, district: true } },
    },
  });
  const enterprises = rows.map((e) => ({ ...e.organisation, size: e.size, cluster: e.cluster }));
  return { enterprises, clusters, page };
}

/**
 * An enterprise's public profile: contact details are what it publishes to schools, and its positions
 * open for applications on `today` (shared/open-for-applications.ts), newest first.
 */
export async function enterpriseProfile(user: SessionUser, enterpriseId: number, today = todayInHohhot()) {
  const enterprise = await prisma().enterprise.findUnique({
    where: { organisationId: enterpriseId },
    select: {
      creditCode: true,
      size: true,
      standing: true,
      cluster: { select: { id: true, name: true } },
      organisation: {
        select: { id: true, name: true, district: true, address: true, contactName: true, contactPhone: true, website: true, description: true },
      },
      positions: {
        where: { status: OPEN_STATUS }, // narrows the read; isOpenForApplications below decides
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        select: { id: true, title: true, kind: true, status: true, city: true, district: true, payMin: true, payMax: true, deadline: true },
      },
      agreements: {
        where: agreementInForce(today),
        orderBy: { startsOn: "desc" },
        select: { id: true, kind: true, title: true, school: { select: { organisation: { select: { id: true, name: true } } } } },
      },
      trainingBases: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, capacity: true, description: true },
      },
    },
  });
  if (!enterprise) notFound("找不到该企业");
  const { organisation, agreements, positions, ...rest } = enterprise;
  // A student whose school blocked this enterprise meets none of its positions here either.
  const blocked = user.role === "STUDENT" && (await enterprisesBlockedForStudent(prisma(), user.id)).includes(enterpriseId);
  const openPositions = positions
    .map(({ deadline, ...p }) => ({ ...p, deadline: isoDayOf(deadline) }))
    .filter((p) => isOpenForApplications({ ...p, standing: enterprise.standing, blocked }, today))
    .map(({ status: _status, ...p }) => p);
  return {
    ...organisation,
    ...rest,
    openPositions,
    partners: agreements.map((a) => ({ id: a.id, kind: a.kind, title: a.title, school: a.school.organisation })),
    may: {
      edit: can(user, { action: "organisation.edit", organisationId: enterpriseId }),
      standing: can(user, { action: "enterprise.standing" }),
      block: can(user, { action: "school.blockEnterprise", schoolId: user.organisationId }),
    },
  };
}
