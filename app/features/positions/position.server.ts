import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { notFound } from "~/lib/errors.server";
import { can } from "~/features/auth/permissions.server";
import { mayMove } from "~/features/applications";
import { isoDayOf, todayInHohhot } from "~/lib/dates";
import { isOpenForApplications, reachesStudents } from "../../../shared/open-for-applications";

/**
 * The application that ties the viewer to a position: their own as a student, or one of their
 * school's students as school staff or teacher. Null for everyone else.
 */
async function viewersApplicant(user: SessionUser, positionId: number) {
  const student =
    user.role === "STUDENT"
      ? { userId: user.id }
      : user.role === "SCHOOL_STAFF" || user.role === "TEACHER"
      ? { schoolId: user.organisationId }
      : null;
  if (!student) return null;
  const found = await prisma().application.findFirst({
    where: { positionId, student },
    select: { student: { select: { userId: true, schoolId: true } } },
  });
  return found ? { studentUserId: found.student.userId, schoolId: found.student.schoolId } : null;
}

/** A position's page. What the viewer may not see is "not found", so drafts do not leak their existence. */
export async function viewablePosition(user: SessionUser, positionId: number) {
  const position = await prisma().position.findUnique({
    where: { id: positionId },
    select: {
      id: true,
      enterpriseId: true,
      status: true,
      kind: true,
      title: true,
      description: true,
      headcount: true,
      city: true,
      district: true,
      address: true,
      payMin: true,
      payMax: true,
      startDate: true,
      durationMonths: true,
      minAge: true,
      wantedCertificates: true,
      contact: true,
      deadline: true,
      publishedAt: true,
      cluster: { select: { id: true, name: true } },
      enterprise: { select: { size: true, standing: true, organisation: { select: { name: true } } } },
      programs: { select: { program: { select: { name: true } } }, orderBy: { program: { name: "asc" } } },
      categories: { select: { category: { select: { name: true } } }, orderBy: { category: { name: "asc" } } },
    },
  });
  if (!position) notFound("找不到该岗位");
  const view = { action: "position.view", enterpriseId: position.enterpriseId, status: position.status } as const;
  if (!can(user, view) && !can(user, { ...view, applicant: await viewersApplicant(user, positionId) })) notFound("找不到该岗位");
  // Students see a position only while its enterprise is in good standing and not blocked by their
  // school (shared/open-for-applications.ts); its enterprise, schools and the bureau still see it.
  const blocked =
    user.role === "STUDENT" &&
    (await prisma().schoolEnterpriseBlock.count({
      where: { enterpriseId: position.enterpriseId, school: { students: { some: { userId: user.id } } } },
    })) > 0;
  const opening = { status: position.status, standing: position.enterprise.standing, blocked };
  if (user.role === "STUDENT" && !reachesStudents(opening)) notFound("找不到该岗位");
  const { enterprise, programs, categories, startDate, deadline, publishedAt, ...rest } = position;
  const deadlineDay = isoDayOf(deadline);
  const open = isOpenForApplications({ ...opening, deadline: deadlineDay }, todayInHohhot());
  // A student who applied sees where the application stands instead of the form again.
  const application =
    user.role === "STUDENT"
      ? await prisma().application.findFirst({
          where: { positionId, student: { userId: user.id } },
          select: { id: true, status: true },
        })
      : null;
  return {
    ...rest,
    application,
    enterpriseName: enterprise.organisation.name,
    enterpriseSize: enterprise.size,
    programs: programs.map((p) => p.program.name),
    categories: categories.map((c) => c.category.name),
    startDate: isoDayOf(startDate),
    deadline: deadlineDay,
    publishedAt: publishedAt?.toISOString() ?? null,
    open,
    may: {
      manage: can(user, { action: "position.manage", enterpriseId: position.enterpriseId }),
      // A student who withdrew, or whose application closed with the position, may apply again while it is open.
      apply: open && can(user, { action: "application.apply" }) && (!application || mayMove("student", application.status, "SUBMITTED")),
    },
  };
}
