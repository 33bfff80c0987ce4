import type { Prisma } from "~/generated/prisma/client";
import { day, type FactoryContext } from "./context";
import { teacher } from "./teacher";

// 双师型教师认定 (issue 13): SUBMITTED for 初级 by a new teacher's school with 0 practice days, unless told
// otherwise. Trait `certified` sets CERTIFIED, valid from `validFrom` (2026-01-01) for five years unless
// `validUntil` is given.

type DayColumn = string | Date | null;
export type CertificationTraits = Partial<Omit<Prisma.DualTeacherCertificationUncheckedCreateInput, "validFrom" | "validUntil">> & {
  certified?: boolean;
  validFrom?: DayColumn;
  validUntil?: DayColumn;
};

export async function certification(ctx: FactoryContext, traits: CertificationTraits = {}) {
  const { certified, validFrom, validUntil, ...columns } = traits;
  const teacherRow = columns.teacherId
    ? await ctx.db.prisma.teacher.findUniqueOrThrow({ where: { id: columns.teacherId } })
    : await teacher(ctx);
  const from = day(validFrom) ?? (certified ? day("2026-01-01")! : null);
  const until = day(validUntil) ?? (certified && from ? new Date(Date.UTC(from.getUTCFullYear() + 5, from.getUTCMonth(), from.getUTCDate() - 1)) : null);
  return ctx.db.prisma.dualTeacherCertification.create({
    data: {
      level: "JUNIOR",
      practiceDays: 0,
      status: certified ? "CERTIFIED" : "SUBMITTED",
      decidedAt: certified ? new Date() : null,
      ...columns,
      teacherId: teacherRow.id,
      schoolId: columns.schoolId ?? teacherRow.schoolId,
      validFrom: from,
      validUntil: until,
    },
  });
}
