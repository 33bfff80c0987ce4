import type { District, PositionKind, PositionStatus } from "~/generated/prisma/client";
import { apportion, type Random } from "../../../shared/prng";
import { BENEFITS, TRADES, type Profile, type Trade, type TradeKey } from "./vocabulary";

// Turns the vocabulary into position rows, the same for the same random seed. The demo seed makes
// about 600 of them; the benchmark makes 100,000 from the same words, so common words (厨师, 会计)
// repeat across thousands of positions the way they do on a real job board.

/** `cluster`: the name of the employer's cluster or sector, which a position takes when its trade belongs to none. */
export type Employer = { id: number; name: string; profile: Profile; weight: number; cluster?: string | null };
export type Catalog = { programs: Map<string, { id: number; categoryId: number }>; clusterIds: Map<string, number> };

export type PlannedPosition = {
  enterpriseId: number;
  kind: PositionKind;
  status: PositionStatus;
  title: string;
  description: string;
  clusterId: number | null;
  headcount: number;
  city: string | null;
  district: District | null;
  payMin: number | null;
  payMax: number | null;
  startDate: Date | null;
  durationMonths: number | null;
  minAge: number | null;
  wantedCertificates: string[];
  contact: string;
  deadline: Date | null;
  publishedAt: Date | null;
  programIds: number[];
  categoryIds: number[];
};

/** Demo positions carry this in their contact line: the mark the platform uses for made-up data. */
export const DEMO_MARK = "示例·";
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗".split("");

function weighted<K extends string>(random: Random, weights: Partial<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let left = random.next() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) if ((left -= w) < 0) return key;
  return entries.at(-1)![0];
}

const round100 = (n: number) => Math.round(n / 100) * 100;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

export type PlanOptions = {
  /** Deadlines and publication dates are spread around this day (YYYY-MM-DD). */
  today: string;
  /** Share of positions that are drafts, closed or past their deadline (the benchmark wants some). */
  unsearchableShare?: number;
};

export function planPositions(random: Random, employers: Employer[], total: number, catalog: Catalog, options: PlanOptions): PlannedPosition[] {
  const counts = apportion(total, employers.map((e) => e.weight));
  const rows: PlannedPosition[] = [];
  employers.forEach((employer, i) => {
    for (let n = 0; n < counts[i]!; n++) {
      const trade = TRADES[weighted<TradeKey>(random, employer.profile.trades)];
      rows.push(planOne(random, employer, trade, catalog, options, rows.length + 1));
    }
  });
  return rows;
}

function planOne(random: Random, employer: Employer, trade: Trade, catalog: Catalog, options: PlanOptions, serial: number): PlannedPosition {
  const kind = weighted<PositionKind>(random, employer.profile.kinds);
  const base = random.pick(trade.titles);
  const title = kind === "INTERNSHIP" ? `${base}${random.pick(["实习生", "（岗位实习）"])}` : kind === "APPRENTICESHIP" ? `${base}学徒` : base;
  const programs = random.shuffle(trade.programs).slice(0, random.int(1, 2)).flatMap((name) => catalog.programs.get(name) ?? []);
  const headcount = random.int(1, 8);
  const today = day(options.today);
  const [status, deadline] = lifecycle(random, today, options.unsearchableShare ?? 0);
  return {
    enterpriseId: employer.id,
    kind,
    status,
    title,
    description: describe(random, employer.name, title, headcount, trade, kind),
    // The trade's cluster (a nurse is 生物医药 wherever she works), else the employer's: a hotel's
    // accountant works in 现代服务业, a hospital's in 生物医药.
    clusterId: clusterIdOf(catalog, trade.cluster ?? employer.cluster ?? null),
    headcount,
    city: employer.profile.city ?? null,
    district: random.pick(employer.profile.districts),
    ...pay(random, trade, kind),
    // Five weeks, three months, seven months ahead: 2027-01-04, 03-01 and 07-01 seen from 2026-11-29,
    // relative so that who is old enough at the start (eligibility) does not drift with the seeding day.
    startDate: random.chance(0.5) ? addDays(today, random.pick([36, 92, 214])) : null,
    durationMonths: kind === "INTERNSHIP" ? 6 : kind === "APPRENTICESHIP" ? random.pick([12, 24, 36]) : null,
    minAge: kind === "JOB" ? (random.chance(0.5) ? 18 : null) : 16,
    wantedCertificates: trade.certificates && random.chance(0.5) ? [random.pick(trade.certificates)] : [],
    contact: `${DEMO_MARK}${random.pick(SURNAMES)}老师 0471-0000-${String(serial).padStart(6, "0")}`,
    deadline,
    publishedAt: status === "DRAFT" ? null : addDays(today, -random.int(1, 90)),
    programIds: programs.map((p) => p.id),
    categoryIds: random.chance(0.4) ? [...new Set(programs.map((p) => p.categoryId))] : [],
  };
}

const clusterIdOf = (catalog: Catalog, name: string | null) => (name ? (catalog.clusterIds.get(name) ?? null) : null);

/** Open with a future deadline or none; when asked, some drafts, closed ones and ones past their deadline. */
function lifecycle(random: Random, today: Date, unsearchable: number): [PositionStatus, Date | null] {
  const future = random.chance(0.3) ? null : addDays(today, random.int(10, 180));
  if (!random.chance(unsearchable)) return ["PUBLISHED", future];
  return random.pick<[PositionStatus, Date | null]>([["DRAFT", future], ["CLOSED", future], ["PUBLISHED", addDays(today, -random.int(1, 60))]]);
}

function pay(random: Random, trade: Trade, kind: PositionKind): { payMin: number | null; payMax: number | null } {
  const [lo, hi] = trade.pay;
  if (kind === "JOB" && random.chance(0.05)) return { payMin: null, payMax: null }; // 面议
  const spread = (x: number, a: number, b: number) => round100(x * (a + random.next() * (b - a)));
  const [min, max] =
    kind === "INTERNSHIP" ? [spread(lo, 0.55, 0.7), spread(lo, 0.75, 0.95)]
    : kind === "APPRENTICESHIP" ? [spread(lo, 0.7, 0.85), spread(hi, 0.6, 0.75)]
    : [spread(lo, 0.9, 1.1), spread(hi, 0.85, 1.15)];
  return { payMin: min, payMax: kind === "JOB" && random.chance(0.1) ? null : Math.max(min, max) };
}

const KIND_TERMS: Record<PositionKind, string> = {
  JOB: "中职及以上学历，欢迎应届毕业生",
  INTERNSHIP: "面向二年级及以上在校生，年满16周岁。岗位实习期6个月，按月发放实习补贴，学校、企业、学生签订三方协议并购买实习责任保险",
  APPRENTICESHIP: "现代学徒制培养，企业师傅与学校教师共同带教，学徒期满考核合格可留用",
};

function describe(random: Random, enterprise: string, title: string, headcount: number, trade: Trade, kind: PositionKind): string {
  const duties = random.shuffle(trade.duties).slice(0, 2).join("；");
  return `${enterprise}招聘${title}${headcount}名。岗位职责：${duties}。任职要求：${trade.programs.join("、")}等相关专业，${KIND_TERMS[kind]}。待遇：${random.pick(BENEFITS)}。`;
}
