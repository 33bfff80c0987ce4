import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "~/generated/prisma/client";
import type { Factories } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

// The CHECK constraints in the init migration are the last line of defence: whatever a form,
// an import script or a future bug sends, the database itself refuses these rows. Each case
// inserts one row that breaks exactly one rule, and rows on the edge that are fine: each a valid
// row from the factories with the case's columns laid over it. The duplicate application is
// inserted straight through Prisma, on purpose.

const t = useTestDatabase();
let prisma: PrismaClient;
let world: Awaited<ReturnType<typeof buildWorld>>;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The few rows everything else hangs off, from the factories: a school with a program and a student, a teacher, an enterprise with a training base. */
async function buildWorld(make: Factories) {
  const school = await make.school();
  const schoolProgram = await make.schoolProgram({ schoolId: school.id });
  const enterprise = await make.enterprise();
  return {
    schoolId: school.id,
    schoolProgramId: schoolProgram.id,
    studentId: (await make.student({ schoolId: school.id, schoolProgramId: schoolProgram.id })).id,
    teacherId: (await make.teacher({ schoolId: school.id })).id,
    enterpriseId: enterprise.id,
    trainingBaseId: (await make.trainingBase({ enterpriseId: enterprise.id })).id,
    userId: (await make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id,
  };
}

// A valid row of each kind in the world above, with `data` laid over it; a case's bad data breaks exactly one rule.
const student = (data: Row = {}) => t.make.student({ schoolId: world.schoolId, schoolProgramId: world.schoolProgramId, ...data });
const placement = (data: Row = {}) =>
  t.make.internshipPlacement({ studentId: world.studentId, schoolId: world.schoolId, enterpriseId: world.enterpriseId, startsOn: "2026-03-01", endsOn: "2026-08-31", ...data });
const mentorTeaching = (data: Row = {}) => t.make.mentorTeaching({ schoolId: world.schoolId, enterpriseId: world.enterpriseId, ...data });
const position = (data: Row = {}) => t.make.position({ enterpriseId: world.enterpriseId, kind: "INTERNSHIP", headcount: 5, status: "DRAFT", ...data });

type Row = Record<string, unknown>;
type Case = { constraint: string; insert: (data: Row) => Promise<unknown>; bad: Row; good: Row[] };

const cases: Case[] = [
  { constraint: "Position_headcount_check", insert: (d) => position(d), bad: { headcount: 0 }, good: [{ headcount: 1 }] },
  { constraint: "Position_payMin_check", insert: (d) => position(d), bad: { payMin: -1 }, good: [{ payMin: 0 }] },
  {
    constraint: "Position_payMax_check",
    insert: (d) => position(d),
    bad: { payMin: 3000, payMax: 2999 },
    good: [{ payMin: 3000, payMax: 3000 }, { payMin: 3000, payMax: null }, { payMin: null, payMax: 2000 }],
  },
  // Without a minimum, a negative maximum must still be refused.
  { constraint: "Position_payMax_check", insert: (d) => position(d), bad: { payMin: null, payMax: -1 }, good: [{ payMax: 0 }] },
  // 工作城市 (docs/decisions/0010): a city outside Hohhot has no Hohhot district, and Hohhot itself is null.
  {
    constraint: "Position_city_check",
    insert: (d) => position(d),
    bad: { city: "包头市", district: "SAIHAN" },
    good: [{ city: "包头市", district: null }, { city: null, district: "SAIHAN" }],
  },
  { constraint: "Position_city_check", insert: (d) => position(d), bad: { city: "呼和浩特市", district: null }, good: [{ city: "北京市" }] },
  { constraint: "Position_city_check", insert: (d) => position(d), bad: { city: " ", district: null }, good: [{ city: null }] },
  { constraint: "Position_durationMonths_check", insert: (d) => position(d), bad: { durationMonths: 0 }, good: [{ durationMonths: 1 }] },
  { constraint: "Position_minAge_check", insert: (d) => position(d), bad: { minAge: 15 }, good: [{ minAge: 16 }, { minAge: null }] },
  {
    constraint: "JobFair_endsAt_check",
    insert: (d) => t.make.jobFair({ organiserId: world.schoolId, startsAt: new Date("2026-05-20T09:00:00Z"), endsAt: new Date("2026-05-20T17:00:00Z"), ...d }),
    bad: { endsAt: new Date("2026-05-20T09:00:00Z") },
    good: [{ endsAt: new Date("2026-05-20T09:00:01Z") }],
  },
  {
    constraint: "JobFair_booths_check",
    insert: (d) => t.make.jobFair({ organiserId: world.schoolId, startsAt: new Date("2026-05-20T09:00:00Z"), endsAt: new Date("2026-05-20T17:00:00Z"), ...d }),
    bad: { boothCount: -1 },
    good: [{ boothCount: 0 }],
  },
  {
    constraint: "JobFair_booths_check",
    insert: (d) => t.make.jobFair({ organiserId: world.schoolId, startsAt: new Date("2026-05-20T09:00:00Z"), endsAt: new Date("2026-05-20T17:00:00Z"), ...d }),
    bad: { boothsPerRow: 0 },
    good: [{ boothsPerRow: 1 }],
  },
  {
    constraint: "JobFair_venue_check",
    insert: (d) => t.make.jobFair({ organiserId: world.schoolId, startsAt: new Date("2026-05-20T09:00:00Z"), endsAt: new Date("2026-05-20T17:00:00Z"), ...d }),
    bad: { online: false, venue: null },
    good: [{ online: true, venue: null }, { online: false, venue: "体育馆" }],
  },
  {
    constraint: "FairBooth_representatives_check",
    insert: (d) => t.make.fairBooth(d),
    bad: { representatives: 0 },
    good: [{ representatives: 1 }],
  },
  {
    constraint: "FairBooth_boothNo_check",
    insert: (d) => t.make.fairBooth(d),
    bad: { boothNo: 3, status: "REQUESTED" },
    good: [{ boothNo: 1, status: "APPROVED" }, { boothNo: null, status: "REQUESTED" }],
  },
  {
    constraint: "FairBooth_boothNo_check",
    insert: (d) => t.make.fairBooth(d),
    bad: { boothNo: 0, status: "APPROVED" },
    good: [{ boothNo: 1, status: "APPROVED" }],
  },
  {
    constraint: "FairLead_rating_check",
    insert: (d) => t.make.fairLead(d),
    bad: { rating: 6 },
    good: [{ rating: 5 }, { rating: 1 }, { rating: null }],
  },
  {
    constraint: "FairLead_rating_check",
    insert: (d) => t.make.fairLead(d),
    bad: { rating: 0 },
    good: [{ rating: 1 }],
  },
  {
    constraint: "PartnershipAgreement_endsOn_check",
    insert: (d) => t.make.agreement({ schoolId: world.schoolId, enterpriseId: world.enterpriseId, startsOn: day("2026-09-01"), ...d }),
    bad: { endsOn: day("2026-08-31") },
    good: [{ endsOn: day("2026-09-01") }, { endsOn: null }],
  },
  {
    constraint: "OrderClass_capacity_check",
    insert: (d) => t.make.orderClass({ schoolId: world.schoolId, enterpriseId: world.enterpriseId, ...d }),
    bad: { capacity: -1 },
    good: [{ capacity: 0 }],
  },
  {
    constraint: "OrderClass_endsOn_check",
    insert: (d) => t.make.orderClass({ schoolId: world.schoolId, enterpriseId: world.enterpriseId, startsOn: day("2025-09-01"), ...d }),
    bad: { endsOn: day("2025-08-31") },
    good: [{ endsOn: day("2025-09-01") }, { endsOn: null }],
  },
  {
    constraint: "InternshipPlacement_endsOn_check",
    insert: (d) => placement(d),
    bad: { endsOn: day("2026-03-01") },
    good: [{ endsOn: day("2026-03-02") }],
  },
  {
    constraint: "InternshipPlacement_monthlyPay_check",
    insert: (d) => placement(d),
    bad: { monthlyPay: -1 },
    good: [{ monthlyPay: 0 }],
  },
  {
    constraint: "InternshipPlacement_insurance_check",
    insert: (d) => placement(d),
    bad: { insuranceFrom: day("2026-03-01"), insuranceTo: day("2026-02-28") },
    good: [{ insuranceFrom: day("2026-03-01"), insuranceTo: day("2026-03-01") }, { insuranceFrom: null, insuranceTo: day("2026-08-31") }],
  },
  {
    constraint: "Enterprise_staffCount_check",
    insert: (d) => t.make.enterprise(d),
    bad: { staffCount: -1 },
    good: [{ staffCount: 0 }, { staffCount: null }],
  },
  {
    constraint: "EnterprisePost_staffCount_check",
    insert: (d) => t.make.enterprisePost({ enterpriseId: world.enterpriseId, ...d }),
    bad: { staffCount: -1 },
    good: [{ staffCount: 0, regularWage: 0 }, { regularWage: null }],
  },
  {
    constraint: "PlacementPayRecord_amount_check",
    insert: async (d) => t.make.payRecord({ placementId: (await placement()).id, ...d }),
    bad: { amount: -1 },
    good: [{ amount: 0 }],
  },
  {
    constraint: "PlacementAttendance_daysPresent_check",
    insert: async (d) => t.make.attendance({ placementId: (await placement()).id, confirmedById: world.userId, ...d }),
    bad: { daysPresent: 8 },
    good: [{ daysPresent: 0 }, { daysPresent: 7 }],
  },
  {
    constraint: "TrainingBase_capacity_check",
    insert: (d) => t.make.trainingBase({ enterpriseId: world.enterpriseId, ...d }),
    bad: { capacity: -1 },
    good: [{ capacity: 0 }],
  },
  {
    constraint: "TeacherPlacement_endsOn_check",
    insert: (d) => t.make.teacherPlacement({ teacherId: world.teacherId, trainingBaseId: world.trainingBaseId, startsOn: "2026-07-10", endsOn: "2026-08-10", ...d }),
    bad: { endsOn: day("2026-07-09") },
    good: [{ endsOn: day("2026-07-10") }],
  },
  {
    constraint: "TrainingBase_periodMonths_check",
    insert: (d) => t.make.trainingBase({ enterpriseId: world.enterpriseId, ...d }),
    bad: { periodMonths: 0 },
    good: [{ periodMonths: 1 }],
  },
  {
    constraint: "DualTeacherCertification_level_check",
    insert: (d) => t.make.certification({ teacherId: world.teacherId, ...d }),
    bad: { level: "NONE" },
    good: [{ level: "JUNIOR" }, { level: "SENIOR" }],
  },
  {
    constraint: "DualTeacherCertification_validity_check",
    insert: (d) => t.make.certification({ teacherId: world.teacherId, ...d }),
    bad: { validFrom: day("2026-01-01"), validUntil: day("2025-12-31") },
    good: [{ validFrom: day("2026-01-01"), validUntil: day("2026-01-01") }, { validFrom: null, validUntil: null }],
  },
  {
    constraint: "DualTeacherCertification_validity_check",
    insert: (d) => t.make.certification({ teacherId: world.teacherId, ...d }),
    bad: { validFrom: null, validUntil: day("2030-12-31") },
    good: [{ validFrom: day("2026-01-01"), validUntil: day("2030-12-31") }],
  },
  {
    constraint: "DualTeacherCertification_practiceDays_check",
    insert: (d) => t.make.certification({ teacherId: world.teacherId, ...d }),
    bad: { practiceDays: -1 },
    good: [{ practiceDays: 0 }],
  },
  {
    constraint: "ConsortiumActivity_peopleCount_check",
    insert: (d) => t.make.consortiumActivity(d),
    bad: { peopleCount: -1 },
    good: [{ peopleCount: 0 }, { peopleCount: null }],
  },
  {
    constraint: "Student_graduationYear_check",
    insert: (d) => student(d),
    bad: { cohortYear: 2024, graduationYear: 2023 },
    good: [{ cohortYear: 2024, graduationYear: 2024 }],
  },
  {
    constraint: "GraduateDestination_monthlyIncome_check",
    // A graduate has one destination, so each row needs a student of its own.
    insert: async (d) => t.make.graduateDestination({ studentId: (await student()).id, ...d }),
    bad: { monthlyIncome: -1 },
    good: [{ monthlyIncome: 0 }, { monthlyIncome: null }],
  },
  // 行业导师 hours (issue 14): at least one 课时, at most 2000 in one entry; a school year of this century.
  { constraint: "MentorTeaching_hours_check", insert: (d) => mentorTeaching(d), bad: { hours: 0 }, good: [{ hours: 1 }, { hours: 2000 }] },
  { constraint: "MentorTeaching_hours_check", insert: (d) => mentorTeaching(d), bad: { hours: 2001 }, good: [{ hours: 1999 }] },
  { constraint: "MentorTeaching_schoolYear_check", insert: (d) => mentorTeaching(d), bad: { schoolYear: 1999 }, good: [{ schoolYear: 2000 }, { schoolYear: 2099 }] },
  { constraint: "MentorTeaching_schoolYear_check", insert: (d) => mentorTeaching(d), bad: { schoolYear: 2100 }, good: [{ schoolYear: 2098 }] },
];

beforeAll(async () => {
  prisma = t.db.prisma;
  world = await buildWorld(t.make);
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
    const other = await position();
    await t.make.application({ positionId: other.id, studentId: world.studentId });
    await expect(prisma.application.create({ data: { positionId: other.id, studentId: world.studentId } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("accepts the same student applying elsewhere, and another student applying here", async () => {
    const here = await position();
    const elsewhere = await position();
    const classmate = await student();
    await t.make.application({ positionId: here.id, studentId: world.studentId });
    await expect(t.make.application({ positionId: elsewhere.id, studentId: world.studentId })).resolves.toBeDefined();
    await expect(t.make.application({ positionId: here.id, studentId: classmate.id })).resolves.toBeDefined();
  });
});
