import { APPLICATION_STATUS_LABEL } from "~/features/applications";
import type { ApplicationRecord, BoothRecord, FairRecords, LeadRecord, PositionRecord, RegistrationRecord } from "./report.server";

// The fair report's figures (issue 12 item 6), each defined once: its meaning (also in
// docs/glossary.md "招聘会报告"), the kind of record behind it and the filter that picks those records
// from the fair's load (report.server.ts fairRecords). The report's number is the length of the list
// the records page shows, so the two cannot disagree.

/** A program without an industry cluster is counted under 其他. */
export const OTHER_CLUSTER = "其他";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The last moment an event still counts "within N days after the fair": the fair's end + N days,
 * inclusive (an offer at exactly that instant counts, a millisecond later does not).
 */
export function windowEnd(endsAt: Date, days: number): Date {
  return new Date(endsAt.getTime() + days * DAY_MS);
}

/** Narrows the student figures (the breakdown tables' links): a school, a program, a cluster ("none" = 其他). */
export type StudentFilter = { school?: number; program?: number; cluster?: number | "none" };

export type RecordKind = "booth" | "position" | "student" | "application" | "lead";
type RecordOf = { booth: BoothRecord; position: PositionRecord; student: RegistrationRecord; application: ApplicationRecord; lead: LeadRecord };

type FigureDef<K extends RecordKind> = {
  label: string;
  /** What the number means, in the words of the report's reader. */
  meaning: string;
  kind: K;
  rows: (records: FairRecords, filter: StudentFilter) => Array<RecordOf[K]>;
};

const approved = (r: FairRecords) => r.booths.filter((b) => b.status === "APPROVED");

/** Registrations still standing (not cancelled), narrowed by school/program/cluster. */
function registered(r: FairRecords, f: StudentFilter): RegistrationRecord[] {
  return r.registrations.filter(
    (x) =>
      x.cancelledAt === null &&
      (f.school === undefined || x.schoolId === f.school) &&
      (f.program === undefined || x.programId === f.program) &&
      (f.cluster === undefined || x.clusterId === (f.cluster === "none" ? null : f.cluster)),
  );
}

/** Applications of the fair with an event to `status` no later than the fair's end + `days`. */
function reachedWithin(r: FairRecords, status: "offeredAt" | "acceptedAt", days: number): ApplicationRecord[] {
  const last = windowEnd(r.fair.endsAt, days).getTime();
  return r.applications.filter((a) => a[status] !== null && a[status]!.getTime() <= last);
}

const leadsIn = (status: string | null) => (r: FairRecords) => r.leads.filter((l) => status === null || l.status === status);

function def<K extends RecordKind>(d: FigureDef<K>): FigureDef<K> {
  return d;
}

export const FIGURES = {
  enterprisesRegistered: def({
    label: "参会企业（已通过）",
    meaning: "展位申请已通过的企业：每个通过的展位算一家（同一企业在一场招聘会只有一个展位）。待审核、未通过、已撤回的不算。",
    kind: "booth",
    rows: (r) => approved(r),
  }),
  enterprisesAttending: def({
    label: "到场企业",
    meaning: "已通过的企业中，主办方标记了到场，或其人员在招聘会上扫码记录过意向的。",
    kind: "booth",
    rows: (r) => approved(r).filter((b) => b.arrivedAt !== null || b.leads > 0),
  }),
  positionsOffered: def({
    label: "提供岗位",
    meaning: "已通过的展位带来的岗位（每个岗位算一个；同一岗位不会重复计入）。",
    kind: "position",
    rows: (r) => uniquePositions(approved(r)),
  }),
  headcountOffered: def({
    label: "招聘人数",
    meaning: "这些岗位的招聘人数之和（下方记录列出每个岗位及其人数）。",
    kind: "position",
    // A sum, not a count: the records are the positions, each repeated once per head would mislead;
    // the page says the total is their headcounts' sum (figureValue below).
    rows: (r) => uniquePositions(approved(r)),
  }),
  studentsRegistered: def({
    label: "报名学生",
    meaning: "报名且没有取消报名的学生（取消后又重新报名的算报名）。",
    kind: "student",
    rows: registered,
  }),
  studentsCheckedIn: def({
    label: "签到学生",
    meaning: "报名学生中已在入口签到的（签到后取消报名的不算）。",
    kind: "student",
    rows: (r, f) => registered(r, f).filter((x) => x.checkedInAt !== null),
  }),
  applications: def({
    label: "招聘会投递",
    meaning: "在招聘会上投递的申请：在招聘会页面投递的，和学生确认展位意向后转成的投递（任何状态，含已撤回）。",
    kind: "application",
    rows: (r) => r.applications,
  }),
  leads: def({ label: "展位意向", meaning: "企业人员在展位扫码记录的意向，无论学生是否确认。", kind: "lead", rows: leadsIn(null) }),
  leadsPending: def({ label: "待确认意向", meaning: "学生尚未确认或忽略的意向。", kind: "lead", rows: leadsIn("PENDING") }),
  leadsConfirmed: def({ label: "已转投递意向", meaning: "学生确认、已转为投递的意向。", kind: "lead", rows: leadsIn("CONFIRMED") }),
  leadsDismissed: def({ label: "已忽略意向", meaning: "学生忽略的意向。", kind: "lead", rows: leadsIn("DISMISSED") }),
  offered30: def({
    label: "30天内拟录用",
    meaning: "招聘会投递中，在招聘会结束后30天内（含第30天的同一时刻）收到拟录用的申请；之后是否接受不论。",
    kind: "application",
    rows: (r) => reachedWithin(r, "offeredAt", 30),
  }),
  hired30: def({
    label: "30天内录用",
    meaning: "招聘会投递中，在招聘会结束后30天内学生已接受录用的申请。",
    kind: "application",
    rows: (r) => reachedWithin(r, "acceptedAt", 30),
  }),
  offered90: def({
    label: "90天内拟录用",
    meaning: "同上，90天内收到拟录用的申请（包含30天内的）。",
    kind: "application",
    rows: (r) => reachedWithin(r, "offeredAt", 90),
  }),
  hired90: def({
    label: "90天内录用",
    meaning: "同上，90天内学生已接受录用的申请（包含30天内的）。",
    kind: "application",
    rows: (r) => reachedWithin(r, "acceptedAt", 90),
  }),
};

export type Figure = keyof typeof FIGURES;
export const FIGURE_NAMES = Object.keys(FIGURES) as Figure[];

/** The figure shown for `name`: the number of its records, except 招聘人数, the sum of their headcounts. */
export function figureValue(name: Figure, rows: ReadonlyArray<unknown>): number {
  return name === "headcountOffered" ? (rows as PositionRecord[]).reduce((sum, p) => sum + p.headcount, 0) : rows.length;
}

function uniquePositions(booths: BoothRecord[]): PositionRecord[] {
  const seen = new Map<number, PositionRecord>();
  for (const b of booths) for (const p of b.positions) if (!seen.has(p.id)) seen.set(p.id, p);
  return [...seen.values()].sort((a, b) => a.id - b.id);
}

export const LEAD_STATUS_LABEL: Record<string, string> = { PENDING: "待学生确认", CONFIRMED: "已转为投递", DISMISSED: "学生已忽略" };
export { APPLICATION_STATUS_LABEL };
