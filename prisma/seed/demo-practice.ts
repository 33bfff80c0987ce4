import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";

// Teachers' enterprise practice for the demo (issue 13 items 1–2): which teachers are 专业课教师 (specialist)
// with a hire date and enterprise experience, and practice at the four training bases of the report's 7.7.3
// and at other verified enterprises in every state, with confirmed days, so the ledgers show teachers met,
// short, in the 12-month warning band, and new specialists flagged. Made-up: every date, day count and
// assessment (the report counts bases and dual-teacher levels, not practice); assessments are marked 示例·.
// The demo teacher (王青老师) has a completed and a running practice at the 香格里拉 base, so the demo
// enterprise2 account (香格里拉) confirms days, and the demo enterprise account (西贝) has a proposal to answer.
// Idempotent: any practice means it ran; the whole step is one transaction under an advisory lock.

const LOCK = 72707374; // beside demo-placements.ts's 72707373

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
function shift(iso: string, days: number): string {
  const d = asDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function yearsBack(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) - years}${iso.slice(4, 10) === "-02-29" ? "-02-28" : iso.slice(4)}`;
}

type Row = Prisma.TeacherPlacementCreateManyInput;
type Planned = { row: Row; days: number; confirmed: number; from: string };

export async function seedDemoPractice(prisma: PrismaClient, today: string): Promise<{ created: number }> {
  if ((await prisma.teacherPlacement.count()) > 0) return { created: 0 };
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK})`);
      if ((await tx.teacherPlacement.count()) > 0) return { created: 0 };
      return write(tx, today);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

async function write(tx: Prisma.TransactionClient, today: string): Promise<{ created: number }> {
  const [teachers, bases, hosts, demoTeacher, westBei] = await Promise.all([
    tx.teacher.findMany({ orderBy: { id: "asc" }, select: { id: true, schoolId: true } }),
    tx.trainingBase.findMany({ orderBy: { id: "asc" }, select: { id: true, enterpriseId: true } }),
    tx.enterprise.findMany({ where: { standing: "VERIFIED", trainingBases: { none: {} } }, orderBy: { organisationId: "asc" }, take: 40, select: { organisationId: true } }),
    tx.teacher.findFirst({ where: { user: { username: DEMO_ACCOUNTS.find((a) => a.person === "teacher")!.username } }, select: { id: true, schoolId: true } }),
    tx.organisation.findFirst({ where: { name: DEMO_ACCOUNTS.find((a) => a.username === "enterprise")!.organisation }, select: { id: true } }),
  ]);
  if (teachers.length === 0 || bases.length === 0) return { created: 0 };

  // 专业课教师: three in five of each school's teachers; hired from 2004 on, one in ten within the last three
  // years (half of those without enterprise experience: flagged); one in four came with enterprise experience.
  const bySchool = new Map<number, number[]>();
  for (const t of teachers) bySchool.set(t.schoolId, [...(bySchool.get(t.schoolId) ?? []), t.id]);
  const specialists = new Map<number, number[]>();
  for (const [schoolId, ids] of bySchool) {
    for (const [i, id] of ids.entries()) {
      const specialist = i % 5 < 3 || id === demoTeacher?.id;
      const recent = i % 10 === 1; // i % 5 === 1: a specialist
      const hiredOn = recent ? shift(today, -200 - (i % 7) * 90) : `${2004 + (i % 17)}-09-01`;
      await tx.teacher.update({
        where: { id },
        data: { specialist, hiredOn: asDate(hiredOn), enterpriseExperience: i % 4 === 0 || i % 20 === 11 },
      });
      if (specialist && !recent && id !== demoTeacher?.id) specialists.set(schoolId, [...(specialists.get(schoolId) ?? []), id]);
    }
  }

  const plans: Planned[] = [];
  const hostOf = (n: number) => {
    const base = bases[n % bases.length]!;
    return n % 3 === 2 && hosts.length > 0
      ? { trainingBaseId: null, hostEnterpriseId: hosts[n % hosts.length]!.organisationId }
      : { trainingBaseId: base.id, hostEnterpriseId: base.enterpriseId };
  };
  const plan = (row: Omit<Row, "startsOn" | "endsOn"> & { from: string; to: string }, confirmed: number, logged = confirmed) => {
    const { from, to, ...rest } = row;
    plans.push({ row: { ...rest, startsOn: asDate(from), endsOn: asDate(to) }, days: logged, confirmed, from });
  };
  const FORMS = ["OBSERVATION", "TRAINING", "CONCURRENT_POST", "JOINT_RND"] as const;
  let n = 0;
  for (const [schoolId, ids] of specialists) {
    const [met, warning, short, running, proposed, declined, cancelled] = ids;
    const at = () => ({ schoolId, form: FORMS[n % 4]!, ...hostOf(n++) });
    // 已达标: 200 days over the last two years.
    if (met) plan({ teacherId: met, ...at(), status: "COMPLETED", from: shift(today, -600), to: shift(today, -401), hostAssessment: "示例·实践认真，完成岗位任务", hostGrade: "优秀" }, 200);
    // 12个月内将不达标: 185 days from four and a half years back, which leave the window within the year.
    const old = shift(yearsBack(today, 5), 30);
    if (warning) plan({ teacherId: warning, ...at(), status: "COMPLETED", from: old, to: shift(old, 184), hostAssessment: "示例·完成跟岗实践", hostGrade: "合格" }, 185);
    // 未达标: 60 days two years back.
    if (short) plan({ teacherId: short, ...at(), status: "COMPLETED", from: shift(today, -760), to: shift(today, -701), hostAssessment: "示例·完成考察观摩", hostGrade: "合格" }, 60);
    // Running now: 10 days logged, 7 confirmed.
    if (running) plan({ teacherId: running, ...at(), status: "ACCEPTED", from: shift(today, -9), to: shift(today, 50) }, 7, 10);
    if (proposed) plan({ teacherId: proposed, ...at(), status: "PROPOSED", from: shift(today, 20), to: shift(today, 80) }, 0);
    if (declined) plan({ teacherId: declined, ...at(), status: "DECLINED", from: shift(today, 10), to: shift(today, 40), declineReason: "示例·本期名额已满，请下期再报" }, 0);
    if (cancelled) plan({ teacherId: cancelled, ...at(), status: "CANCELLED", from: shift(today, 15), to: shift(today, 45) }, 0);
  }
  // The demo teacher: 180 days at the 香格里拉 base last year (met), and a practice there now.
  const shangriLa = bases[0]!;
  if (demoTeacher) {
    const mine = { teacherId: demoTeacher.id, schoolId: demoTeacher.schoolId, trainingBaseId: shangriLa.id, hostEnterpriseId: shangriLa.enterpriseId };
    plan({ ...mine, form: "CONCURRENT_POST", status: "COMPLETED", from: shift(today, -500), to: shift(today, -321), hostAssessment: "示例·熟悉前厅与餐饮岗位流程，带回教学案例", hostGrade: "优秀" }, 180);
    plan({ ...mine, form: "TRAINING", status: "ACCEPTED", from: shift(today, -6), to: shift(today, 30) }, 4, 7);
    const colleague = specialists.get(demoTeacher.schoolId)?.[7];
    if (westBei && colleague) plan({ teacherId: colleague, schoolId: demoTeacher.schoolId, trainingBaseId: null, hostEnterpriseId: westBei.id, form: "JOINT_RND", status: "PROPOSED", from: shift(today, 14), to: shift(today, 74) }, 0);
  }

  for (const p of plans) {
    const created = await tx.teacherPlacement.create({ data: { ...p.row, decidedAt: p.row.status === "PROPOSED" ? null : new Date(), completedAt: p.row.status === "COMPLETED" ? new Date() : null }, select: { id: true } });
    if (p.days === 0) continue;
    await tx.teacherPracticeDay.createMany({
      data: Array.from({ length: p.days }, (_, i) => ({
        placementId: created.id,
        day: asDate(shift(p.from, i)),
        confirmedAt: i < p.confirmed ? new Date() : null,
      })),
    });
  }
  return { created: plans.length };
}
