import {
  CLOSE_REASON,
  eligibilityProblem,
  mayMove,
  OPEN_APPLICATION_STATUSES,
  staffNotice,
  statusNotice,
  type ApplicationStatus,
} from "~/features/applications";
import { isoDayOf } from "~/lib/dates";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { DEMO_MARK } from "./positions/generate";
import type { PositionIndex } from "./demo-positions";
import { prng, type Random } from "../../shared/prng";

// Demo students' applications to the demo positions, in every status, each with the events that
// led there (a path the transition table allows) and, for students with an account, the inbox
// notices those events sent. Run after demo-positions.ts. The demo `student` gets a few, one of
// them an offer; the demo `enterprise` account's enterprise gets applicants in every status, and has
// closed one or two of its positions, as the app closes them (manage.server.ts changeStatus →
// close.server.ts closeOpenApplications): whoever was still waiting ended 岗位已关闭 with the reason
// 企业已关闭岗位 and heard of it; finished applications stayed as they were.
// No position is filled to its headcount (that would close it).
// All times are counted back from the `today` the seed is given, so the demo reads the same any day. Idempotent: account-less demo
// students cannot apply through the platform, so any application of theirs means the seed ran.

const LOCK = 72707372; // beside demo-positions.ts's 72707371
const CHAIN: ApplicationStatus[] = ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"];
const STATUSES: ApplicationStatus[] = [...CHAIN, "ACCEPTED", "DECLINED", "REJECTED", "WITHDRAWN"];
const WEIGHTS = [25, 15, 12, 8, 10, 5, 15, 10]; // in STATUSES order
const STUDENT_SIDE: ReadonlySet<ApplicationStatus> = new Set(["SUBMITTED", "ACCEPTED", "DECLINED", "WITHDRAWN"]);
const NOTES: Partial<Record<ApplicationStatus, Array<string | null>>> = {
  SUBMITTED: [null, null, "我有相关专业证书，希望获得面试机会。", "可以接受倒班和节假日上岗。", "希望能在本市工作。"],
  VIEWED: [null, "简历已收到，我们会尽快安排。"],
  INTERVIEW: ["请于下周二上午10点到门店面试，携带身份证和证书。", "请准时参加线上面试，链接将电话告知。"],
  OFFER: ["欢迎加入，试用期三个月。", "请在一周内确认是否接受。"],
  ACCEPTED: [null],
  DECLINED: ["已选择升学。", "离家较远，暂不考虑。"],
  REJECTED: ["岗位已招满，感谢关注。", "专业方向与岗位要求不完全相符。"],
  WITHDRAWN: ["已在其他企业实习。", null],
};

const isSeeded = async (db: PrismaClient | Prisma.TransactionClient) =>
  (await db.application.count({
    where: { student: { userId: null, name: { startsWith: DEMO_MARK } }, position: { contact: { startsWith: DEMO_MARK } } },
  })) > 0;

/** The statuses an application went through to end in `last`; checked against the transition table. */
function pathTo(last: ApplicationStatus, random: Random): ApplicationStatus[] {
  const path = CHAIN.includes(last)
    ? CHAIN.slice(0, CHAIN.indexOf(last) + 1)
    : last === "ACCEPTED" || last === "DECLINED"
    ? [...CHAIN, last]
    : [...CHAIN.slice(0, random.int(1, CHAIN.length)), last];
  path.slice(1).forEach((to, i) => {
    if (!mayMove(STUDENT_SIDE.has(to) ? "student" : "enterprise", path[i]!, to))
      throw new Error(`非法的演示状态路径 ${path.join("→")}`);
  });
  return path;
}

/**
 * The platform's close after a waiting path (validated by pathTo): not a side's move, so not in the
 * transition table; the platform ends exactly the applications still waiting (OPEN_APPLICATION_STATUSES).
 */
function closedPath(path: ApplicationStatus[]): ApplicationStatus[] {
  const last = path.at(-1)!;
  if (!(OPEN_APPLICATION_STATUSES as readonly ApplicationStatus[]).includes(last)) throw new Error(`非法的演示状态路径 ${path.join("→")}→CLOSED`);
  return [...path, "CLOSED"];
}

/** Event times: a working hour on days before `today`, one to six days apart, oldest first. */
function timeline(steps: number, random: Random, today: string): Date[] {
  const gaps = Array.from({ length: steps - 1 }, () => random.int(1, 6));
  let day = Date.parse(`${today}T00:00:00Z`) - random.int(1, 25) * 86_400_000 - gaps.reduce((a, b) => a + b, 0) * 86_400_000;
  return [0, ...gaps].map((gap) => {
    day += gap * 86_400_000;
    return new Date(day + random.int(1, 9) * 3_600_000 + random.int(0, 59) * 60_000); // 09:00–17:59 in Hohhot
  });
}

const positionSelect = {
  id: true,
  title: true,
  kind: true,
  minAge: true,
  startDate: true,
  headcount: true,
  enterpriseId: true,
  enterprise: { select: { organisation: { select: { name: true } } } },
  programs: { select: { programId: true } },
} as const;
const studentSelect = {
  id: true,
  userId: true,
  name: true,
  birthDate: true,
  school: { select: { organisation: { select: { name: true } } } },
  cohortYear: true,
  schoolProgram: { select: { programId: true } },
} as const;
type DemoPosition = Prisma.PositionGetPayload<{ select: typeof positionSelect }>;
type DemoStudent = Prisma.StudentGetPayload<{ select: typeof studentSelect }>;
type Planned = {
  position: DemoPosition;
  student: DemoStudent;
  path: ApplicationStatus[];
  times: Date[];
  notes: Array<string | null>;
};

/**
 * `engine` re-indexes the positions the demo enterprise closed (as demo-positions.ts indexed them);
 * `today` (YYYY-MM-DD, Hohhot) is the day the histories lead up to and eligibility is judged on.
 */
export async function seedDemoApplications(prisma: PrismaClient, engine: PositionIndex, today: string): Promise<{ created: number }> {
  if (await isSeeded(prisma)) return { created: 0 };
  const [positions, students, staff, demoStudent, demoEnterprise] = await Promise.all([
    prisma.position.findMany({
      where: { status: "PUBLISHED", contact: { startsWith: DEMO_MARK } },
      orderBy: { id: "asc" },
      select: positionSelect,
    }),
    prisma.student.findMany({
      where: { status: "ENROLLED", name: { startsWith: DEMO_MARK } },
      orderBy: { id: "asc" },
      select: studentSelect,
    }),
    prisma.user.findMany({
      where: { role: "ENTERPRISE_STAFF" },
      orderBy: { id: "desc" },
      select: { id: true, organisationId: true },
    }),
    prisma.student.findFirst({ where: { user: { username: "student" } }, select: { id: true } }),
    prisma.user.findUnique({ where: { username: "enterprise" }, select: { organisationId: true } }),
  ]);
  if (positions.length === 0 || students.length === 0) return { created: 0 };
  const staffOf = new Map(staff.map((u) => [u.organisationId, u.id])); // ordered by id desc: the first account wins
  const plan = planApplications(positions, students, today, demoStudent?.id, demoEnterprise?.organisationId);
  const closes = demoEnterprise && staffOf.has(demoEnterprise.organisationId) ? closePositions(plan, today, demoStudent?.id, demoEnterprise.organisationId) : [];
  const { created, closed } = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK})`);
      if (await isSeeded(tx)) return { created: 0, closed: [] };
      const written = await write(tx, plan, staffOf);
      const ids = await writeCloses(tx, closes, staffOf);
      await engine.indexInTransaction(tx, ids);
      return { created: written, closed: ids };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
  if (closed.length) await engine.afterCommit(closed);
  return { created };
}

/** Who applies where, ending in which status: the demo student and enterprise first, then a third of all positions. */
function planApplications(positions: DemoPosition[], students: DemoStudent[], today: string, demoStudentId?: number, demoEnterpriseId?: number) {
  const random = prng(2023_0901);
  const byProgram = new Map<number, DemoStudent[]>();
  for (const s of students) byProgram.set(s.schoolProgram.programId, [...(byProgram.get(s.schoolProgram.programId) ?? []), s]);
  const plan: Planned[] = [];
  const taken = new Set<string>();
  const accepted = new Map<number, number>();
  const weighted = () => {
    let left = random.next() * WEIGHTS.reduce((a, b) => a + b, 0);
    return STATUSES.find((_, i) => (left -= WEIGHTS[i]!) < 0) ?? "SUBMITTED";
  };
  const add = (position: DemoPosition, student: DemoStudent, wanted: ApplicationStatus) => {
    const key = `${position.id}:${student.id}`;
    const seat = {
      kind: position.kind,
      minAge: position.minAge,
      startDate: isoDayOf(position.startDate),
    };
    const who = { birthDate: isoDayOf(student.birthDate), cohortYear: student.cohortYear };
    if (taken.has(key) || eligibilityProblem(seat, who, today)) return false;
    const seats = accepted.get(position.id) ?? 0;
    const status = wanted === "ACCEPTED" && seats + 1 >= position.headcount ? "OFFER" : wanted;
    if (status === "ACCEPTED") accepted.set(position.id, seats + 1);
    const path = pathTo(status, random);
    taken.add(key);
    plan.push({ position, student, path, times: timeline(path.length, random, today), notes: path.map((s) => random.pick(NOTES[s]!)) });
    return true;
  };
  const applicantsFor = (position: DemoPosition, count: number, status: () => ApplicationStatus) => {
    const pool = position.programs.flatMap((p) => byProgram.get(p.programId) ?? []);
    let wanted: ApplicationStatus | undefined; // kept until someone takes it, so no status of the cycle is lost
    for (let added = 0, tries = 0; added < count && pool.length > 0 && tries < count * 5; tries++) {
      wanted ??= status();
      if (add(position, random.pick(pool), wanted)) [added, wanted] = [added + 1, undefined];
    }
  };

  const me = students.find((s) => s.id === demoStudentId);
  if (me) {
    const ours = (p: DemoPosition) => Number(p.enterpriseId === demoEnterpriseId);
    const forMe = positions.filter((p) => p.programs.some((x) => x.programId === me.schoolProgram.programId));
    const wanted: ApplicationStatus[] = ["OFFER", "INTERVIEW", "VIEWED", "SUBMITTED", "REJECTED"];
    for (const p of forMe.sort((a, b) => ours(b) - ours(a) || a.id - b.id))
      if (wanted.length && add(p, me, wanted[0]!)) wanted.shift();
  }
  let cycle = 0; // the demo enterprise shows all eight statuses before any repeats
  for (const p of positions.filter((x) => x.enterpriseId === demoEnterpriseId)) {
    applicantsFor(p, random.int(2, 5), () => (cycle < STATUSES.length ? STATUSES[cycle++]! : weighted()));
  }
  for (const p of positions.filter((x) => x.enterpriseId !== demoEnterpriseId)) {
    if (random.chance(0.35)) applicantsFor(p, random.int(1, 4), weighted);
  }
  return plan;
}

type Close = { position: DemoPosition; at: Date };

/**
 * The demo enterprise closes up to two of its positions (the last by id) on which someone is still
 * waiting: not one the demo student applied to (their offer stays open), and not so that a status
 * would vanish from the enterprise's other applications. Each waiting application on it gets the
 * platform's close (closedPath) at the moment of the close: the morning after the position's last
 * event, or within the hour when that morning is not yet past. Changes `plan` in place.
 */
function closePositions(plan: Planned[], today: string, demoStudentId: number | undefined, demoEnterpriseId: number): Close[] {
  const waiting = (a: Planned) => (OPEN_APPLICATION_STATUSES as readonly ApplicationStatus[]).includes(a.path.at(-1)!);
  const ours = plan.filter((a) => a.position.enterpriseId === demoEnterpriseId);
  const positions = [...new Map(ours.map((a) => [a.position.id, a.position])).values()].sort((a, b) => b.id - a.id);
  const closes: Close[] = [];
  const closedIds = new Set<number>();
  for (const position of positions) {
    if (closes.length === 2) break;
    const on = ours.filter((a) => a.position.id === position.id);
    if (!on.some(waiting) || on.some((a) => a.student.id === demoStudentId)) continue;
    const left = new Set(ours.filter((a) => a.position.id !== position.id && !closedIds.has(a.position.id)).map((a) => a.path.at(-1)!));
    if (STATUSES.some((s) => !left.has(s))) continue;
    const last = Math.max(...on.map((a) => a.times.at(-1)!.getTime()));
    const morning = (Math.floor(last / 86_400_000) + 1) * 86_400_000 + 2 * 3_600_000; // 10:00 in Hohhot, UTC+8
    const at = new Date(morning < Date.parse(`${today}T00:00:00Z`) ? morning : last + 3_600_000);
    for (const a of on.filter(waiting)) {
      a.path = closedPath(a.path);
      a.times = [...a.times, at];
      a.notes = [...a.notes, CLOSE_REASON.closed];
    }
    closes.push({ position, at });
    closedIds.add(position.id);
  }
  return closes;
}

/** The positions' side of each close, as manage.server.ts changeStatus writes it: status and its audit line. */
async function writeCloses(tx: Prisma.TransactionClient, closes: Close[], staffOf: Map<number, number>): Promise<number[]> {
  for (const { position, at } of closes) {
    await tx.position.update({ where: { id: position.id }, data: { status: "CLOSED", updatedAt: at } });
    await tx.positionChange.create({
      data: { positionId: position.id, userId: staffOf.get(position.enterpriseId)!, changedAt: at, changes: { status: ["PUBLISHED", "CLOSED"] } },
    });
  }
  return closes.map((c) => c.position.id);
}

async function write(tx: Prisma.TransactionClient, plan: Planned[], staffOf: Map<number, number>): Promise<number> {
  const rows = await tx.application.createManyAndReturn({
    data: plan.map((a) => ({
      positionId: a.position.id,
      studentId: a.student.id,
      status: a.path.at(-1)!,
      note: a.notes[0]!,
      createdAt: a.times[0]!,
      updatedAt: a.times.at(-1)!,
    })),
    select: { id: true, positionId: true, studentId: true },
  });
  const idOf = new Map(rows.map((r) => [`${r.positionId}:${r.studentId}`, r.id]));
  const steps = plan.flatMap((a) => a.path.map((to, i) => ({ a, to, i, at: a.times[i]!, note: a.notes[i]! })));
  await tx.applicationEvent.createMany({
    data: steps.map(({ a, to, i, at, note }) => ({
      applicationId: idOf.get(`${a.position.id}:${a.student.id}`)!,
      fromStatus: i === 0 ? null : a.path[i - 1]!,
      toStatus: to,
      note,
      // The platform's close records the account that closed the position, as closeOpenApplications does.
      actorId: STUDENT_SIDE.has(to) ? a.student.userId : staffOf.get(a.position.enterpriseId) ?? null,
      createdAt: at,
    })),
  });
  // Notices go to students with an account; all but each application's latest have been read.
  await tx.notification.createMany({
    data: steps.flatMap(({ a, to, i, at, note }) => {
      // The student's own moves (applying, answering an offer, withdrawing) are not news to them.
      if (a.student.userId === null || STUDENT_SIDE.has(to)) return [];
      const notice = statusNotice(
        to,
        { title: a.position.title, enterprise: a.position.enterprise.organisation.name },
        idOf.get(`${a.position.id}:${a.student.id}`)!,
        note,
      );
      const read = i < a.path.length - 1 ? new Date(at.getTime() + 3_600_000) : null;
      return [{ userId: a.student.userId, ...notice, createdAt: at, readAt: read }];
    }),
  });
  // The enterprise's demo account hears of what students did (applied, answered an offer, withdrew);
  // what it has already acted on has been read.
  await tx.notification.createMany({
    data: steps.flatMap(({ a, to, i, at, note }) => {
      const staff = staffOf.get(a.position.enterpriseId);
      const subject = {
        applicationId: idOf.get(`${a.position.id}:${a.student.id}`)!,
        positionId: a.position.id,
        title: a.position.title,
        student: a.student.name,
        school: a.student.school.organisation.name,
      };
      const notice = staff === undefined ? null : staffNotice(to, subject, note);
      if (!notice) return [];
      const read = i < a.path.length - 1 ? new Date(at.getTime() + 3_600_000) : null;
      return [{ userId: staff!, ...notice, createdAt: at, readAt: read }];
    }),
  });
  return rows.length;
}
