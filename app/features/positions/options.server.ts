import { prisma } from "~/db/db.server";
import type { PositionFormContext, PositionOptions } from "./position-schema";
import { todayInHohhot } from "~/lib/dates";

// 医药卫生大类 (code 72 in the 2021 中职 catalogue): its internships may last up to 10 months.
const isMedicalCategory = (c: { code: string; name: string }) => c.code === "72" || c.name.includes("医药卫生");

/** What a position form offers, read fresh for every request so the server validates against the database. */
export async function positionOptions(): Promise<PositionOptions> {
  const db = prisma();
  const [clusters, categories, programs] = await Promise.all([
    db.industryCluster.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    db.programCategory.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    db.program.findMany({ orderBy: [{ categoryId: "asc" }, { name: "asc" }], select: { id: true, name: true, categoryId: true } }),
  ]);
  return {
    clusters,
    categories: categories.map((c) => ({ id: c.id, name: c.name, medical: isMedicalCategory(c) })),
    programs,
  };
}

export async function positionFormContext(): Promise<PositionFormContext> {
  return { today: todayInHohhot(), options: await positionOptions() };
}
