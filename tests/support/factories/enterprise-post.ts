import type { Prisma } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";
import { enterprise } from "./organisation";

// A post at an enterprise (岗位 with its staff count and regular wage, for the 20%-of-the-post and
// 80%-of-the-wage rules): 10 staff at 4,000 yuan a month, at a new enterprise unless `enterpriseId` is given.

export type EnterprisePostTraits = Partial<Prisma.EnterprisePostUncheckedCreateInput>;

export async function enterprisePost(ctx: FactoryContext, traits: EnterprisePostTraits = {}) {
  const n = next();
  const enterpriseId = traits.enterpriseId ?? (await enterprise(ctx)).id;
  return ctx.db.prisma.enterprisePost.create({
    data: { name: `测试岗位${n}`, staffCount: 10, regularWage: 4000, ...traits, enterpriseId },
  });
}
