import { prng, type Random } from "../../../shared/prng";
import { SURNAMES } from "../people";

// 岗位实习 placements for the demo, planned in memory from rows read out of the database (ids in id
// order, so the same database gives the same plan). Demo design throughout, not report facts.
//
// Who: second- and third-year students (the cohorts `today` puts in their second and third year,
// generate.ts yearsSinceReport), never in their first year on the start day, at least 16 on it.
// Where: the posts of hosts.ts whose programs match the student's. How many: PLAN below, every state.
// The rules of 教职成〔2021〕4号 are kept by construction: pay at least 80% of the post's regular wage
// (rounded up to 100 yuan), 8 h a day and 40 a week, no night shift, overtime or holiday work, at most
// six months and never past the student's graduation, insurance from the first to the last day paid
// by the school or the host, the tripartite agreement signed before the start, the guardian's consent
// for a student under 18 on the start day; interns in ACTIVE and PLANNED placements at most 10% of the
// host's staff and 20% of the post's. WARNINGS then breaks a few, as real placements break them, so
// a compliance view has something true to show.

export const DAY_MS = 86_400_000;
/** days since 1970-01-01 of an ISO day */
export const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const dateOf = (n: number) => new Date(n * DAY_MS);
/** `hour` o'clock in Hohhot (UTC+8) on day `n`, with `minute` */
const at = (n: number, hour: number, minute = 0) => new Date(n * DAY_MS + (hour - 8) * 3_600_000 + minute * 60_000);

export type PlacementState = "PLANNED" | "ACTIVE" | "COMPLETED" | "TERMINATED";
/** How many of each: 320 in all. */
export const PLAN: Readonly<Record<PlacementState, number>> = { COMPLETED: 110, ACTIVE: 135, PLANNED: 45, TERMINATED: 30 };

export type PostInput = {
  id: number;
  enterpriseId: number;
  name: string;
  staffCount: number;
  regularWage: number;
  category: string; // the host's business category, taken as the post's
  hostStaff: number;
  programs: readonly string[];
};
export type StudentInput = { id: number; schoolId: number; program: string; cohortYear: number; birthDate: Date };
export type TeacherInput = { id: number; schoolId: number; userId: number | null };

export type PlannedPlacement = {
  studentId: number;
  schoolId: number;
  enterpriseId: number;
  postId: number;
  post: string;
  postCategory: string;
  program: string;
  status: PlacementState;
  supervisorTeacherId: number;
  reviewerId: number | null;
  mentorName: string;
  mentorPhone: string;
  startsOn: number;
  endsOn: number;
  endedOn: number | null; // COMPLETED: endsOn; TERMINATED: the day it was ended
  endReason: string | null;
  request: string | null; // TERMINATED at the student's request (a PlacementRequest): the student's reason
  dailyHours: number;
  weeklyHours: number;
  monthlyPay: number;
  regularWage: number;
  createdOn: number;
  tripartiteOn: number;
  consentOn: number | null;
  ageAtStart: number;
  insurancePolicyNo: string;
  insurancePayer: "SCHOOL" | "HOST";
  mentorEvaluation: string | null;
  schoolGrade: string | null;
  retained: boolean | null;
  retainedPositionId: number | null;
  pay: { month: number; amount: number; paidOn: number; confirmedAt: Date | null }[];
  weeks: { monday: number; body: string; submittedAt: Date; reviewedAt: Date | null; daysPresent: number; confirmedAt: Date }[];
};

/** The demo's deliberate problems, one field each, for the compliance view to find. */
export type Warning = "PAY_MISSING" | "PAY_LOW" | "REPORTS_UNREVIEWED" | "CONSENT_MISSING" | "ENDING_SOON";

/** Why placements were ended; `request` is the student's own request (PlacementRequest) where the student asked. */
const TERMINATION = [
  { reason: "学生因病申请终止实习，学校同意", request: "身体原因需要住院治疗，申请终止实习" },
  { reason: "学生申请专心备考升学，学校同意终止实习", request: "准备参加职教高考，申请终止实习" },
  { reason: "企业经营调整，该岗位暂停，学校终止实习并另行安排", request: null },
  { reason: "实习内容与专业不对口，学校终止实习", request: null },
];
const EVALUATIONS = [
  "工作认真负责，能按操作规程完成岗位任务，与同事相处融洽。",
  "学习主动，动手能力强，已能独立顶岗。",
  "出勤良好，服从安排，专业技能有明显提高。",
  "态度端正，沟通能力有待加强，总体合格。",
];
const GRADES = ["优秀", "良好", "良好", "合格", "优秀", "良好", "合格", "不合格"];
const REPORT_LINES = [
  "本周在师傅指导下熟悉岗位操作流程，记录了遇到的问题。",
  "本周独立完成了部分岗位任务，师傅检查后指出了需要改进的地方。",
  "本周参加了企业安全培训和岗位技能考核。",
  "本周跟班学习，整理了工作笔记，下周计划练习薄弱环节。",
];

export type PlanInput = {
  today: string;
  /** the cohorts in their second and third year on `today` */
  cohorts: { second: number; third: number };
  posts: PostInput[];
  students: StudentInput[];
  teachers: TeacherInput[];
  /** each host's positions (ids), for the ones kept on (留用) */
  positionsOf: Map<number, number[]>;
};

/** the Monday on or after day `n` (day 0, 1970-01-01, was a Thursday: weekday (n + 4) % 7 with Sunday 0) */
const monday = (n: number) => n + ((8 - ((n + 4) % 7)) % 7);
const ageOn = (birth: Date, n: number) => {
  const b = birth.toISOString().slice(0, 10);
  const d = dateOf(n).toISOString().slice(0, 10);
  return Number(d.slice(0, 4)) - Number(b.slice(0, 4)) - (d.slice(5) < b.slice(5) ? 1 : 0);
};
const monthStart = (n: number) => dayNumber(`${dateOf(n).toISOString().slice(0, 7)}-01`);
const monthEnd = (n: number) => {
  const d = dateOf(n);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY_MS);
};
/** six months on from `start`, the last day included: start + 6 calendar months − 1 day */
export const sixMonthsEnd = (start: number) => {
  const d = dateOf(start);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 6, d.getUTCDate()) / DAY_MS) - 1;
};

export function planPlacements(input: PlanInput): { placements: PlannedPlacement[]; warnings: Map<Warning, number[]> } {
  const random = prng(2021_4); // 教职成〔2021〕4号
  const T = dayNumber(input.today);
  const { second, third } = input.cohorts;
  const secondYearFrom = (cohort: number) => dayNumber(`${cohort + 1}-09-01`);
  const graduation = (cohort: number) => dayNumber(`${cohort + 3}-06-30`);

  const hostCap = new Map<number, number>();
  const hostLoad = new Map<number, number>(); // ACTIVE + PLANNED per host
  for (const p of input.posts) hostCap.set(p.enterpriseId, Math.floor(p.hostStaff / 10));
  const postLoad = new Map<number, number>(); // ACTIVE + PLANNED per post
  const postAll = new Map<number, number>(); // every state per post
  const postCap = (p: PostInput) => Math.floor(p.staffCount / 5);

  const byProgram = new Map<string, StudentInput[]>();
  for (const s of input.students) {
    if (s.cohortYear !== second && s.cohortYear !== third) continue;
    const list = byProgram.get(s.program) ?? [];
    list.push(s);
    byProgram.set(s.program, list);
  }
  for (const [k, list] of byProgram) byProgram.set(k, random.shuffle(list));
  const used = new Set<number>();
  const teachersOf = new Map<number, TeacherInput[]>();
  for (const t of input.teachers) teachersOf.set(t.schoolId, [...(teachersOf.get(t.schoolId) ?? []), t]);

  /** start and end for a student of `cohort` in `state`, or null when the calendar leaves none */
  const window = (state: PlacementState, cohort: number): { start: number; end: number; endedOn: number | null } | null => {
    const earliest = secondYearFrom(cohort);
    const grad = graduation(cohort);
    if (state === "COMPLETED") {
      const duration = random.int(90, 180);
      const start = monday(random.int(Math.max(earliest, T - 400), T - duration - 2));
      const end = Math.min(start + duration, sixMonthsEnd(start), grad);
      return start >= earliest && end < T ? { start, end, endedOn: end } : null;
    }
    if (state === "TERMINATED") {
      const start = monday(random.int(Math.max(earliest, T - 300), T - 40));
      const end = Math.min(start + random.int(120, 180), sixMonthsEnd(start), grad);
      const endedOn = start + random.int(14, 70);
      return start >= earliest && endedOn < T && endedOn < end ? { start, end, endedOn } : null;
    }
    if (state === "ACTIVE") {
      const start = monday(random.int(Math.max(earliest, T - 170), T - 14));
      const end = Math.min(start + random.int(120, 182), sixMonthsEnd(start), grad);
      return start >= earliest && start < T - 7 && end > T ? { start, end, endedOn: null } : null;
    }
    const start = monday(T + random.int(3, 45));
    const end = Math.min(start + random.int(120, 182), sixMonthsEnd(start), grad);
    return start >= earliest && end - start >= 60 ? { start, end, endedOn: null } : null;
  };

  const states = random.shuffle(Object.entries(PLAN).flatMap(([s, n]) => Array.from({ length: n }, () => s as PlacementState)));
  const placements: PlannedPlacement[] = [];
  for (const state of states) {
    const counts = state === "ACTIVE" || state === "PLANNED";
    let placed = false;
    for (let attempt = 0; attempt < 200 && !placed; attempt++) {
      const post = random.pick(input.posts);
      if (counts && ((postLoad.get(post.id) ?? 0) >= postCap(post) || (hostLoad.get(post.enterpriseId) ?? 0) >= hostCap.get(post.enterpriseId)!)) continue;
      if ((postAll.get(post.id) ?? 0) >= Math.max(2 * postCap(post), 2)) continue;
      const program = random.pick(post.programs);
      let found: { student: StudentInput; w: NonNullable<ReturnType<typeof window>>; age: number; teachers: TeacherInput[] } | null = null;
      for (const student of (byProgram.get(program) ?? []).filter((s) => !used.has(s.id)).slice(0, 40)) {
        const w = window(state, student.cohortYear);
        const teachers = teachersOf.get(student.schoolId) ?? [];
        if (!w || teachers.length === 0 || w.end - w.start < 14) continue;
        const age = ageOn(student.birthDate, w.start);
        if (age < 16) continue;
        found = { student, w, age, teachers };
        break;
      }
      if (!found) continue;
      const { student, w, age, teachers } = found;
      used.add(student.id);
      if (counts) {
        postLoad.set(post.id, (postLoad.get(post.id) ?? 0) + 1);
        hostLoad.set(post.enterpriseId, (hostLoad.get(post.enterpriseId) ?? 0) + 1);
      }
      postAll.set(post.id, (postAll.get(post.id) ?? 0) + 1);
      placements.push(makePlacement(random, { state, post, student, program, age, window: w, T, teachers, positions: input.positionsOf.get(post.enterpriseId) ?? [] }));
      placed = true;
    }
    if (!placed) throw new Error(`演示实习：找不到能安排的学生（${state}）`);
  }
  return { placements, warnings: breakSome(random, placements, T) };
}

function makePlacement(
  random: Random,
  a: {
    state: PlacementState;
    post: PostInput;
    student: StudentInput;
    program: string;
    age: number;
    window: { start: number; end: number; endedOn: number | null };
    T: number;
    teachers: TeacherInput[];
    positions: number[];
  },
): PlannedPlacement {
  const { state, post, student, T } = a;
  const { start, end, endedOn } = a.window;
  // Recorded three to six weeks before the start, or lately for those still to start; papers signed in between.
  const createdOn = Math.min(start - random.int(21, 42), T - random.int(5, 20));
  const tripartiteOn = Math.min(createdOn + random.int(2, 10), start - 1, T - 1);
  const consentOn = a.age < 18 ? Math.min(createdOn + random.int(1, 8), start - 1, T - 1) : null;
  const supervisor = random.pick(a.teachers);
  // Agreed pay: 82–100% of the post's wage, rounded up to 100 yuan, so never under 80%.
  const monthlyPay = Math.ceil((post.regularWage * random.int(82, 100)) / 100 / 100) * 100;
  const short = random.chance(0.15);
  const p: PlannedPlacement = {
    studentId: student.id,
    schoolId: student.schoolId,
    enterpriseId: post.enterpriseId,
    postId: post.id,
    post: post.name,
    postCategory: post.category,
    program: a.program,
    status: state,
    supervisorTeacherId: supervisor.id,
    reviewerId: supervisor.userId,
    mentorName: `示例·${random.pick(SURNAMES)}师傅`,
    mentorPhone: `13${random.int(0, 9)}-0000-${String(random.int(0, 9999)).padStart(4, "0")}`,
    startsOn: start,
    endsOn: end,
    endedOn,
    endReason: null,
    request: null,
    dailyHours: short ? 7.5 : 8,
    weeklyHours: short ? 37.5 : 40,
    monthlyPay,
    regularWage: post.regularWage,
    createdOn,
    tripartiteOn,
    consentOn,
    ageAtStart: a.age,
    insurancePolicyNo: `示例-SXZR${dateOf(start).getUTCFullYear()}${String(random.int(0, 999999)).padStart(6, "0")}`,
    insurancePayer: random.chance(0.6) ? "SCHOOL" : "HOST",
    mentorEvaluation: null,
    schoolGrade: null,
    retained: null,
    retainedPositionId: null,
    pay: [],
    weeks: [],
  };
  if (state === "TERMINATED") {
    const t = random.pick(TERMINATION);
    p.endReason = t.reason;
    p.request = t.request;
  }
  if (state === "COMPLETED") {
    p.mentorEvaluation = random.pick(EVALUATIONS);
    p.schoolGrade = random.pick(GRADES);
    p.retained = p.schoolGrade !== "不合格" && random.chance(0.35);
    if (p.retained && a.positions.length > 0 && random.chance(0.7)) p.retainedPositionId = random.pick(a.positions);
  }
  if (state !== "PLANNED") {
    // Tracking up to the last day worked that has passed: weeks whose Sunday is over, months whose last day is.
    const last = state === "ACTIVE" ? T - 1 : endedOn!;
    for (let m = start; m + 6 <= last && m + 6 < T; m += 7) {
      const sunday = m + 6;
      const submittedAt = at(sunday, 20, random.int(0, 59));
      const reviewDay = sunday + random.int(1, 3);
      p.weeks.push({
        monday: m,
        body: `${post.name}岗位：${random.pick(REPORT_LINES)}`,
        submittedAt,
        reviewedAt: reviewDay < T ? at(reviewDay, random.int(9, 17), random.int(0, 59)) : null,
        daysPresent: random.chance(0.1) ? 4 : 5,
        confirmedAt: at(sunday, 18, random.int(0, 59)),
      });
    }
    for (let m = monthStart(start); m <= last && monthEnd(m) < T; m = monthEnd(m) + 1) {
      const paidOn = monthEnd(m);
      p.pay.push({ month: m, amount: monthlyPay, paidOn, confirmedAt: paidOn + 1 < T ? at(paidOn + 1, 20, random.int(0, 59)) : null });
    }
  }
  return p;
}

/** The warning cases, each on its own placements; returns which (indexes into `placements`). */
function breakSome(random: Random, placements: PlannedPlacement[], T: number): Map<Warning, number[]> {
  const warnings = new Map<Warning, number[]>();
  const taken = new Set<number>();
  const choose = (warning: Warning, n: number, fits: (p: PlannedPlacement) => boolean, apply: (p: PlannedPlacement) => void) => {
    const candidates = placements.map((p, i) => ({ p, i })).filter(({ p, i }) => !taken.has(i) && fits(p));
    if (candidates.length < n) throw new Error(`演示实习：没有可用于「${warning}」的实习`);
    const chosen = random.shuffle(candidates).slice(0, n);
    for (const { p, i } of chosen) {
      taken.add(i);
      apply(p);
    }
    warnings.set(warning, chosen.map((c) => c.i).sort((a, b) => a - b));
  };
  const active = (p: PlannedPlacement) => p.status === "ACTIVE";
  // A month not paid (the host skipped it; the student confirmed nothing).
  choose("PAY_MISSING", 2, (p) => active(p) && p.pay.length >= 2, (p) => p.pay.splice(random.int(0, p.pay.length - 2), 1));
  // A month paid at 60% of the post's wage.
  choose("PAY_LOW", 2, (p) => active(p) && p.pay.length >= 1, (p) => {
    p.pay.at(-1)!.amount = Math.floor((p.regularWage * 0.6) / 100) * 100;
  });
  // The supervisor has not looked at the last three weeks' reports.
  choose("REPORTS_UNREVIEWED", 2, (p) => active(p) && p.weeks.length >= 5, (p) => {
    for (const w of p.weeks.slice(-3)) w.reviewedAt = null;
  });
  // A 17-year-old about to start without the guardian's consent on file.
  choose("CONSENT_MISSING", 1, (p) => p.status === "PLANNED" && p.ageAtStart === 17, (p) => (p.consentOn = null));
  // Ends within 30 days: kept as it falls, and one is made to.
  const soon = (p: PlannedPlacement) => active(p) && p.endsOn - T <= 30;
  if (!placements.some(soon)) {
    choose("ENDING_SOON", 1, (p) => active(p) && p.startsOn < T - 60, (p) => (p.endsOn = T + 20));
  } else {
    warnings.set("ENDING_SOON", placements.map((p, i) => (soon(p) ? i : -1)).filter((i) => i >= 0));
  }
  return warnings;
}
