import { agreementStateLabel } from "~/lib/agreements";
import { dayColumn } from "~/lib/dates";

// 校企合作概览 (issue 13 item 6; docs/decisions/0015 "Partnership dashboard"): every figure of the
// dashboard is a filter over one load of a scope's partnerships (dashboard.server.ts), and its number
// is the length of the list that filter returns (students: the sum of its rows), so a number and the
// records page behind it (/bureau/partnerships/records?figure=…) cannot disagree. Pure: no database.

/** How long an agreement may go without activity under its pair before it counts as 停留在签订层面. */
export const IDLE_MONTHS = 12;
/** How far ahead 即将到期 looks: an agreement ending on today + 90 days is in, today + 91 out. */
export const EXPIRING_DAYS = 90;

/** An agreement's state as the agreements feature reads it (app/features/agreements/agreement-labels.ts AGREEMENT_STATES). */
export const STATES = ["PROPOSED", "UPCOMING", "IN_FORCE", "EXPIRED", "DECLINED", "TERMINATED"] as const;
export type StateName = (typeof STATES)[number];
export const STATE_LABEL: Record<StateName, string> = {
  PROPOSED: "待确认",
  UPCOMING: "未开始",
  IN_FORCE: "生效",
  EXPIRED: "已到期",
  DECLINED: "已拒绝",
  TERMINATED: "已终止",
};
const STATE_OF_LABEL = Object.fromEntries(Object.entries(STATE_LABEL).map(([k, v]) => [v, k])) as Record<string, StateName>;

export const KINDS = ["COOPERATION", "ORDER_CLASS", "APPRENTICESHIP", "INTERNSHIP_BASE", "TRAINING_BASE", "INDUSTRY_COLLEGE"] as const;
export type KindName = (typeof KINDS)[number];
export const KIND_LABEL: Record<KindName, string> = {
  COOPERATION: "校企合作",
  ORDER_CLASS: "订单班",
  APPRENTICESHIP: "现代学徒制",
  INTERNSHIP_BASE: "实习基地",
  TRAINING_BASE: "实训基地",
  INDUSTRY_COLLEGE: "产业学院",
};

/** What counts as activity under a school × enterprise pair (decision 0015). */
export const ACTIVITY_KINDS = ["orderClass", "placement", "position", "fairBooth", "teacherPractice"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_LABEL: Record<ActivityKind, string> = {
  orderClass: "订单班",
  placement: "岗位实习",
  position: "岗位投递",
  fairBooth: "招聘会展位",
  teacherPractice: "教师企业实践",
};

/** A program or enterprise without an industry cluster is counted under 其他 ("none" in a URL). */
export const OTHER = "其他";

export type AgreementRow = {
  id: number;
  title: string;
  kind: KindName;
  status: "PROPOSED" | "ACTIVE" | "DECLINED" | "TERMINATED";
  startsOn: Date;
  endsOn: Date | null;
  schoolId: number;
  school: string;
  district: string | null; // the school's
  enterpriseId: number;
  enterprise: string;
  clusterId: number | null; // the enterprise's
};
export type SchoolRow = { id: number; name: string; district: string | null };
export type ClusterRow = { id: number; name: string };
/** The last day (≤ today) on which something of `kind` went on under the pair; see dashboard.server.ts lastActivities. */
export type ActivityRow = { schoolId: number; enterpriseId: number; kind: ActivityKind; lastDay: Date };
/** Enrolled students of a school in programs of a cluster (null: no cluster). */
export type StudentCount = { schoolId: number; clusterId: number | null; students: number };

export type World = {
  today: string;
  agreements: AgreementRow[];
  schools: SchoolRow[];
  clusters: ClusterRow[];
  activities: ActivityRow[];
  students: StudentCount[];
};

export type ClusterKey = number | "none";
export type Filter = { kind?: KindName; state?: StateName; cluster?: ClusterKey; district?: string | "none"; school?: number };

const DAY_MS = 86_400_000;

/**
 * The first day of the 12 months up to `today` (YYYY-MM-DD): the same calendar day a year before
 * (29 February → 1 March). Activity on that day still counts; the day before does not.
 */
export function idleSince(today: string): Date {
  const t = dayColumn(today);
  return new Date(Date.UTC(t.getUTCFullYear() - IDLE_MONTHS / 12, t.getUTCMonth(), t.getUTCDate()));
}

/** The last day an agreement may end on and still be 即将到期: today + 90 days. */
export function expiringUntil(today: string): Date {
  return new Date(dayColumn(today).getTime() + EXPIRING_DAYS * DAY_MS);
}

export const stateOf = (a: AgreementRow, today: string): StateName => STATE_OF_LABEL[agreementStateLabel(a, today)]!;
/** In force today: ACTIVE, started, not ended (app/lib/agreements.ts agreementInForce). */
export const inForce = (a: AgreementRow, today: string) => stateOf(a, today) === "IN_FORCE";

const pairKey = (schoolId: number, enterpriseId: number) => `${schoolId}:${enterpriseId}`;
const clusterOf = (id: number | null): ClusterKey => id ?? "none";

function matches(a: AgreementRow, f: Filter, today: string): boolean {
  return (
    (f.kind === undefined || a.kind === f.kind) &&
    (f.state === undefined || stateOf(a, today) === f.state) &&
    (f.cluster === undefined || clusterOf(a.clusterId) === f.cluster) &&
    (f.district === undefined || (a.district ?? "none") === f.district) &&
    (f.school === undefined || a.schoolId === f.school)
  );
}

/** The latest activity day under each pair, with its kind. */
export function lastActivityByPair(w: World): Map<string, { day: Date; kind: ActivityKind }> {
  const last = new Map<string, { day: Date; kind: ActivityKind }>();
  for (const r of w.activities) {
    const key = pairKey(r.schoolId, r.enterpriseId);
    const seen = last.get(key);
    if (!seen || r.lastDay > seen.day) last.set(key, { day: r.lastDay, kind: r.kind });
  }
  return last;
}

export type AgreementRecord = AgreementRow & { state: StateName; lastActivity: { day: Date; kind: ActivityKind } | null };
export type PairRecord = { schoolId: number; school: string; enterpriseId: number; enterprise: string; agreements: number; lastActivity: { day: Date; kind: ActivityKind } | null };
export type SchoolRecord = { id: number; name: string; district: string | null; agreements: number; students: number };
export type EnterpriseRecord = { id: number; name: string; clusterId: number | null; schools: number; agreements: number };

export const FIGURES = {
  agreements: { label: "合作协议", meaning: "范围内的全部合作协议（各种状态），可按类型、状态、产业集群、区县筛选", kind: "agreement" },
  pairs: { label: "校企合作对", meaning: "有生效协议的“学校 × 企业”组合，每对只计一次（报告：建立校企合作关系 94 家）", kind: "pair" },
  idle: {
    label: "12个月无活动的协议",
    meaning: "生效已满12个月、同一学校与企业之间近12个月没有订单班、岗位实习、本校学生投递该企业岗位、企业在本校招聘会设展位或在招聘会上记录本校学生意向、教师企业实践的协议（协议停留在签订层面）",
    kind: "agreement",
  },
  expiring: { label: "90天内到期的协议", meaning: "生效中、结束日期在今天至90天后（含）之间的协议", kind: "agreement" },
  unpartnered: { label: "无生效合作企业的学校", meaning: "没有任何生效协议的学校", kind: "school" },
  enterprises: { label: "合作企业", meaning: "至少有一份生效协议的企业，按企业所属产业集群统计", kind: "enterprise" },
  students: { label: "在校生", meaning: "在读学生，按所学专业对接的产业集群统计；记录为各校人数", kind: "school" },
} as const;
export type FigureName = keyof typeof FIGURES;
export const FIGURE_NAMES = Object.keys(FIGURES) as FigureName[];

export type Records =
  | { kind: "agreement"; list: AgreementRecord[] }
  | { kind: "pair"; list: PairRecord[] }
  | { kind: "school"; list: SchoolRecord[] }
  | { kind: "enterprise"; list: EnterpriseRecord[] };

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "zh-CN");

/** The records behind `figure` narrowed by `filter` (fields a figure does not use are ignored). */
export function figureRecords(w: World, figure: FigureName, f: Filter = {}): Records {
  const today = w.today;
  const last = lastActivityByPair(w);
  const record = (a: AgreementRow): AgreementRecord => ({ ...a, state: stateOf(a, today), lastActivity: last.get(pairKey(a.schoolId, a.enterpriseId)) ?? null });
  const inForceRows = w.agreements.filter((a) => inForce(a, today));
  const agreementsOf = (rows: AgreementRow[]): Records => ({ kind: "agreement", list: rows.map(record) });
  switch (figure) {
    case "agreements":
      return agreementsOf(w.agreements.filter((a) => matches(a, f, today)));
    case "idle": {
      const since = idleSince(today);
      return agreementsOf(
        inForceRows.filter((a) => {
          if (!matches(a, { ...f, state: undefined }, today) || a.startsOn > since) return false;
          const seen = last.get(pairKey(a.schoolId, a.enterpriseId));
          return !seen || seen.day < since;
        }),
      );
    }
    case "expiring": {
      const from = dayColumn(today);
      const until = expiringUntil(today);
      return agreementsOf(
        w.agreements.filter((a) => a.status === "ACTIVE" && a.endsOn !== null && a.endsOn >= from && a.endsOn <= until && matches(a, { ...f, state: undefined }, today)),
      );
    }
    case "pairs": {
      const pairs = new Map<string, PairRecord>();
      for (const a of inForceRows.filter((x) => matches(x, { ...f, state: undefined, kind: undefined }, today))) {
        const key = pairKey(a.schoolId, a.enterpriseId);
        const p = pairs.get(key) ?? { schoolId: a.schoolId, school: a.school, enterpriseId: a.enterpriseId, enterprise: a.enterprise, agreements: 0, lastActivity: last.get(key) ?? null };
        p.agreements += 1;
        pairs.set(key, p);
      }
      return { kind: "pair", list: [...pairs.values()].sort((a, b) => a.school.localeCompare(b.school, "zh-CN") || a.enterprise.localeCompare(b.enterprise, "zh-CN")) };
    }
    case "enterprises": {
      const ents = new Map<number, EnterpriseRecord & { schoolIds: Set<number> }>();
      for (const a of inForceRows.filter((x) => matches(x, { cluster: f.cluster, district: f.district, school: f.school }, today))) {
        const e = ents.get(a.enterpriseId) ?? { id: a.enterpriseId, name: a.enterprise, clusterId: a.clusterId, schools: 0, agreements: 0, schoolIds: new Set<number>() };
        e.agreements += 1;
        e.schoolIds.add(a.schoolId);
        e.schools = e.schoolIds.size;
        ents.set(a.enterpriseId, e);
      }
      return { kind: "enterprise", list: [...ents.values()].map(({ schoolIds: _, ...e }) => e).sort(byName) };
    }
    case "unpartnered": {
      const partnered = new Set(inForceRows.map((a) => a.schoolId));
      const all = new Map(w.agreements.map((a) => [a.schoolId, 0]));
      for (const a of w.agreements) all.set(a.schoolId, (all.get(a.schoolId) ?? 0) + 1);
      return {
        kind: "school",
        list: w.schools
          .filter((s) => !partnered.has(s.id) && schoolMatches(s, f))
          .map((s) => ({ ...s, agreements: all.get(s.id) ?? 0, students: studentsOf(w, s.id, undefined) }))
          .sort(byName),
      };
    }
    case "students":
      return {
        kind: "school",
        list: w.schools
          .filter((s) => schoolMatches(s, f))
          .map((s) => ({ ...s, agreements: w.agreements.filter((a) => a.schoolId === s.id).length, students: studentsOf(w, s.id, f.cluster) }))
          .filter((s) => s.students > 0)
          .sort(byName),
      };
  }
}

const schoolMatches = (s: SchoolRow, f: Filter) =>
  (f.district === undefined || (s.district ?? "none") === f.district) && (f.school === undefined || s.id === f.school);

function studentsOf(w: World, schoolId: number, cluster: ClusterKey | undefined): number {
  return w.students.filter((c) => c.schoolId === schoolId && (cluster === undefined || clusterOf(c.clusterId) === cluster)).reduce((n, c) => n + c.students, 0);
}

/** The number a figure shows: its records' count; for students, the sum of the schools' counts. */
export function figureValue(w: World, figure: FigureName, f: Filter = {}): number {
  const r = figureRecords(w, figure, f);
  return r.kind === "school" && figure === "students" ? r.list.reduce((n, s) => n + s.students, 0) : r.list.length;
}

export type Breakdown<K> = { key: K; name: string; value: number };

/** Every number of the dashboard, each with the filter its link carries. */
export function dashboard(w: World) {
  const districts = [...new Set([...w.schools.map((s) => s.district ?? "none"), ...w.agreements.map((a) => a.district ?? "none")])];
  const clusterKeys: Array<{ key: ClusterKey; name: string }> = [...w.clusters.map((c) => ({ key: c.id as ClusterKey, name: c.name })), { key: "none", name: OTHER }];
  const count = (figure: FigureName, f: Filter) => figureValue(w, figure, f);
  return {
    totals: {
      agreements: count("agreements", {}),
      inForce: count("agreements", { state: "IN_FORCE" }),
      pairs: count("pairs", {}),
      enterprises: count("enterprises", {}),
      unpartnered: count("unpartnered", {}),
      idle: count("idle", {}),
      expiring: count("expiring", {}),
      students: count("students", {}),
    },
    byKind: KINDS.map((k) => ({ key: k, name: KIND_LABEL[k], value: count("agreements", { kind: k }) })),
    byState: STATES.map((s) => ({ key: s, name: STATE_LABEL[s], value: count("agreements", { state: s }) })),
    byCluster: clusterKeys
      .map(({ key, name }) => ({
        key,
        name,
        agreements: count("agreements", { cluster: key }),
        enterprises: count("enterprises", { cluster: key }),
        students: count("students", { cluster: key }),
      }))
      .filter((r) => r.key !== "none" || r.agreements + r.enterprises + r.students > 0),
    byDistrict: districts.map((d) => ({ key: d, agreements: count("agreements", { district: d }), inForce: count("agreements", { district: d, state: "IN_FORCE" }), pairs: count("pairs", { district: d }) })),
  };
}
export type Dashboard = ReturnType<typeof dashboard>;
