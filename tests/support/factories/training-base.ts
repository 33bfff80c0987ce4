import type { Prisma } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";
import { enterprise } from "./organisation";

// A 双师型教师培养培训基地 with 20 places, at a new enterprise unless `enterpriseId` is given.

export type TrainingBaseTraits = Partial<Prisma.TrainingBaseUncheckedCreateInput>;

export async function trainingBase(ctx: FactoryContext, traits: TrainingBaseTraits = {}) {
  const n = next();
  const enterpriseId = traits.enterpriseId ?? (await enterprise(ctx)).id;
  return ctx.db.prisma.trainingBase.create({
    data: {
      name: `测试双师培训基地${n}`,
      capacity: 20,
      ...traits,
      enterpriseId,
    },
  });
}
