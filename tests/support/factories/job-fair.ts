import type { Prisma } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";
import { school } from "./organisation";

// A job fair (双选会): 2026-05-20 09:00–17:00 UTC in the 体育馆 for 500 students, organised by a
// new school unless `organiserId` is given.

export type JobFairTraits = Partial<Prisma.JobFairUncheckedCreateInput>;

export async function jobFair(ctx: FactoryContext, traits: JobFairTraits = {}) {
  const n = next();
  const organiserId = traits.organiserId ?? (await school(ctx)).id;
  return ctx.db.prisma.jobFair.create({
    data: {
      title: `测试双选会${n}`,
      venue: "体育馆",
      startsAt: new Date("2026-05-20T09:00:00Z"),
      endsAt: new Date("2026-05-20T17:00:00Z"),
      studentCapacity: 500,
      ...traits,
      organiserId,
    },
  });
}
