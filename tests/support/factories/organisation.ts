import type { EnterpriseSize, EnterpriseStanding, Ownership, Prisma, SupervisingLevel } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";

// Organisations of the three kinds tests sign in from. Each takes the Organisation's own columns
// (name, district, description, contactPhone, address, website) as overrides, and the columns of
// its kind's own row as named traits.

type OrganisationColumns = Partial<Omit<Prisma.OrganisationUncheckedCreateInput, "kind" | "school" | "enterprise">>;

/** 中职学校: 公办, 市属, in 新城区 unless told otherwise. */
export type SchoolTraits = OrganisationColumns & {
  ownership?: Ownership;
  supervisingLevel?: SupervisingLevel;
  isQualitySchool?: boolean;
};

export async function school(ctx: FactoryContext, traits: SchoolTraits = {}) {
  const n = next();
  const { ownership = "PUBLIC", supervisingLevel = "CITY", isQualitySchool = false, ...columns } = traits;
  return ctx.db.prisma.organisation.create({
    data: {
      name: `测试职业学校${n}`,
      district: "XINCHENG",
      ...columns,
      kind: "SECONDARY_SCHOOL",
      school: { create: { ownership, supervisingLevel, isQualitySchool } },
    },
  });
}

/** 企业: 小型, in 赛罕区, in no cluster, verified by the bureau and without a credit code unless told otherwise. */
export type EnterpriseTraits = OrganisationColumns & {
  size?: EnterpriseSize | null;
  clusterId?: number | null;
  creditCode?: string | null;
  standing?: EnterpriseStanding;
  staffCount?: number | null;
  businessCategory?: string | null;
};

export async function enterprise(ctx: FactoryContext, traits: EnterpriseTraits = {}) {
  const n = next();
  const { size = "SMALL", clusterId = null, creditCode = null, standing = "VERIFIED", staffCount = null, businessCategory = null, ...columns } =
    traits;
  return ctx.db.prisma.organisation.create({
    data: {
      name: `测试企业${n}有限公司`,
      district: "SAIHAN",
      ...columns,
      kind: "ENTERPRISE",
      enterprise: { create: { size, clusterId, creditCode, standing, staffCount, businessCategory } },
    },
  });
}

/** 市教育局. */
export type BureauTraits = OrganisationColumns;

export async function bureau(ctx: FactoryContext, traits: BureauTraits = {}) {
  const n = next();
  return ctx.db.prisma.organisation.create({
    data: { name: `测试教育局${n}`, ...traits, kind: "BUREAU" },
  });
}

/** An organisation of a kind with no row of its own (政府单位, 本科高校, 高职院校, 媒体, 行业协会): consortium members. */
export type OtherOrganisationTraits = OrganisationColumns & { kind?: "GOVERNMENT" | "UNIVERSITY" | "HIGHER_VOCATIONAL" | "MEDIA" | "INDUSTRY_ASSOCIATION" };

export async function otherOrganisation(ctx: FactoryContext, traits: OtherOrganisationTraits = {}) {
  const n = next();
  const { kind = "GOVERNMENT", ...columns } = traits;
  return ctx.db.prisma.organisation.create({ data: { name: `测试单位${n}`, ...columns, kind } });
}
