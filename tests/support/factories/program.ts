import type { Prisma } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";

// The catalogue: 专业大类 (category), 产业集群 (cluster), 专业 (program), and a school's offering
// of a program (schoolProgram, 专业点).

export type CategoryTraits = Partial<Prisma.ProgramCategoryUncheckedCreateInput>;

export async function category(ctx: FactoryContext, traits: CategoryTraits = {}) {
  const n = next();
  return ctx.db.prisma.programCategory.create({
    data: { code: `C${n}`, name: `测试专业大类${n}`, ...traits },
  });
}

export type ClusterTraits = Partial<Prisma.IndustryClusterUncheckedCreateInput>;

export async function cluster(ctx: FactoryContext, traits: ClusterTraits = {}) {
  const n = next();
  return ctx.db.prisma.industryCluster.create({
    data: { code: `K${n}`, name: `测试产业集群${n}`, sortOrder: n, ...traits },
  });
}

/** A program in a category of its own unless `categoryId` is given; in no cluster unless `clusterId` is. */
export type ProgramTraits = Partial<Prisma.ProgramUncheckedCreateInput>;

export async function program(ctx: FactoryContext, traits: ProgramTraits = {}) {
  const n = next();
  const categoryId = traits.categoryId ?? (await category(ctx)).id;
  return ctx.db.prisma.program.create({
    data: { name: `测试专业${n}`, clusterId: null, ...traits, categoryId },
  });
}

/** `schoolId` is required (a school offers it); a new program unless `programId` is given. */
export type SchoolProgramTraits = Partial<Prisma.SchoolProgramUncheckedCreateInput> & { schoolId: number };

export async function schoolProgram(ctx: FactoryContext, traits: SchoolProgramTraits) {
  const programId = traits.programId ?? (await program(ctx)).id;
  return ctx.db.prisma.schoolProgram.create({ data: { ...traits, programId } });
}
