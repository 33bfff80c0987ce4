import type { Prisma, Student, User } from "~/generated/prisma/client";
import { day, next, type FactoryContext } from "./context";
import { school } from "./organisation";
import { schoolProgram } from "./program";
import { user } from "./user";

// A student record (学籍). Entered 2023 (2023级) and graduating three years later unless told
// otherwise; enrolled; a 学号 of eight digits starting 9; in a new program of their school unless `schoolProgramId` is given.

export type StudentTraits = Partial<Omit<Prisma.StudentUncheckedCreateInput, "birthDate">> & {
  birthDate?: string | Date;
  /** Also make a STUDENT sign-in account at the school and link it (returned as `user`). */
  account?: boolean;
};
export type StudentWithAccount = Student & { user: User };

export async function student<T extends StudentTraits>(
  ctx: FactoryContext,
  traits: T = {} as T,
): Promise<T extends { account: true } ? StudentWithAccount : Student> {
  const n = next();
  const { account, birthDate, ...columns }: StudentTraits = traits;
  const schoolId = columns.schoolId ?? (await school(ctx)).id;
  const schoolProgramId = columns.schoolProgramId ?? (await schoolProgram(ctx, { schoolId })).id;
  const cohortYear = columns.cohortYear ?? 2023;
  const userId = account ? (await user(ctx, { role: "STUDENT", organisationId: schoolId })).id : columns.userId;
  const data: Prisma.StudentUncheckedCreateInput = {
    name: `测试学生${n}`,
    studentNumber: `9${String(n).padStart(7, "0")}`, // 学号: unique in the process, so in every school
    graduationYear: cohortYear + 3,
    birthDate: day(birthDate) ?? new Date(`${cohortYear - 15}-03-0${(n % 9) + 1}T00:00:00Z`),
    phone: `139-0000-${String(n).padStart(4, "0")}`,
    ...columns,
    schoolId,
    schoolProgramId,
    cohortYear,
    userId: userId ?? null,
  };
  const record = await ctx.db.prisma.student.create({
    data,
    include: { user: Boolean(account) },
  });
  return record as never;
}
