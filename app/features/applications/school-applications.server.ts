import { z } from "zod";
import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { idFilter, optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import { assertCan } from "~/features/auth/permissions.server";
import { APPLICATION_STATUSES, type ApplicationStatus } from "./application-status";
import { moment } from "~/lib/dates";

// A school follows its own students' applications and outcomes; it cannot change them. Every
// query is keyed by the user's own school, so there is no id in the URL to point at another one.

export const PER_PAGE = 50;

export const SchoolApplicationFilters = z.object({
  status: optionalFilter(z.enum(APPLICATION_STATUSES)),
  program: idFilter, // SchoolProgram id of this school
  page: pageNumber,
});
export type SchoolApplicationFilters = z.infer<typeof SchoolApplicationFilters>;

export async function schoolApplications(user: SessionUser, filters: SchoolApplicationFilters) {
  const schoolId = user.organisationId;
  assertCan(user, { action: "school.applications.list", schoolId }, "只有学校的老师和管理员可以查看本校学生的申请");
  const db = prisma();
  const ofSchool = { student: { schoolId } };
  const where = { student: { schoolId, schoolProgramId: filters.program }, status: filters.status };
  const [total, byStatus, offerings] = await Promise.all([
    db.application.count({ where }),
    db.application.groupBy({ by: ["status"], where: ofSchool, _count: { _all: true } }),
    db.schoolProgram.findMany({
      where: { schoolId },
      orderBy: { programId: "asc" },
      select: { id: true, program: { select: { name: true } } },
    }),
  ]);
  const page = paging(filters.page, total, PER_PAGE);
  const rows = await db.application.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      status: true,
      updatedAt: true,
      student: {
        select: { id: true, name: true, cohortYear: true, schoolProgram: { select: { program: { select: { name: true } } } } },
      },
      position: { select: { title: true, kind: true, enterprise: { select: { organisation: { select: { name: true } } } } } },
    },
  });
  const tally = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  for (const g of byStatus) tally[g.status] = g._count._all;
  return {
    school: user.organisation.name,
    tally,
    programs: offerings.map((o) => ({ value: o.id, label: o.program.name })),
    page,
    applications: rows.map((a) => ({
      id: a.id,
      status: a.status,
      updatedAt: moment(a.updatedAt),
      student: {
        id: a.student.id,
        name: a.student.name,
        cohortYear: a.student.cohortYear,
        program: a.student.schoolProgram.program.name,
      },
      position: { title: a.position.title, kind: a.position.kind, enterprise: a.position.enterprise.organisation.name },
    })),
  };
}
