import { prisma } from "~/db/db.server";
import { assertCan } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { isoDayOf, todayInHohhot } from "~/lib/dates";
import type { Prisma } from "~/generated/prisma/client";
import { forbidden } from "~/lib/errors.server";
import { isOpenForApplications, OPEN_STATUS } from "../../../shared/open-for-applications";
import { enterprisesBlockedForStudent } from "~/lib/hosting.server";
import { rankForStudent, type StudentProfile } from "./fit";

export const RECOMMENDATIONS = 30;

async function profileOf(user: SessionUser): Promise<StudentProfile & { id: number }> {
  assertCan(user, { action: "matching.recommended" }, "只有学生有「为你推荐」");
  const student = await prisma().student.findUnique({
    where: { userId: user.id },
    select: {
      id: true,
      cohortYear: true,
      graduationYear: true,
      birthDate: true,
      school: { select: { organisation: { select: { district: true } } } },
      schoolProgram: {
        select: {
          program: {
            select: {
              id: true,
              name: true,
              categoryId: true,
              clusterId: true,
              category: { select: { name: true } },
              cluster: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!student) forbidden("你的账号未关联学籍，请联系学校");
  const { program } = student.schoolProgram;
  return {
    id: student.id,
    program: { ...program, categoryName: program.category.name, clusterName: program.cluster?.name ?? null },
    district: student.school.organisation.district,
    cohortYear: student.cohortYear,
    graduationYear: student.graduationYear,
    birthDate: isoDayOf(student.birthDate),
  };
}

export type RecommendationOptions = {
  /**
   * Include positions outside Hohhot (Position.city set, docs/decisions/0010). Off unless the student
   * asks (/recommended?outside=1): students here study and live in Hohhot (issue 9 item 9).
   */
  outside?: boolean;
};

/** Open positions that fit the student's program and that they have not applied for yet, ranked (see fit.ts). */
export async function recommendationsFor(user: SessionUser, options: RecommendationOptions = {}) {
  const outside = options.outside ?? false;
  const student = await profileOf(user);
  const today = todayInHohhot();
  const { program } = student;
  const fits: Prisma.PositionWhereInput[] = [
    { programs: { some: { programId: program.id } } },
    { programs: { some: { program: { categoryId: program.categoryId } } } },
    { categories: { some: { categoryId: program.categoryId } } },
  ];
  if (program.clusterId !== null) fits.push({ clusterId: program.clusterId });
  const rows = await prisma().position.findMany({
    where: {
      status: OPEN_STATUS, // narrows the read; isOpenForApplications below decides
      applications: { none: { studentId: student.id } },
      ...(outside ? {} : { city: null }), // null = 呼和浩特市
      AND: [{ OR: fits }],
    },
    select: {
      id: true,
      title: true,
      kind: true,
      city: true,
      district: true,
      status: true,
      deadline: true,
      startDate: true,
      minAge: true,
      clusterId: true,
      payMin: true,
      payMax: true,
      headcount: true,
      _count: { select: { applications: { where: { status: "ACCEPTED" } } } },
      enterpriseId: true,
      enterprise: { select: { standing: true, organisation: { select: { name: true } } } },
      programs: { select: { programId: true, program: { select: { categoryId: true } } } },
      categories: { select: { categoryId: true } },
    },
  });
  const blocked = new Set(await enterprisesBlockedForStudent(prisma(), user.id));
  const open = rows.filter((p) =>
    isOpenForApplications(
      { status: p.status, deadline: isoDayOf(p.deadline), standing: p.enterprise.standing, blocked: blocked.has(p.enterpriseId) },
      today,
    ),
  );
  const candidates = open.map((p) => ({
    id: p.id,
    title: p.title,
    kind: p.kind as string,
    city: p.city,
    district: p.district as string | null,
    startDate: p.startDate && isoDayOf(p.startDate),
    deadline: isoDayOf(p.deadline),
    seatsLeft: Math.max(0, p.headcount - p._count.applications),
    minAge: p.minAge,
    clusterId: p.clusterId,
    payMin: p.payMin,
    payMax: p.payMax,
    enterprise: p.enterprise.organisation.name,
    programIds: p.programs.map((x) => x.programId),
    programCategoryIds: p.programs.map((x) => x.program.categoryId),
    categoryIds: p.categories.map((x) => x.categoryId),
  }));
  const ranked = rankForStudent(student, candidates, today).slice(0, RECOMMENDATIONS);
  return {
    program: program.name,
    cohortYear: student.cohortYear,
    outside,
    positions: ranked.map(({ id, title, kind, city, district, startDate, payMin, payMax, enterprise, reasons }) => ({
      id,
      title,
      kind,
      city,
      district,
      startDate,
      payMin,
      payMax,
      enterprise,
      reasons,
    })),
  };
}
