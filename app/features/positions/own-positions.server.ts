import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { pageNumber, paging } from "~/lib/search-params.server";
import { ownEnterpriseId } from "~/features/auth/permissions.server";
import { isoDayOf } from "~/lib/dates";

export const OWN_POSITIONS_PER_PAGE = 50;

export const readPage = (request: Request) => pageNumber.parse(new URL(request.url).searchParams.get("page") ?? undefined);

/** The user's enterprise's positions in every status, newest change first, with how many applied. */
export async function ownPositions(user: SessionUser, requestedPage: number) {
  const enterpriseId = ownEnterpriseId(user);
  const db = prisma();
  const total = await db.position.count({ where: { enterpriseId } });
  const page = paging(requestedPage, total, OWN_POSITIONS_PER_PAGE);
  const rows = await db.position.findMany({
    where: { enterpriseId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      headcount: true,
      deadline: true,
      updatedAt: true,
      _count: { select: { applications: true } },
    },
  });
  const positions = rows.map(({ _count, deadline, updatedAt, ...p }) => ({
    ...p,
    deadline: isoDayOf(deadline),
    updatedAt: updatedAt.toISOString(),
    applications: _count.applications,
  }));
  return { enterprise: user.organisation.name, positions, page };
}
