import type { Prisma } from "~/generated/prisma/client";
import { day, next, type FactoryContext } from "./context";
import { enterprise, school } from "./organisation";

// A school–enterprise agreement (校企合作协议): COOPERATION, ACTIVE, from 2025-01-01 with no end,
// between a new school and a new enterprise unless `schoolId` / `enterpriseId` are given.

type DayColumn = string | Date | null;
export type AgreementTraits = Partial<Omit<Prisma.PartnershipAgreementUncheckedCreateInput, "startsOn" | "endsOn" | "signedOn">> & {
  startsOn?: string | Date;
  endsOn?: DayColumn;
  signedOn?: DayColumn;
};

export async function agreement(ctx: FactoryContext, traits: AgreementTraits = {}) {
  const n = next();
  const { startsOn = "2025-01-01", endsOn, signedOn, ...columns } = traits;
  const schoolId = columns.schoolId ?? (await school(ctx)).id;
  const enterpriseId = columns.enterpriseId ?? (await enterprise(ctx)).id;
  return ctx.db.prisma.partnershipAgreement.create({
    data: {
      kind: "COOPERATION",
      title: `测试合作协议${n}`,
      status: "ACTIVE",
      ...columns,
      schoolId,
      enterpriseId,
      startsOn: day(startsOn)!,
      endsOn: day(endsOn) ?? null,
      signedOn: day(signedOn) ?? null,
    },
  });
}
