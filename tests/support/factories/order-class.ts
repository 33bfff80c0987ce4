import type { Prisma } from "~/generated/prisma/client";
import { day, next, type FactoryContext } from "./context";
import { enterprise, school } from "./organisation";

// An order class (订单班): 2025级, 40 places, no dates, between a new school and a new enterprise
// unless `schoolId` / `enterpriseId` are given. Trait `members`: students placed in it (ENROLLED unless a status is given).

type DayColumn = string | Date | null;
export type OrderClassTraits = Partial<Omit<Prisma.OrderClassUncheckedCreateInput, "startsOn" | "endsOn">> & {
  startsOn?: DayColumn;
  endsOn?: DayColumn;
  members?: Array<{ studentId: number; status?: Prisma.OrderClassMemberUncheckedCreateInput["status"] }>;
};

export async function orderClass(ctx: FactoryContext, traits: OrderClassTraits = {}) {
  const n = next();
  const { startsOn, endsOn, members = [], ...columns } = traits;
  const schoolId = columns.schoolId ?? (await school(ctx)).id;
  const enterpriseId = columns.enterpriseId ?? (await enterprise(ctx)).id;
  return ctx.db.prisma.orderClass.create({
    data: {
      kind: "ORDER_CLASS",
      name: `测试订单班${n}`,
      cohortYear: 2025,
      capacity: 40,
      ...columns,
      schoolId,
      enterpriseId,
      startsOn: day(startsOn) ?? null,
      endsOn: day(endsOn) ?? null,
      members: { create: members.map((m) => ({ studentId: m.studentId, status: m.status ?? "ENROLLED" })) },
    },
  });
}
