import type { Prisma } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";
import { enterprise, school } from "./organisation";

// 行业导师 hours (MentorTeaching): 16 hours in the 2025–26 school year by a new mentor of a new enterprise
// at a new school, unless `schoolId` / `enterpriseId` / `mentorName` are given.

export type MentorTeachingTraits = Partial<Prisma.MentorTeachingUncheckedCreateInput>;

export async function mentorTeaching(ctx: FactoryContext, traits: MentorTeachingTraits = {}) {
  const n = next();
  const schoolId = traits.schoolId ?? (await school(ctx)).id;
  const enterpriseId = traits.enterpriseId ?? (await enterprise(ctx)).id;
  return ctx.db.prisma.mentorTeaching.create({
    data: { mentorName: `测试导师${n}`, schoolYear: 2025, hours: 16, ...traits, schoolId, enterpriseId },
  });
}
