import type { Prisma } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";
import { school } from "./organisation";

// A teacher: full-time (专任), not 双师型 unless `dualTeacherLevel` says so; at a new school unless `schoolId` is given.

export type TeacherTraits = Partial<Prisma.TeacherUncheckedCreateInput>;

export async function teacher(ctx: FactoryContext, traits: TeacherTraits = {}) {
  const n = next();
  const schoolId = traits.schoolId ?? (await school(ctx)).id;
  return ctx.db.prisma.teacher.create({
    data: { name: `测试教师${n}`, ...traits, schoolId },
  });
}
