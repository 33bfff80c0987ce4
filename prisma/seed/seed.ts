import { hashPassword } from "~/features/auth/password.server";
import { todayInHohhot } from "~/lib/dates";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { PROGRAMS } from "./catalogue";
import { consortiumMembers, day, generate, TRAINING_BASES, type SeedPlan } from "./generate";
import { AGREEMENTS, BUREAU_NAME, CATEGORIES, CLUSTERS, CONSORTIUM, REPORT_YEAR_START, SERVICE_SECTOR } from "./report-2023";
import { ENTERPRISE_FACTS } from "./hosts";
import { writeReportPartnerships } from "./partnerships";
import { summarise, type SeedSummary } from "./summary";

export { formatSummary, type SeedSummary } from "./summary";

// Writes the demo data once. The bureau's organisation is the marker: it is written in the same
// transaction as everything else, so it exists exactly when the whole seed committed, and a second
// call (or a crashed first one, rolled back) can tell by looking for it.

/** Shared with no other lock: serialises two seeds started at once against one PostgreSQL. */
const SEED_LOCK = 72707370;
const BATCH = 4000; // rows per INSERT: 4000 students × 12 columns stays under PostgreSQL's 65535 bind parameters
const TRANSACTION_TIMEOUT_MS = 300_000;

type Tx = Prisma.TransactionClient;

/**
 * `today` places the report's school year (generate.ts yearsSinceReport): its cohorts and graduates
 * are written under that day's years. The same `today` writes the same rows.
 */
export async function seed(prisma: PrismaClient, today: string = todayInHohhot()): Promise<SeedSummary> {
  if (await seeded(prisma)) return summarise(prisma, false, today);
  // argon2 is slow on purpose: hash once, outside the transaction, and share the hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
      if (await seeded(tx)) return false; // another seed finished while we waited
      await write(tx, generate(today), passwordHash);
      return true;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
  );
  return summarise(prisma, created, today);
}

async function seeded(db: PrismaClient | Tx): Promise<boolean> {
  return (await db.organisation.count({ where: { kind: "BUREAU", name: BUREAU_NAME } })) > 0;
}

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

async function write(tx: Tx, plan: SeedPlan, passwordHash: string) {
  const clusters = await tx.industryCluster.createManyAndReturn({
    // 表5's six, then 现代服务业 (SERVICE_SECTOR: enterprises only, no programs).
    data: [...CLUSTERS, SERVICE_SECTOR].map((c, i) => ({ code: c.code, name: c.name, sortOrder: i + 1 })),
    select: { id: true, code: true },
  });
  const clusterId = new Map(clusters.map((c) => [c.code, c.id]));
  const categories = await tx.programCategory.createManyAndReturn({
    data: CATEGORIES.map((c) => ({ code: c.code, name: c.name })),
    select: { id: true, code: true },
  });
  const categoryId = new Map(categories.map((c) => [c.code, c.id]));
  const programs = await tx.program.createManyAndReturn({
    data: PROGRAMS.map((p) => ({
      name: p.name,
      categoryId: categoryId.get(p.category)!,
      clusterId: p.cluster ? clusterId.get(p.cluster)! : null,
    })),
    select: { id: true, name: true },
  });
  const programId = new Map(programs.map((p) => [p.name, p.id]));

  const organisations = await tx.organisation.createManyAndReturn({
    data: plan.organisations.map((o) => ({
      kind: o.kind,
      name: o.name,
      district: o.district,
      address: o.address,
      website: o.website,
      contactPhone: o.contactPhone,
      description: o.description,
    })),
    select: { id: true, name: true },
  });
  const orgId = new Map(organisations.map((o) => [o.name, o.id]));
  const idOf = (name: string) => {
    const id = orgId.get(name);
    if (id === undefined) throw new Error(`机构「${name}」不存在`);
    return id;
  };
  await tx.school.createMany({
    data: plan.organisations.flatMap((o) => (o.school ? [{ organisationId: idOf(o.name), ...o.school }] : [])),
  });
  await tx.enterprise.createMany({
    data: plan.organisations.flatMap((o) =>
      o.enterprise
        ? [
            {
              organisationId: idOf(o.name),
              size: o.enterprise.size,
              clusterId: o.enterprise.cluster ? clusterId.get(o.enterprise.cluster)! : null,
              // The demo enterprises are the report's partners: verified by the bureau (issue 11).
              standing: "VERIFIED" as const,
              standingAt: new Date(),
              creditCode: o.enterprise.creditCode,
              staffCount: o.enterprise.staffCount,
              businessCategory: o.enterprise.businessCategory,
            },
          ]
        : [],
    ),
  });
  await tx.enterprisePost.createMany({
    data: Object.entries(ENTERPRISE_FACTS).flatMap(([name, facts]) =>
      (facts.posts ?? []).map((p) => ({ enterpriseId: idOf(name), name: p.name, staffCount: p.staff, regularWage: p.wage })),
    ),
  });

  const offerings = await tx.schoolProgram.createManyAndReturn({
    data: plan.offerings.map((o) => ({ schoolId: idOf(o.school), programId: programId.get(o.program)!, qualityTier: o.qualityTier })),
    select: { id: true, schoolId: true, programId: true },
  });
  const offeringId = new Map(offerings.map((o) => [`${o.schoolId}:${o.programId}`, o.id]));
  const offeringIds = plan.offerings.map((o) => offeringId.get(`${idOf(o.school)}:${programId.get(o.program)}`)!);

  const users = await tx.user.createManyAndReturn({
    data: DEMO_ACCOUNTS.map((a) => ({
      username: a.username,
      displayName: a.displayName,
      passwordHash,
      role: a.role,
      organisationId: idOf(a.organisation),
    })),
    select: { id: true, username: true },
  });
  const userId = new Map(users.map((u) => [u.username, u.id]));

  const studentNumbers = studentNumbersOf(plan.students.map((s) => ({ school: plan.offerings[s.offering]!.school, cohortYear: s.cohortYear })));
  await inBatches(plan.students.map((s, i) => ({ ...s, studentNumber: studentNumbers[i]! })), (batch) =>
    tx.student.createMany({
      data: batch.map((s) => ({
        studentNumber: s.studentNumber,
        schoolId: idOf(plan.offerings[s.offering]!.school),
        schoolProgramId: offeringIds[s.offering]!,
        userId: s.account ? userId.get(s.account)! : null,
        name: s.name,
        gender: s.gender,
        birthDate: s.birthDate,
        phone: s.phone,
        cohortYear: s.cohortYear,
        graduationYear: s.graduationYear,
        status: s.status,
      })),
    }),
  );
  await inBatches(plan.teachers, (batch) =>
    tx.teacher.createMany({
      data: batch.map((t) => ({
        schoolId: idOf(t.school),
        userId: t.account ? userId.get(t.account)! : null,
        name: t.name,
        fullTime: true,
        dualTeacherLevel: t.dualTeacherLevel,
      })),
    }),
  );

  await tx.trainingBase.createMany({
    data: TRAINING_BASES.map((b) => ({ enterpriseId: idOf(b.enterprise), name: b.name, capacity: b.capacity, description: b.description })),
  });
  await tx.consortium.create({
    data: {
      name: CONSORTIUM.name,
      foundedOn: day(CONSORTIUM.foundedOn),
      description: CONSORTIUM.description,
      members: {
        create: consortiumMembers(plan.organisations).map((name) => ({ organisationId: idOf(name), joinedOn: day(CONSORTIUM.foundedOn) })),
      },
    },
  });

  // One by one: order classes refer to their agreement by position, and RETURNING order is not promised.
  const agreementIds: number[] = [];
  for (const a of AGREEMENTS) {
    const row = await tx.partnershipAgreement.create({
      data: {
        schoolId: idOf(a.school),
        enterpriseId: idOf(a.enterprise),
        kind: a.kind,
        title: a.title,
        startsOn: day(REPORT_YEAR_START),
        status: "ACTIVE",
        // Where the agreement comes from (a.where) and that the report dates none (REPORT_YEAR_START) are
        // seed-internal: not written into notes, which the parties read.
        notes: null,
      },
      select: { id: true },
    });
    agreementIds.push(row.id);
  }
  await writeReportPartnerships(tx, { agreementIds, programId, userId, offerings: plan.offerings, shift: plan.shift });
  for (const c of plan.orderClasses) {
    const agreement = AGREEMENTS[c.agreement]!;
    const students = await tx.student.findMany({
      where: { schoolProgramId: offeringIds[c.offering]!, cohortYear: c.cohortYear, status: "ENROLLED" },
      orderBy: { id: "asc" },
      take: c.members,
      select: { id: true },
    });
    await tx.orderClass.create({
      data: {
        agreementId: agreementIds[c.agreement]!,
        schoolId: idOf(agreement.school),
        enterpriseId: idOf(agreement.enterprise),
        schoolProgramId: offeringIds[c.offering]!,
        kind: c.kind,
        name: c.name,
        cohortYear: c.cohortYear,
        capacity: c.capacity,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        mentors: c.mentors,
        curriculumHours: c.kind === "MODERN_APPRENTICESHIP" ? 960 : 480, // 共建课程学时: the seed's, the report gives none
        hiringCommitment: "考核合格者优先录用",
        // Enrolled, each with one of the class's mentors; apprentices have signed the tripartite contract (学徒三方协议).
        members: {
          create: students.map((s, i) => ({
            studentId: s.id,
            status: "ENROLLED" as const,
            mentorName: c.mentors[i % c.mentors.length]!,
            apprenticeContract: c.kind === "MODERN_APPRENTICESHIP",
            joinedAt: c.startsOn,
            decidedAt: c.startsOn,
          })),
        },
      },
    });
  }
}

/**
 * 学号 for the demo roll, in plan order: the cohort year and a four-digit serial within the school
 * and cohort (2023级's 17th student of a school is 20230017). Deterministic, as the plan is, and
 * unique within each school as the schema requires.
 */
function studentNumbersOf<S>(students: ReadonlyArray<{ school: S; cohortYear: number }>): string[] {
  const serial = new Map<S, Map<number, number>>();
  return students.map(({ school, cohortYear }) => {
    const bySchool = serial.get(school) ?? new Map<number, number>();
    serial.set(school, bySchool);
    const n = (bySchool.get(cohortYear) ?? 0) + 1;
    bySchool.set(cohortYear, n);
    return `${cohortYear}${String(n).padStart(4, "0")}`;
  });
}
