import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { useTestDatabase } from "../support/test-database";

// The CHECK constraints in the init migration are the last line of defence: whatever a form,
// an import script or a future bug sends, the database itself refuses these rows. Each case
// inserts through Prisma one row that breaks exactly one rule, and rows on the edge that are fine.

const t = useTestDatabase();
let prisma: PrismaClient;
let world: Awaited<ReturnType<typeof buildWorld>>;
let seq = 0;
const unique = (label: string) => `${label}-${++seq}`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The few rows everything else hangs off: one school, one enterprise, a program, a student, a teacher. */
async function buildWorld(prisma: PrismaClient) {
  const school = await prisma.organisation.create({
    data: {
      kind: "SECONDARY_SCHOOL",
      name: "呼和浩特市第一职业中等专业学校",
      school: { create: { ownership: "PUBLIC", supervisingLevel: "CITY" } },
    },
  });
  const enterprise = await prisma.organisation.create({
    data: { kind: "ENTERPRISE", name: "伊利实业集团股份有限公司", enterprise: { create: {} } },
  });
  const category = await prisma.programCategory.create({ data: { code: "71", name: "电子与信息大类" } });
  const program = await prisma.program.create({ data: { name: "计算机应用", categoryId: category.id } });
  const schoolProgram = await prisma.schoolProgram.create({ data: { schoolId: school.id, programId: program.id } });
  const teacher = await prisma.teacher.create({ data: { schoolId: school.id, name: "王老师" } });
  const trainingBase = await prisma.trainingBase.create({ data: { enterpriseId: enterprise.id, name: "乳业实训基地", capacity: 20 } });
  const ids = { schoolId: school.id, enterpriseId: enterprise.id, schoolProgramId: schoolProgram.id, teacherId: teacher.id, trainingBaseId: trainingBase.id };
  return { ...ids, studentId: (await student(prisma, ids)).id, positionId: (await position(prisma, ids)).id };
}

type Ids = { schoolId: number; enterpriseId: number; schoolProgramId: number };
const student = (prisma: PrismaClient, ids: Ids, data: Partial<Prisma.StudentUncheckedCreateInput> = {}) =>
  prisma.student.create({
    data: {
      schoolId: ids.schoolId,
      schoolProgramId: ids.schoolProgramId,
      name: unique("学生"),
      birthDate: day("2008-03-15"),
      cohortYear: 2024,
      graduationYear: 2027,
      ...data,
    },
  });
const position = (prisma: PrismaClient, ids: Ids, data: Partial<Prisma.PositionUncheckedCreateInput> = {}) =>
  prisma.position.create({
    data: { enterpriseId: ids.enterpriseId, kind: "INTERNSHIP", title: unique("岗位"), description: "生产线实习", headcount: 5, ...data },
  });

type Row = Record<string, unknown>;
type Case = { constraint: string; insert: (data: Row) => Promise<unknown>; bad: Row; good: Row[] };

const cases: Case[] = [
  { constraint: "Position_headcount_check", insert: (d) => position(prisma, world, d), bad: { headcount: 0 }, good: [{ headcount: 1 }] },
  { constraint: "Position_payMin_check", insert: (d) => position(prisma, world, d), bad: { payMin: -1 }, good: [{ payMin: 0 }] },
  {
    constraint: "Position_payMax_check",
    insert: (d) => position(prisma, world, d),
    bad: { payMin: 3000, payMax: 2999 },
    good: [{ payMin: 3000, payMax: 3000 }, { payMin: 3000, payMax: null }, { payMin: null, payMax: 2000 }],
  },
  // Without a minimum, a negative maximum must still be refused.
  { constraint: "Position_payMax_check", insert: (d) => position(prisma, world, d), bad: { payMin: null, payMax: -1 }, good: [{ payMax: 0 }] },
  { constraint: "Position_durationMonths_check", insert: (d) => position(prisma, world, d), bad: { durationMonths: 0 }, good: [{ durationMonths: 1 }] },
  { constraint: "Position_minAge_check", insert: (d) => position(prisma, world, d), bad: { minAge: 15 }, good: [{ minAge: 16 }, { minAge: null }] },
  {
    constraint: "JobFair_endsAt_check",
    insert: (d) =>
      prisma.jobFair.create({
        data: { organiserId: world.schoolId, title: unique("双选会"), venue: "体育馆", startsAt: new Date("2026-05-20T09:00:00Z"), endsAt: new Date("2026-05-20T17:00:00Z"), studentCapacity: 500, ...d },
      }),
    bad: { endsAt: new Date("2026-05-20T09:00:00Z") },
    good: [{ endsAt: new Date("2026-05-20T09:00:01Z") }],
  },
  {
    constraint: "JobFair_studentCapacity_check",
    insert: (d) =>
      prisma.jobFair.create({
        data: { organiserId: world.schoolId, title: unique("双选会"), venue: "体育馆", startsAt: new Date("2026-05-20T09:00:00Z"), endsAt: new Date("2026-05-20T17:00:00Z"), studentCapacity: 500, ...d },
      }),
    bad: { studentCapacity: -1 },
    good: [{ studentCapacity: 0 }],
  },
  {
    constraint: "PartnershipAgreement_endsOn_check",
    insert: (d) =>
      prisma.partnershipAgreement.create({
        data: { schoolId: world.schoolId, enterpriseId: world.enterpriseId, kind: "COOPERATION", title: unique("协议"), startsOn: day("2026-09-01"), ...d },
      }),
    bad: { endsOn: day("2026-08-31") },
    good: [{ endsOn: day("2026-09-01") }, { endsOn: null }],
  },
  {
    constraint: "OrderClass_capacity_check",
    insert: (d) =>
      prisma.orderClass.create({
        data: { schoolId: world.schoolId, enterpriseId: world.enterpriseId, kind: "ORDER_CLASS", name: unique("订单班"), cohortYear: 2025, capacity: 40, ...d },
      }),
    bad: { capacity: -1 },
    good: [{ capacity: 0 }],
  },
  {
    constraint: "OrderClass_endsOn_check",
    insert: (d) =>
      prisma.orderClass.create({
        data: { schoolId: world.schoolId, enterpriseId: world.enterpriseId, kind: "ORDER_CLASS", name: unique("订单班"), cohortYear: 2025, capacity: 40, startsOn: day("2025-09-01"), ...d },
      }),
    bad: { endsOn: day("2025-08-31") },
    good: [{ endsOn: day("2025-09-01") }, { endsOn: null }],
  },
  {
    constraint: "InternshipPlacement_endsOn_check",
    insert: (d) =>
      prisma.internshipPlacement.create({
        data: { studentId: world.studentId, schoolId: world.schoolId, enterpriseId: world.enterpriseId, startsOn: day("2026-03-01"), endsOn: day("2026-08-31"), ...d },
      }),
    bad: { endsOn: day("2026-03-01") },
    good: [{ endsOn: day("2026-03-02") }],
  },
  {
    constraint: "InternshipPlacement_monthlyPay_check",
    insert: (d) =>
      prisma.internshipPlacement.create({
        data: { studentId: world.studentId, schoolId: world.schoolId, enterpriseId: world.enterpriseId, startsOn: day("2026-03-01"), endsOn: day("2026-08-31"), ...d },
      }),
    bad: { monthlyPay: -1 },
    good: [{ monthlyPay: 0 }],
  },
  {
    constraint: "TrainingBase_capacity_check",
    insert: (d) => prisma.trainingBase.create({ data: { enterpriseId: world.enterpriseId, name: unique("实训基地"), capacity: 10, ...d } }),
    bad: { capacity: -1 },
    good: [{ capacity: 0 }],
  },
  {
    constraint: "TeacherPlacement_endsOn_check",
    insert: (d) =>
      prisma.teacherPlacement.create({
        data: { teacherId: world.teacherId, trainingBaseId: world.trainingBaseId, startsOn: day("2026-07-10"), endsOn: day("2026-08-10"), ...d },
      }),
    bad: { endsOn: day("2026-07-09") },
    good: [{ endsOn: day("2026-07-10") }],
  },
  {
    constraint: "Student_graduationYear_check",
    insert: (d) => student(prisma, world, d),
    bad: { cohortYear: 2024, graduationYear: 2023 },
    good: [{ cohortYear: 2024, graduationYear: 2024 }],
  },
  {
    constraint: "GraduateDestination_monthlyIncome_check",
    // A graduate has one destination, so each row needs a student of its own.
    insert: async (d) =>
      prisma.graduateDestination.create({
        data: { studentId: (await student(prisma, world)).id, graduationYear: 2027, kind: "EMPLOYED_CONTRACT", ...d },
      }),
    bad: { monthlyIncome: -1 },
    good: [{ monthlyIncome: 0 }, { monthlyIncome: null }],
  },
];

beforeAll(async () => {
  prisma = t.db.prisma;
  world = await buildWorld(prisma);
});

describe("CHECK constraints", () => {
  it("every CHECK in the database has a case here", async () => {
    const rows = await t.db.sql.query<{ name: string }>(
      `SELECT conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE c.contype = 'c' AND n.nspname = current_schema()`,
    );
    expect(rows.map((r) => r.name).sort()).toEqual([...new Set(cases.map((c) => c.constraint))].sort());
  });

  describe.each(cases)("$constraint", ({ constraint, insert, bad, good }) => {
    it("refuses the bad row", async () => {
      await expect(insert(bad)).rejects.toThrow(`violates check constraint "${constraint}"`);
    });

    it.each(good)("accepts %o", async (row) => {
      await expect(insert(row)).resolves.toBeDefined();
    });
  });
});

describe("applications", () => {
  it("refuses a second application by the same student to the same position", async () => {
    const other = await position(prisma, world);
    await prisma.application.create({ data: { positionId: other.id, studentId: world.studentId } });
    await expect(prisma.application.create({ data: { positionId: other.id, studentId: world.studentId } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("accepts the same student applying elsewhere, and another student applying here", async () => {
    const here = await position(prisma, world);
    const elsewhere = await position(prisma, world);
    const classmate = await student(prisma, world);
    await prisma.application.create({ data: { positionId: here.id, studentId: world.studentId } });
    await expect(prisma.application.create({ data: { positionId: elsewhere.id, studentId: world.studentId } })).resolves.toBeDefined();
    await expect(prisma.application.create({ data: { positionId: here.id, studentId: classmate.id } })).resolves.toBeDefined();
  });
});
