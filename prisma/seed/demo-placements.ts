import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { yearsSinceReport } from "./generate";
import { ENTERPRISE_FACTS } from "./hosts";
import { dateOf, planPlacements, type PlannedPlacement, type PlanInput, type Warning } from "./placements/plan";
import { COHORTS } from "./report-2023";

// 300+ internship placements (岗位实习) for the demo, in every state, with their history, pay, weekly
// reports and attendance, and the internship-base agreements (实习基地协议) between each school and
// the hosts it places students with. Run after demo-positions.ts (a student kept on is offered one of
// the host's positions). Planned in placements/plan.ts; written here in bulk, in one transaction.
// Idempotent: any placement means it ran (the platform's own placements need a school user, and a
// fresh demo has none but the seed's).
//
// Documents: a placement cannot be 启用 without its tripartite agreement on file (and its consent under
// 18), so every signed agreement, consent and insurance policy has its scan, else the compliance view
// would flag every active placement. The seed stores one small placeholder PDF per school, host and kind,
// uploaded by the school office's account (the host's where the school has none); a consent never
// signed (the planted CONSENT_MISSING) has none.
//
// Accounts: each host without an enterprise account gets one, `mentor01`…, its 实习指导 who confirms
// attendance (PlacementAttendance needs the user who confirmed), with the demo password (the hash is
// taken from the bureau's account, so nothing is hashed again).

const LOCK = 72707373; // beside demo-applications.ts's 72707372

export async function seedDemoPlacements(prisma: PrismaClient, today: string): Promise<{ created: number; warnings: Partial<Record<Warning, number>> }> {
  if ((await prisma.internshipPlacement.count()) > 0) return { created: 0, warnings: {} };
  const input = await readInput(prisma, today);
  if (!input) return { created: 0, warnings: {} };
  const { placements, warnings } = planPlacements(input.plan);
  const created = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK})`);
      if ((await tx.internshipPlacement.count()) > 0) return 0;
      await write(tx, placements, input);
      return placements.length;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return { created, warnings: created ? Object.fromEntries([...warnings].map(([w, ids]) => [w, ids.length])) : {} };
}

/** The plan seedDemoPlacements writes, from what the database holds now (for tests: the same database, the same plan). */
export async function planDemoPlacements(prisma: PrismaClient, today: string) {
  const input = await readInput(prisma, today);
  return input ? planPlacements(input.plan) : null;
}

type Input = Awaited<ReturnType<typeof readInput>> & {};

/** What the plan needs, read in id order so the same database gives the same plan. */
async function readInput(prisma: PrismaClient, today: string) {
  const shift = yearsSinceReport(today);
  const newest = COHORTS[0]! + shift;
  const cohorts = { second: newest - 1, third: newest - 2 };
  const postRows = await prisma.enterprisePost.findMany({
    where: { enterprise: { standing: "VERIFIED" }, regularWage: { not: null } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      enterpriseId: true,
      name: true,
      staffCount: true,
      regularWage: true,
      enterprise: { select: { staffCount: true, businessCategory: true, organisation: { select: { name: true } } } },
    },
  });
  const posts: PlanInput["posts"] = postRows.flatMap((p) => {
    const fact = ENTERPRISE_FACTS[p.enterprise.organisation.name]?.posts?.find((f) => f.name === p.name);
    return fact && p.enterprise.staffCount && p.enterprise.businessCategory
      ? [{ id: p.id, enterpriseId: p.enterpriseId, name: p.name, staffCount: p.staffCount, regularWage: p.regularWage!, category: p.enterprise.businessCategory, hostStaff: p.enterprise.staffCount, programs: fact.programs }]
      : [];
  });
  if (posts.length === 0) return null;
  const programs = [...new Set(posts.flatMap((p) => p.programs))];
  const [students, teachers, positions, users, programRows] = await Promise.all([
    prisma.student.findMany({
      where: { status: "ENROLLED", cohortYear: { in: [cohorts.second, cohorts.third] }, schoolProgram: { program: { name: { in: programs } } } },
      orderBy: { id: "asc" },
      select: { id: true, schoolId: true, cohortYear: true, birthDate: true, schoolProgram: { select: { program: { select: { name: true } } } } },
    }),
    prisma.teacher.findMany({ orderBy: { id: "asc" }, select: { id: true, schoolId: true, userId: true } }),
    prisma.position.findMany({ where: { enterpriseId: { in: posts.map((p) => p.enterpriseId) } }, orderBy: { id: "asc" }, select: { id: true, enterpriseId: true } }),
    prisma.user.findMany({ orderBy: { id: "asc" }, select: { id: true, username: true, role: true, organisationId: true, passwordHash: true } }),
    prisma.program.findMany({ where: { name: { in: programs } }, select: { id: true, name: true } }),
  ]);
  const positionsOf = new Map<number, number[]>();
  for (const p of positions) positionsOf.set(p.enterpriseId, [...(positionsOf.get(p.enterpriseId) ?? []), p.id]);
  const plan: PlanInput = {
    today,
    cohorts,
    posts,
    students: students.map((s) => ({ id: s.id, schoolId: s.schoolId, cohortYear: s.cohortYear, birthDate: s.birthDate, program: s.schoolProgram.program.name })),
    teachers,
    positionsOf,
  };
  const demoUsernames = new Set(DEMO_ACCOUNTS.map((a) => a.username));
  return {
    plan,
    today,
    users: users.filter((u) => demoUsernames.has(u.username)),
    passwordHash: users.find((u) => u.username === "bureau")?.passwordHash ?? null,
    programId: new Map(programRows.map((p) => [p.name, p.id])),
  };
}

/** 10:00 in Hohhot on day `n` */
const office = (n: number) => new Date(n * 86_400_000 + 2 * 3_600_000);

async function write(tx: Prisma.TransactionClient, placements: PlannedPlacement[], input: Input) {
  const accountOf = (organisationId: number, role: string) => input.users.find((u) => u.organisationId === organisationId && u.role === role)?.id ?? null;

  // Hosts without an enterprise account get their 实习指导's.
  const hosts = [...new Set(placements.map((p) => p.enterpriseId))].sort((a, b) => a - b);
  const missing = hosts.filter((h) => accountOf(h, "ENTERPRISE_STAFF") === null);
  if (missing.length && !input.passwordHash) throw new Error("演示实习：找不到演示账号 bureau");
  const mentors = await tx.user.createManyAndReturn({
    data: missing.map((organisationId, i) => ({
      username: `mentor${String(i + 1).padStart(2, "0")}`,
      displayName: `示例·实习指导${String(i + 1).padStart(2, "0")}`,
      passwordHash: input.passwordHash!,
      role: "ENTERPRISE_STAFF" as const,
      organisationId,
    })),
    select: { id: true, organisationId: true },
  });
  const hostAccount = new Map<number, number>(hosts.map((h) => [h, accountOf(h, "ENTERPRISE_STAFF") ?? mentors.find((m) => m.organisationId === h)!.id]));

  // 实习基地协议 per school and host: signed three months before the pair's first placement was
  // recorded, for three years; proposed by the school, confirmed by the host.
  const pairs = new Map<string, { schoolId: number; enterpriseId: number; first: number; programs: Set<string> }>();
  for (const p of placements) {
    const key = `${p.schoolId}:${p.enterpriseId}`;
    const pair = pairs.get(key) ?? { schoolId: p.schoolId, enterpriseId: p.enterpriseId, first: p.createdOn, programs: new Set<string>() };
    pair.first = Math.min(pair.first, p.createdOn);
    pair.programs.add(p.program);
    pairs.set(key, pair);
  }
  const pairList = [...pairs.values()].sort((a, b) => a.schoolId - b.schoolId || a.enterpriseId - b.enterpriseId);
  const terms = pairList.map((pair) => {
    const d = dateOf(pair.first - 90);
    const startsOn = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    const endsOn = new Date(Date.UTC(startsOn.getUTCFullYear() + 3, startsOn.getUTCMonth(), 0));
    const startDay = Math.floor(startsOn.getTime() / 86_400_000);
    return { startsOn, endsOn, signedOn: startDay - 5, proposedOn: startDay - 25 };
  });
  const agreements = await tx.partnershipAgreement.createManyAndReturn({
    data: pairList.map((pair, i) => ({
      schoolId: pair.schoolId,
      enterpriseId: pair.enterpriseId,
      kind: "INTERNSHIP_BASE" as const,
      title: "岗位实习基地协议",
      signedOn: dateOf(terms[i]!.signedOn),
      startsOn: terms[i]!.startsOn,
      endsOn: terms[i]!.endsOn,
      status: "ACTIVE" as const,
      proposedBy: "SCHOOL" as const,
      createdAt: office(terms[i]!.proposedOn),
    })),
    select: { id: true, schoolId: true, enterpriseId: true },
  });
  const agreementOf = new Map(agreements.map((a) => [`${a.schoolId}:${a.enterpriseId}`, a.id]));
  await tx.agreementProgram.createMany({
    data: pairList.flatMap((pair) => [...pair.programs].sort().map((name) => ({ agreementId: agreementOf.get(`${pair.schoolId}:${pair.enterpriseId}`)!, programId: input.programId.get(name)! }))),
  });
  await tx.agreementEvent.createMany({
    data: pairList.flatMap((pair, i) => {
      const agreementId = agreementOf.get(`${pair.schoolId}:${pair.enterpriseId}`)!;
      return [
        { agreementId, fromStatus: null, toStatus: "PROPOSED" as const, actorId: accountOf(pair.schoolId, "SCHOOL_STAFF"), createdAt: office(terms[i]!.proposedOn) },
        { agreementId, fromStatus: "PROPOSED" as const, toStatus: "ACTIVE" as const, actorId: hostAccount.get(pair.enterpriseId)!, createdAt: office(terms[i]!.signedOn) },
      ];
    }),
  });

  // The scans: one per school, host and kind (see the head of the file).
  const KINDS = { tripartite: "三方协议", consent: "知情同意书", insurance: "实习责任保险单" } as const;
  const scans = await tx.document.createManyAndReturn({
    data: pairList.flatMap((pair) =>
      Object.entries(KINDS).map(([kind, title]) => {
        const bytes = placeholderPdf(`Demo placeholder: ${kind} (school ${pair.schoolId}, host ${pair.enterpriseId})`);
        const school = accountOf(pair.schoolId, "SCHOOL_STAFF");
        return {
          organisationId: school === null ? pair.enterpriseId : pair.schoolId,
          uploadedById: school ?? hostAccount.get(pair.enterpriseId)!,
          fileName: `示例${title}.pdf`,
          mediaType: "application/pdf",
          byteSize: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          bytes,
          createdAt: office(pair.first),
        };
      }),
    ),
    select: { id: true, fileName: true },
  });
  const scanOf = (p: PlannedPlacement, kind: keyof typeof KINDS) => {
    const i = pairList.findIndex((pair) => pair.schoolId === p.schoolId && pair.enterpriseId === p.enterpriseId);
    return scans[i * 3 + Object.keys(KINDS).indexOf(kind)]!.id;
  };

  const rows = await tx.internshipPlacement.createManyAndReturn({
    data: placements.map((p) => ({
      studentId: p.studentId,
      schoolId: p.schoolId,
      enterpriseId: p.enterpriseId,
      enterprisePostId: p.postId,
      supervisorTeacherId: p.supervisorTeacherId,
      mentorName: p.mentorName,
      mentorPhone: p.mentorPhone,
      post: p.post,
      postCategory: p.postCategory,
      startsOn: dateOf(p.startsOn),
      endsOn: dateOf(p.endsOn),
      dailyHours: p.dailyHours,
      weeklyHours: p.weeklyHours,
      monthlyPay: p.monthlyPay,
      regularWage: p.regularWage,
      tripartiteSignedOn: dateOf(p.tripartiteOn),
      guardianConsentOn: p.consentOn === null ? null : dateOf(p.consentOn),
      insurancePolicyNo: p.insurancePolicyNo,
      insuranceFrom: dateOf(p.startsOn),
      insuranceTo: dateOf(p.endsOn),
      insurancePayer: p.insurancePayer,
      tripartiteDocumentId: scanOf(p, "tripartite"),
      consentDocumentId: p.consentOn === null ? null : scanOf(p, "consent"),
      insuranceDocumentId: scanOf(p, "insurance"),
      status: p.status,
      activatedAt: p.status === "PLANNED" ? null : office(p.startsOn),
      endedAt: p.endedOn === null ? null : office(p.endedOn),
      endReason: p.endReason,
      mentorEvaluation: p.mentorEvaluation,
      schoolGrade: p.schoolGrade,
      retained: p.retained,
      retainedPositionId: p.retainedPositionId,
      createdAt: office(p.createdOn),
    })),
    select: { id: true, studentId: true },
  });
  // One placement per student: the student finds the row (RETURNING order is not promised).
  const idOf = new Map(rows.map((r) => [r.studentId, r.id]));
  const withId = placements.map((p) => ({ p, id: idOf.get(p.studentId)! }));

  await tx.placementEvent.createMany({
    data: withId.flatMap(({ p, id }) => {
      const actorId = accountOf(p.schoolId, "SCHOOL_STAFF");
      const events: Prisma.PlacementEventCreateManyInput[] = [{ placementId: id, fromStatus: null, toStatus: "PLANNED", actorId, createdAt: office(p.createdOn) }];
      if (p.status !== "PLANNED") events.push({ placementId: id, fromStatus: "PLANNED", toStatus: "ACTIVE", actorId, createdAt: office(p.startsOn) });
      if (p.status === "COMPLETED") events.push({ placementId: id, fromStatus: "ACTIVE", toStatus: "COMPLETED", actorId, createdAt: office(p.endedOn!) });
      if (p.status === "TERMINATED") events.push({ placementId: id, fromStatus: "ACTIVE", toStatus: "TERMINATED", reason: p.endReason, actorId, createdAt: office(p.endedOn!) });
      return events;
    }),
  });
  await tx.placementRequest.createMany({
    data: withId
      .filter(({ p }) => p.request !== null)
      .map(({ p, id }) => ({
        placementId: id,
        kind: "END" as const,
        reason: p.request!,
        decision: "APPROVED" as const,
        decisionNote: "同意",
        decidedById: accountOf(p.schoolId, "SCHOOL_STAFF"),
        decidedAt: office(p.endedOn!),
        createdAt: office(p.endedOn! - 3),
      })),
  });
  await tx.placementPayRecord.createMany({
    data: withId.flatMap(({ p, id }) => p.pay.map((r) => ({ placementId: id, month: dateOf(r.month), amount: r.amount, paidOn: dateOf(r.paidOn), confirmedAt: r.confirmedAt }))),
  });
  // Reviewed by the school supervisor: reviewerId is the supervisor's account where the teacher has one (most demo teachers have none).
  await tx.placementWeeklyReport.createMany({
    data: withId.flatMap(({ p, id }) =>
      p.weeks.map((w) => ({ placementId: id, weekStart: dateOf(w.monday), body: w.body, submittedAt: w.submittedAt, reviewedAt: w.reviewedAt, reviewerId: w.reviewedAt ? p.reviewerId : null })),
    ),
  });
  await tx.placementAttendance.createMany({
    data: withId.flatMap(({ p, id }) =>
      p.weeks.map((w) => ({ placementId: id, weekStart: dateOf(w.monday), daysPresent: w.daysPresent, confirmedAt: w.confirmedAt, confirmedById: hostAccount.get(p.enterpriseId)! })),
    ),
  });
}

/** A one-page PDF saying `text` (ASCII), with a correct cross-reference table: it opens in any reader. */
function placeholderPdf(text: string): Uint8Array<ArrayBuffer> {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf) as Uint8Array<ArrayBuffer>;
}
