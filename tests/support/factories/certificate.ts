import type { Prisma } from "~/generated/prisma/client";
import { day, type FactoryContext } from "./context";
import { student } from "./student";

// A 1+X certificate attempt: 初级, passed, on 2025-06-01, by a new student unless `studentId` is given.

export type CertificateTraits = Partial<Omit<Prisma.CertificateAttemptUncheckedCreateInput, "attemptedOn">> & {
  attemptedOn?: string | Date;
};

export async function certificate(ctx: FactoryContext, traits: CertificateTraits = {}) {
  const { attemptedOn = "2025-06-01", ...columns } = traits;
  const studentId = columns.studentId ?? (await student(ctx)).id;
  return ctx.db.prisma.certificateAttempt.create({
    data: {
      certificateName: "中式烹调师",
      level: "初级",
      passed: true,
      ...columns,
      studentId,
      attemptedOn: day(attemptedOn)!,
    },
  });
}
