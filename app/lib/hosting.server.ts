import type { Prisma } from "~/generated/prisma/client";

// Whether an enterprise may host a school's students (issue 11, item 1): the bureau has verified it
// and not suspended it, and the school has not blocked it for its own students. Placements,
// order-classes and agreements all ask here; the positions students see follow the same rule.

/** The reason in Chinese why `enterpriseId` may not take `schoolId`'s students, or null when it may. */
export async function hostingProblem(
  db: Prisma.TransactionClient,
  { schoolId, enterpriseId }: { schoolId: number; enterpriseId: number },
): Promise<string | null> {
  const enterprise = await db.enterprise.findUnique({
    where: { organisationId: enterpriseId },
    select: { standing: true, blockedBy: { where: { schoolId }, select: { schoolId: true } } },
  });
  if (!enterprise) return "找不到该企业";
  if (enterprise.standing === "UNVERIFIED") return "该企业尚未通过市教育局核验，不能接收学生";
  if (enterprise.standing === "SUSPENDED") return "该企业已被市教育局暂停，不能接收学生";
  if (enterprise.blockedBy.length > 0) return "本校已将该企业列入不合作名单";
  return null;
}

/**
 * The enterprises the school of the student `userId` blocked for its students (SchoolEnterpriseBlock),
 * ascending; empty when the user is no student. Search takes them as an exclusion, the position page,
 * apply and recommendations as the `blocked` of shared/open-for-applications.ts.
 */
export async function enterprisesBlockedForStudent(db: Prisma.TransactionClient, userId: number): Promise<number[]> {
  const rows = await db.schoolEnterpriseBlock.findMany({
    where: { school: { students: { some: { userId } } } },
    select: { enterpriseId: true },
    orderBy: { enterpriseId: "asc" },
  });
  return rows.map((r) => r.enterpriseId);
}
