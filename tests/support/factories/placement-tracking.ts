import type { Prisma } from "~/generated/prisma/client";
import { day, type FactoryContext } from "./context";
import { internshipPlacement } from "./placement";

// What a placement accumulates while it runs: a month's pay record (3,200 yuan for 2026-03, paid
// 2026-04-05, not yet confirmed by the student), a weekly report (week of Monday 2026-03-02, not
// reviewed), a week's attendance confirmed by the mentor (5 days). Each of a new placement unless
// `placementId` is given; dates as "YYYY-MM-DD" or Dates.

type Days<T, K extends keyof T> = Partial<Omit<T, K>> & { [P in K]?: string | Date };

export type PayRecordTraits = Days<Prisma.PlacementPayRecordUncheckedCreateInput, "month" | "paidOn">;
export async function payRecord(ctx: FactoryContext, traits: PayRecordTraits = {}) {
  const { month = "2026-03-01", paidOn = "2026-04-05", ...columns } = traits;
  const placementId = columns.placementId ?? (await internshipPlacement(ctx)).id;
  return ctx.db.prisma.placementPayRecord.create({
    data: { amount: 3200, ...columns, placementId, month: day(month)!, paidOn: day(paidOn)! },
  });
}

export type WeeklyReportTraits = Days<Prisma.PlacementWeeklyReportUncheckedCreateInput, "weekStart">;
export async function weeklyReport(ctx: FactoryContext, traits: WeeklyReportTraits = {}) {
  const { weekStart = "2026-03-02", ...columns } = traits;
  const placementId = columns.placementId ?? (await internshipPlacement(ctx)).id;
  return ctx.db.prisma.placementWeeklyReport.create({
    data: { body: "本周在后厨跟师傅学习刀工和冷菜摆盘。", ...columns, placementId, weekStart: day(weekStart)! },
  });
}

export type AttendanceTraits = Days<Prisma.PlacementAttendanceUncheckedCreateInput, "weekStart"> & { confirmedById: number };
export async function attendance(ctx: FactoryContext, traits: AttendanceTraits) {
  const { weekStart = "2026-03-02", ...columns } = traits;
  const placementId = columns.placementId ?? (await internshipPlacement(ctx)).id;
  return ctx.db.prisma.placementAttendance.create({
    data: { daysPresent: 5, ...columns, placementId, weekStart: day(weekStart)! },
  });
}
