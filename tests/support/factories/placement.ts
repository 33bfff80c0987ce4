import type { Prisma } from "~/generated/prisma/client";
import { day, type FactoryContext } from "./context";
import { enterprise } from "./organisation";
import { student } from "./student";
import { teacher } from "./teacher";
import { trainingBase } from "./training-base";

// Placements: a student's 岗位实习 at an enterprise (internshipPlacement), and a teacher's stay at
// a training base (teacherPlacement, 企业实践, PROPOSED) and its logged days; dates as "YYYY-MM-DD" or Dates.

export type InternshipPlacementTraits = Partial<Omit<Prisma.InternshipPlacementUncheckedCreateInput, "startsOn" | "endsOn" | "retainedOn">> & {
  startsOn?: string | Date;
  endsOn?: string | Date;
  /** 留用 from this day (kept on by the host); none by default. */
  retainedOn?: string | Date | null;
};

/** 2026-03-01 to 2026-08-31, of a new student (at their school) at a new enterprise unless told otherwise. */
export async function internshipPlacement(ctx: FactoryContext, traits: InternshipPlacementTraits = {}) {
  const { startsOn = "2026-03-01", endsOn = "2026-08-31", retainedOn = null, ...columns } = traits;
  const who = columns.studentId === undefined ? await student(ctx, { schoolId: columns.schoolId }) : undefined;
  const studentId = columns.studentId ?? who!.id;
  const schoolId =
    columns.schoolId ??
    who?.schoolId ??
    (
      await ctx.db.prisma.student.findUniqueOrThrow({
        where: { id: studentId },
      })
    ).schoolId;
  const enterpriseId = columns.enterpriseId ?? (await enterprise(ctx)).id;
  return ctx.db.prisma.internshipPlacement.create({
    data: {
      ...columns,
      studentId,
      schoolId,
      enterpriseId,
      startsOn: day(startsOn)!,
      endsOn: day(endsOn)!,
      retainedOn: day(retainedOn) ?? null,
    },
  });
}

export type TeacherPlacementTraits = Partial<Omit<Prisma.TeacherPlacementUncheckedCreateInput, "startsOn" | "endsOn">> & {
  startsOn?: string | Date;
  endsOn?: string | Date;
};

/**
 * 教师企业实践: PROPOSED, 考察观摩, 2026-07-10 to 2026-08-10, of a new teacher at a new training base (hosted by the
 * base's enterprise) unless told otherwise. Given only `hostEnterpriseId` and `trainingBaseId: null`, it is
 * practice at an enterprise that is not a base.
 */
export async function teacherPlacement(ctx: FactoryContext, traits: TeacherPlacementTraits = {}) {
  const { startsOn = "2026-07-10", endsOn = "2026-08-10", ...columns } = traits;
  const teacherRow = columns.teacherId
    ? await ctx.db.prisma.teacher.findUniqueOrThrow({ where: { id: columns.teacherId } })
    : await teacher(ctx);
  const trainingBaseId = columns.trainingBaseId === undefined ? (await trainingBase(ctx)).id : columns.trainingBaseId;
  const base = trainingBaseId ? await ctx.db.prisma.trainingBase.findUniqueOrThrow({ where: { id: trainingBaseId } }) : null;
  const hostEnterpriseId = columns.hostEnterpriseId ?? base?.enterpriseId ?? (await enterprise(ctx)).id;
  return ctx.db.prisma.teacherPlacement.create({
    data: {
      form: "OBSERVATION",
      ...columns,
      teacherId: teacherRow.id,
      schoolId: columns.schoolId ?? teacherRow.schoolId,
      hostEnterpriseId,
      trainingBaseId,
      startsOn: day(startsOn)!,
      endsOn: day(endsOn)!,
    },
  });
}

export type PracticeDayTraits = Partial<Omit<Prisma.TeacherPracticeDayUncheckedCreateInput, "day">> & {
  day?: string | Date;
  /** Confirmed by the host now. */
  confirmed?: boolean;
};

/** A logged day of practice, 2026-07-10 of a new practice unless told otherwise; unconfirmed unless `confirmed`. */
export async function practiceDay(ctx: FactoryContext, traits: PracticeDayTraits = {}) {
  const { day: date = "2026-07-10", confirmed, ...columns } = traits;
  const placementId = columns.placementId ?? (await teacherPlacement(ctx, { status: "ACCEPTED" })).id;
  return ctx.db.prisma.teacherPracticeDay.create({
    data: { confirmedAt: confirmed ? new Date() : null, ...columns, placementId, day: day(date)! },
  });
}
