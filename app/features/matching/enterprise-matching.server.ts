import { prisma } from "~/db/db.server";
import { assertCan } from "~/features/auth/permissions.server";
import { isFirstYear, isGraduating } from "~/features/applications";
import type { SessionUser } from "~/features/auth/session.server";
import { agreementInForce } from "~/lib/agreements";
import { todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";

// How many students at the enterprise's partner schools (an agreement in force today) study what its open
// positions ask for, per program. Counts only: an enterprise learns a student's name when the
// student applies to it, never before.

type Match = { rank: number; reason: string };

export async function partnerStudentCounts(user: SessionUser) {
  const enterpriseId = user.organisationId;
  assertCan(user, { action: "matching.partnerStudents", enterpriseId }, "只有企业人员可以查看合作学校的对口学生");
  const db = prisma();
  const enterprise = await db.enterprise.findUnique({
    where: { organisationId: enterpriseId },
    select: { clusterId: true, cluster: { select: { name: true } }, organisation: { select: { name: true } } },
  });
  if (!enterprise) notFound("你的账号未关联企业，请联系市教育局");
  const [agreements, open] = await Promise.all([
    db.partnershipAgreement.findMany({
      where: { enterpriseId, ...agreementInForce(todayInHohhot()) },
      select: { schoolId: true, school: { select: { organisation: { select: { name: true } } } } },
    }),
    db.position.findMany({
      where: { enterpriseId, status: "PUBLISHED" },
      select: {
        programs: { select: { programId: true, program: { select: { categoryId: true } } } },
        categories: { select: { categoryId: true } },
      },
    }),
  ]);
  const partners = new Map(agreements.map((a) => [a.schoolId, a.school.organisation.name]));
  const wantedPrograms = new Set(open.flatMap((p) => p.programs.map((x) => x.programId)));
  const wantedCategories = new Set(
    open.flatMap((p) => [...p.categories.map((x) => x.categoryId), ...p.programs.map((x) => x.program.categoryId)]),
  );
  const matchOf = (program: {
    id: number;
    categoryId: number;
    clusterId: number | null;
    category: { name: string };
  }): Match | null => {
    if (wantedPrograms.has(program.id)) return { rank: 3, reason: "岗位所需专业" };
    if (wantedCategories.has(program.categoryId)) return { rank: 2, reason: `同属${program.category.name}` };
    if (enterprise.clusterId !== null && program.clusterId === enterprise.clusterId)
      return { rank: 1, reason: `同属${enterprise.cluster!.name}` };
    return null;
  };

  const offerings = await db.schoolProgram.findMany({
    where: { schoolId: { in: [...partners.keys()] } },
    select: {
      id: true,
      schoolId: true,
      program: { select: { id: true, name: true, categoryId: true, clusterId: true, category: { select: { name: true } } } },
    },
  });
  const matched = offerings.flatMap((o) => {
    const match = matchOf(o.program);
    return match ? [{ ...o, match }] : [];
  });
  const counts = await db.student.groupBy({
    by: ["schoolProgramId", "cohortYear", "graduationYear"],
    where: { schoolProgramId: { in: matched.map((o) => o.id) }, status: "ENROLLED" },
    _count: { _all: true },
  });

  const today = todayInHohhot();
  const rows = new Map<
    number,
    {
      program: string;
      reason: string;
      rank: number;
      schools: Set<string>;
      students: number;
      graduating: number;
      pastFirstYear: number;
    }
  >();
  for (const o of matched) {
    const row = rows.get(o.program.id) ?? {
      program: o.program.name,
      ...o.match,
      schools: new Set(),
      students: 0,
      graduating: 0,
      pastFirstYear: 0,
    };
    row.schools.add(partners.get(o.schoolId)!);
    for (const c of counts.filter((c) => c.schoolProgramId === o.id)) {
      row.students += c._count._all;
      if (isGraduating(c.graduationYear, today)) row.graduating += c._count._all;
      if (!isFirstYear(c.cohortYear, today)) row.pastFirstYear += c._count._all;
    }
    rows.set(o.program.id, row);
  }
  const programs = [...rows.entries()]
    .map(([id, r]) => ({ id, ...r, schools: [...r.schools].sort() }))
    .sort((a, b) => b.rank - a.rank || b.students - a.students || a.id - b.id);
  return { enterprise: enterprise.organisation.name, partnerSchools: [...partners.values()].sort(), programs };
}
