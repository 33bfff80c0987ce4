import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import type { Prisma } from "~/generated/prisma/client";
import { isoDayOf, todayInHohhot } from "~/lib/dates";
import { idFilter, optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import {
  ENDING_SOON_DAYS,
  HOST_SHARE_PERCENT,
  POST_SHARE_PERCENT,
  REVIEW_WITHIN_DAYS,
  endingSoon,
  monthsDue,
  overShare,
  payBelowFloor,
  reviewOverdue,
} from "./tracking-rules";

// 合规总览 (issue 11 item 6): the bureau sees every school's placements (and may narrow to one
// school), a school's office its own. Each placement carries the warnings its evidence raises;
// the hosts' intern counts are set against the 10% / 20% limits of 第十一条, counting every
// school's active interns (the limit is the host's, whoever sent them).

export const PLACEMENT_STATUSES = ["PLANNED", "ACTIVE", "COMPLETED", "TERMINATED"] as const;
export type PlacementState = (typeof PLACEMENT_STATUSES)[number];
export const PLACEMENT_STATUS_LABEL: Record<PlacementState, string> = {
  PLANNED: "待开始",
  ACTIVE: "实习中",
  COMPLETED: "已结束",
  TERMINATED: "已终止",
};

/** The kinds of warning, for the filter and the tallies. */
export const WARNING_KINDS = ["rules", "documents", "pay", "reports", "ending"] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];
export const WARNING_KIND_LABEL: Record<WarningKind, string> = {
  rules: "违反实习规定",
  documents: "材料缺失",
  pay: "报酬缺失或低于80%",
  reports: `周报超过${REVIEW_WITHIN_DAYS}天未批阅`,
  ending: `${ENDING_SOON_DAYS}天内结束`,
};

export type Warning = { kind: WarningKind; text: string };

export const ComplianceFilters = z.object({
  school: idFilter, // the bureau's narrowing to one school; a school's office always sees its own
  status: optionalFilter(z.enum(PLACEMENT_STATUSES)),
  warning: optionalFilter(z.enum(WARNING_KINDS)),
  page: pageNumber,
});
export type ComplianceFilters = z.infer<typeof ComplianceFilters>;

export const COMPLIANCE_PER_PAGE = 50;

/** The school whose placements `user` follows here, or null for all (the bureau without a filter); 403 for others. */
function scopeOf(user: SessionUser, filters: Pick<ComplianceFilters, "school">): number | null {
  if (user.role === "BUREAU_ADMIN") {
    assertCan(user, { action: "placement.compliance", schoolId: null });
    return filters.school ?? null;
  }
  assertCan(
    user,
    { action: "placement.compliance", schoolId: user.organisationId },
    "只有教育局和学校管理人员可以查看实习合规总览"
  );
  return user.organisationId;
}

const placementSelect = {
  id: true,
  status: true,
  schoolId: true,
  enterpriseId: true,
  enterprisePostId: true,
  startsOn: true,
  endsOn: true,
  post: true,
  monthlyPay: true,
  regularWage: true,
  dailyHours: true,
  weeklyHours: true,
  nightShifts: true,
  overtime: true,
  holidayWork: true,
  feesCharged: true,
  viaIntermediary: true,
  payInMoney: true,
  tripartiteSignedOn: true,
  tripartiteDocumentId: true,
  guardianConsentOn: true,
  consentDocumentId: true,
  insurancePolicyNo: true,
  insuranceFrom: true,
  insuranceTo: true,
  insurancePayer: true,
  insuranceDocumentId: true,
  mentorName: true,
  student: {
    select: { name: true, birthDate: true, schoolProgram: { select: { program: { select: { name: true } } } } },
  },
  school: { select: { organisation: { select: { name: true } } } },
  enterprise: { select: { creditCode: true, organisation: { select: { name: true } } } },
  enterprisePost: { select: { name: true, regularWage: true } },
  supervisor: { select: { name: true } },
  payRecords: { select: { month: true, amount: true } },
  weeklyReports: { where: { reviewedAt: null }, select: { submittedAt: true } },
} as const satisfies Prisma.InternshipPlacementSelect;

type PlacementFacts = Prisma.InternshipPlacementGetPayload<{ select: typeof placementSelect }>;

/** Whether someone born on `birthDate` is under 18 on `day` (both YYYY-MM-DD). */
const under18On = (birthDate: string, day: string) => `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}` > day;

/** The warnings `p`'s terms and evidence raise on `today`. */
export function warningsOf(p: PlacementFacts, today: string): Warning[] {
  const warnings: Warning[] = [];
  const startsOn = isoDayOf(p.startsOn);
  const endsOn = isoDayOf(p.endsOn);
  const wage = p.regularWage ?? p.enterprisePost?.regularWage ?? null;
  const open = p.status === "PLANNED" || p.status === "ACTIVE";
  if (open) {
    // Terms 教职成〔2021〕4号 forbids; an active placement with one was changed after activation.
    if (p.monthlyPay !== null && payBelowFloor(p.monthlyPay, wage))
      warnings.push({ kind: "rules", text: "约定报酬低于同岗位工资的80%" });
    if (!p.payInMoney) warnings.push({ kind: "rules", text: "报酬未以货币形式发放" });
    if (p.insurancePayer === "STUDENT") warnings.push({ kind: "rules", text: "实习责任保险由学生缴纳" });
    if ((p.dailyHours !== null && Number(p.dailyHours) > 8) || (p.weeklyHours !== null && Number(p.weeklyHours) > 40))
      warnings.push({ kind: "rules", text: "工作时间超过每天8小时或每周40小时" });
    if (p.nightShifts || p.overtime || p.holidayWork) warnings.push({ kind: "rules", text: "安排加班、夜班或法定节假日实习" });
    if (p.feesCharged) warnings.push({ kind: "rules", text: "向学生收取费用、押金或扣押证件" });
    if (p.viaIntermediary) warnings.push({ kind: "rules", text: "通过中介机构安排实习" });
    // Documents that must be there before the start (第十二、十四、三十五条).
    if (p.tripartiteDocumentId === null) warnings.push({ kind: "documents", text: "缺三方协议" });
    // A policy number without its scan is not "no insurance": the export's 实习责任保险 column shows the policy.
    if (!p.insurancePolicyNo) warnings.push({ kind: "documents", text: "缺实习责任保险" });
    else if (p.insuranceDocumentId === null) warnings.push({ kind: "documents", text: "缺实习责任保险单扫描件" });
    else if (!p.insuranceFrom || !p.insuranceTo || isoDayOf(p.insuranceFrom) > startsOn || isoDayOf(p.insuranceTo) < endsOn)
      warnings.push({ kind: "documents", text: "保险未覆盖实习全程" });
    if (under18On(isoDayOf(p.student.birthDate), startsOn) && p.consentDocumentId === null)
      warnings.push({ kind: "documents", text: "未满18岁，缺监护人知情同意书" });
  }
  if (p.status === "ACTIVE") {
    const recorded = new Set(p.payRecords.map((r) => isoDayOf(r.month)));
    for (const m of monthsDue(startsOn, endsOn, today))
      if (!recorded.has(m)) warnings.push({ kind: "pay", text: `${m.slice(0, 7)} 无报酬记录` });
    if (endingSoon(endsOn, today)) warnings.push({ kind: "ending", text: `${endsOn} 结束` });
  }
  for (const r of [...p.payRecords].sort((a, b) => a.month.getTime() - b.month.getTime()))
    if (payBelowFloor(r.amount, wage))
      warnings.push({ kind: "pay", text: `${isoDayOf(r.month).slice(0, 7)} 实发 ${r.amount} 元，低于80%` });
  const late = p.weeklyReports.filter((r) => reviewOverdue(todayInHohhot(r.submittedAt), today)).length;
  if (late > 0) warnings.push({ kind: "reports", text: `${late} 份周报超过${REVIEW_WITHIN_DAYS}天未批阅` });
  return warnings;
}

const INSURANCE_PAYER_LABEL: Record<string, string> = { SCHOOL: "学校", HOST: "实习单位", STUDENT: "学生" };

/** One placement as the view and the export show it. */
function rowOf(p: PlacementFacts, today: string) {
  const insurance = p.insurancePolicyNo
    ? `${p.insurancePolicyNo}（${isoDayOf(p.insuranceFrom) ?? "?"} 至 ${isoDayOf(p.insuranceTo) ?? "?"}${
        p.insurancePayer ? `，${INSURANCE_PAYER_LABEL[p.insurancePayer]}缴纳` : ""
      }）`
    : "无";
  return {
    id: p.id,
    status: p.status,
    student: p.student.name,
    school: p.school.organisation.name,
    program: p.student.schoolProgram.program.name,
    host: p.enterprise.organisation.name,
    creditCode: p.enterprise.creditCode ?? "",
    post: p.post ?? p.enterprisePost?.name ?? "",
    startsOn: isoDayOf(p.startsOn),
    endsOn: isoDayOf(p.endsOn),
    monthlyPay: p.monthlyPay,
    insurance,
    agreement:
      p.tripartiteDocumentId !== null ? `已签${p.tripartiteSignedOn ? ` ${isoDayOf(p.tripartiteSignedOn)}` : ""}` : "未签",
    supervisor: p.supervisor?.name ?? "",
    mentor: p.mentorName ?? "",
    warnings: warningsOf(p, today),
  };
}
export type ComplianceRow = ReturnType<typeof rowOf>;

/** Every placement in `user`'s scope under `filters` (page aside), with its warnings on `today`, newest first. */
export async function complianceRows(user: SessionUser, filters: Omit<ComplianceFilters, "page">, today = todayInHohhot()) {
  const schoolId = scopeOf(user, filters);
  const placements = await prisma().internshipPlacement.findMany({
    where: { ...(schoolId === null ? {} : { schoolId }), status: filters.status },
    orderBy: [{ startsOn: "desc" }, { id: "desc" }],
    select: placementSelect,
  });
  const rows = placements.map((p) => rowOf(p, today));
  return { schoolId, rows: filters.warning ? rows.filter((r) => r.warnings.some((w) => w.kind === filters.warning)) : rows };
}

/** Interns per host against 10% of its staff, and per post against 20% of the post's staff: active placements of every school. */
async function quotas(schoolId: number | null) {
  const db = prisma();
  const hosts = await db.internshipPlacement.findMany({
    where: { status: { in: ["ACTIVE", "PLANNED"] }, ...(schoolId === null ? {} : { schoolId }) },
    distinct: ["enterpriseId"],
    select: { enterpriseId: true },
  });
  const enterpriseIds = hosts.map((h) => h.enterpriseId);
  if (enterpriseIds.length === 0) return { hosts: [], posts: [] };
  const [byHost, byPost, enterprises, posts] = await Promise.all([
    db.internshipPlacement.groupBy({
      by: ["enterpriseId"],
      where: { status: "ACTIVE", enterpriseId: { in: enterpriseIds } },
      _count: { _all: true },
    }),
    db.internshipPlacement.groupBy({
      by: ["enterprisePostId"],
      where: { status: "ACTIVE", enterpriseId: { in: enterpriseIds }, enterprisePostId: { not: null } },
      _count: { _all: true },
    }),
    db.enterprise.findMany({
      where: { organisationId: { in: enterpriseIds } },
      select: { organisationId: true, staffCount: true, organisation: { select: { name: true } } },
    }),
    db.enterprisePost.findMany({
      where: { enterpriseId: { in: enterpriseIds } },
      select: { id: true, name: true, staffCount: true, enterpriseId: true },
    }),
  ]);
  const hostCount = new Map(byHost.map((g) => [g.enterpriseId, g._count._all]));
  const postCount = new Map(byPost.map((g) => [g.enterprisePostId, g._count._all]));
  const names = new Map(enterprises.map((e) => [e.organisationId, e.organisation.name]));
  return {
    hosts: enterprises
      .map((e) => {
        const interns = hostCount.get(e.organisationId) ?? 0;
        return {
          id: e.organisationId,
          name: e.organisation.name,
          interns,
          staff: e.staffCount,
          over: overShare(interns, e.staffCount, HOST_SHARE_PERCENT),
        };
      })
      .sort((a, b) => Number(b.over) - Number(a.over) || b.interns - a.interns || a.id - b.id),
    posts: posts
      .map((post) => {
        const interns = postCount.get(post.id) ?? 0;
        return {
          id: post.id,
          name: `${names.get(post.enterpriseId) ?? ""} · ${post.name}`,
          interns,
          staff: post.staffCount,
          over: overShare(interns, post.staffCount, POST_SHARE_PERCENT),
        };
      })
      .filter((post) => post.interns > 0)
      .sort((a, b) => Number(b.over) - Number(a.over) || b.interns - a.interns || a.id - b.id),
  };
}

/** What /placements/compliance shows `user` under `filters` on `today`. */
export async function complianceView(user: SessionUser, filters: ComplianceFilters, today = todayInHohhot()) {
  const db = prisma();
  const { schoolId, rows } = await complianceRows(user, filters, today);
  const scoped = schoolId === null ? {} : { schoolId };
  const [byStatus, schools, hostQuotas] = await Promise.all([
    db.internshipPlacement.groupBy({ by: ["status"], where: scoped, _count: { _all: true } }),
    user.role === "BUREAU_ADMIN"
      ? db.school.findMany({
          orderBy: { organisationId: "asc" },
          select: { organisationId: true, organisation: { select: { name: true } } },
        })
      : Promise.resolve([]),
    quotas(schoolId),
  ]);
  const tally = Object.fromEntries(PLACEMENT_STATUSES.map((s) => [s, 0])) as Record<PlacementState, number>;
  for (const g of byStatus) tally[g.status] = g._count._all;
  const warningTally = Object.fromEntries(WARNING_KINDS.map((k) => [k, 0])) as Record<WarningKind, number>;
  for (const r of rows) for (const k of new Set(r.warnings.map((w) => w.kind))) warningTally[k] += 1;
  const page = paging(filters.page, rows.length, COMPLIANCE_PER_PAGE);
  return {
    bureau: user.role === "BUREAU_ADMIN",
    scopeName:
      schoolId === null
        ? "全部学校"
        : user.role === "BUREAU_ADMIN"
        ? schools.find((s) => s.organisationId === schoolId)?.organisation.name ?? ""
        : user.organisation.name,
    schools: schools.map((s) => ({ value: s.organisationId, label: s.organisation.name })),
    tally,
    warningTally,
    page,
    rows: rows.slice(page.skip, page.skip + page.take),
    quotas: hostQuotas,
  };
}
