import type { DualTeacherLevel, Prisma, PrismaClient } from "~/generated/prisma/client";
import { day } from "./generate";

// 双师型教师认定 for the demo (issue 13 item 3): submissions in every state at the two demo schools,
// some certifications expiring soon, a renewal waiting and one already certified. Dated from `today`.
//
// The report's figures stay what the demo shows (附表4 row 2: 447 ÷ 1,854 = 24.11%; 7.7.1: 初级 222,
// 中级 190, 高级 35): a certification in force is given only to a teacher whose recorded level
// (Teacher.dualTeacherLevel, the 2023 认定) is that same level, and an expired one only where its
// renewal is in force, so the levels in force city-wide are the recorded ones. Submissions still open,
// refused or withdrawn are of teachers with no level. As the days pass (a demo seeded long ago), the
// certifications expiring soon expire and the count falls: that is the rule, not a fault.
//
// Idempotent: any certification means it ran.

const LOCK = 72707382; // beside demo-fairs.ts's 72707374

const addDays = (iso: string, days: number) => {
  const d = day(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const addYears = (iso: string, years: number) => {
  const d = day(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
};
/** A moment on `iso` at 10:00 in Hohhot. */
const at = (iso: string) => new Date(`${iso}T02:00:00Z`);

type Teacher = { id: number; name: string; dualTeacherLevel: DualTeacherLevel };
type Actors = { school: number; bureau: number };

const CERTIFICATES: Record<Exclude<DualTeacherLevel, "NONE">, string> = {
  JUNIOR: "示例·中式烹调师 四级（中级工）",
  INTERMEDIATE: "示例·中式烹调师 三级（高级工）",
  SENIOR: "示例·中式烹调师 二级（技师）",
};
const POSTS = ["示例·西贝餐饮集团 后厨主管 2016—2019", "示例·香格里拉大酒店（呼和浩特） 前厅领班 2015—2018", "示例·内蒙古大厦 宴会厅经理 2014—2017"];

export async function seedDemoCertification(prisma: PrismaClient, today: string): Promise<{ created: number }> {
  if ((await prisma.dualTeacherCertification.count()) > 0) return { created: 0 };
  const users = await prisma.user.findMany({ where: { username: { in: ["school", "school2", "bureau"] } }, select: { id: true, username: true, organisationId: true } });
  const bureau = users.find((u) => u.username === "bureau");
  const offices = users.filter((u) => u.username !== "bureau" && u.organisationId !== null);
  if (!bureau || offices.length === 0) return { created: 0 };
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK})`);
      if ((await tx.dualTeacherCertification.count()) > 0) return { created: 0 };
      let created = 0;
      for (const [i, office] of offices.entries()) {
        const teachers = await tx.teacher.findMany({
          where: { schoolId: office.organisationId!, fullTime: true, userId: null },
          orderBy: { id: "asc" },
          select: { id: true, name: true, dualTeacherLevel: true },
        });
        created += await seedSchool(tx, teachers, { school: office.id, bureau: bureau.id }, office.organisationId!, today, i);
      }
      return { created };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}

async function seedSchool(tx: Prisma.TransactionClient, teachers: Teacher[], actors: Actors, schoolId: number, today: string, n: number): Promise<number> {
  const leveled = teachers.filter((t) => t.dualTeacherLevel !== "NONE");
  const none = teachers.filter((t) => t.dualTeacherLevel === "NONE");
  const take = <T>(list: T[]) => list.shift();
  let created = 0;
  const write = async (
    t: Teacher | undefined,
    level: Exclude<DualTeacherLevel, "NONE">,
    plan: { status: "SUBMITTED" | "CERTIFIED" | "REFUSED" | "WITHDRAWN"; submittedOn: string; decidedOn?: string; validFrom?: string; validUntil?: string; refusalReason?: string; renewsId?: number },
  ) => {
    if (!t) return null;
    const decision = plan.status === "SUBMITTED" ? null : plan.decidedOn!;
    const events: Prisma.CertificationEventCreateWithoutCertificationInput[] = [
      { fromStatus: null, toStatus: "SUBMITTED", actor: { connect: { id: actors.school } }, createdAt: at(plan.submittedOn) },
    ];
    if (decision) {
      events.push({
        fromStatus: "SUBMITTED",
        toStatus: plan.status,
        note: plan.status === "CERTIFIED" ? `有效期 ${plan.validFrom} 至 ${plan.validUntil}` : (plan.refusalReason ?? null),
        actor: { connect: { id: plan.status === "WITHDRAWN" ? actors.school : actors.bureau } },
        createdAt: at(decision),
      });
    }
    const row = await tx.dualTeacherCertification.create({
      data: {
        teacher: { connect: { id: t.id } },
        school: { connect: { organisationId: schoolId } },
        level,
        status: plan.status,
        practiceDays: 0,
        certificates: CERTIFICATES[level],
        enterprisePost: POSTS[(t.id + n) % POSTS.length],
        refusalReason: plan.refusalReason ?? null,
        validFrom: plan.validFrom ? day(plan.validFrom) : null,
        validUntil: plan.validUntil ? day(plan.validUntil) : null,
        renews: plan.renewsId ? { connect: { id: plan.renewsId } } : undefined,
        submittedBy: { connect: { id: actors.school } },
        submittedAt: at(plan.submittedOn),
        decidedBy: decision && plan.status !== "WITHDRAWN" ? { connect: { id: actors.bureau } } : undefined,
        decidedAt: decision ? at(decision) : null,
        events: { create: events },
      },
      select: { id: true },
    });
    created += 1;
    return row.id;
  };
  const levelOf = (t: Teacher | undefined) => (t?.dualTeacherLevel ?? "JUNIOR") as Exclude<DualTeacherLevel, "NONE">;

  // Certified two years ago for five years, in force: the recorded level.
  for (let k = 0; k < 3; k++) {
    const t = take(leveled);
    const from = addYears(today, -2);
    await write(t, levelOf(t), { status: "CERTIFIED", submittedOn: addDays(from, -30), decidedOn: addDays(from, -1), validFrom: from, validUntil: addDays(addYears(from, 5), -1) });
  }
  // Expiring soon (in 20 and 75 days): still in force, in the renewal window, no renewal yet.
  for (const left of [20, 75]) {
    const t = take(leveled);
    const until = addDays(today, left);
    const from = addDays(addYears(until, -5), 1);
    await write(t, levelOf(t), { status: "CERTIFIED", submittedOn: addDays(from, -40), decidedOn: addDays(from, -1), validFrom: from, validUntil: until });
  }
  // A renewal waiting for the bureau: the old one ends in 45 days.
  {
    const t = take(leveled);
    const until = addDays(today, 45);
    const from = addDays(addYears(until, -5), 1);
    const old = await write(t, levelOf(t), { status: "CERTIFIED", submittedOn: addDays(from, -40), decidedOn: addDays(from, -1), validFrom: from, validUntil: until });
    if (old) await write(t, levelOf(t), { status: "SUBMITTED", submittedOn: addDays(today, -12), renewsId: old });
  }
  // A renewal certified: the old one ended 30 days ago, the renewal took over the day after.
  {
    const t = take(leveled);
    const oldUntil = addDays(today, -30);
    const oldFrom = addDays(addYears(oldUntil, -5), 1);
    const old = await write(t, levelOf(t), { status: "CERTIFIED", submittedOn: addDays(oldFrom, -40), decidedOn: addDays(oldFrom, -1), validFrom: oldFrom, validUntil: oldUntil });
    const from = addDays(oldUntil, 1);
    if (old) await write(t, levelOf(t), { status: "CERTIFIED", submittedOn: addDays(oldUntil, -120), decidedOn: addDays(oldUntil, -60), validFrom: from, validUntil: addDays(addYears(from, 5), -1), renewsId: old });
  }
  // Open, refused and withdrawn submissions of teachers with no level.
  await write(take(none), "JUNIOR", { status: "SUBMITTED", submittedOn: addDays(today, -5) });
  await write(take(none), "INTERMEDIATE", { status: "SUBMITTED", submittedOn: addDays(today, -20) });
  await write(take(none), "JUNIOR", { status: "REFUSED", submittedOn: addDays(today, -90), decidedOn: addDays(today, -60), refusalReason: "示例·近五年企业实践不足 6 个月，请补足后再申请" });
  await write(take(none), "SENIOR", { status: "WITHDRAWN", submittedOn: addDays(today, -70), decidedOn: addDays(today, -65) });
  return created;
}
