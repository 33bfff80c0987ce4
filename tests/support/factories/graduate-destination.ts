import type { Prisma } from "~/generated/prisma/client";
import type { FactoryContext } from "./context";
import { student } from "./student";

// A graduate's destination (毕业去向): employed on a contract, in the student's graduation year.
// A graduate has one destination, so a new student unless `studentId` is given.

export type GraduateDestinationTraits = Partial<Prisma.GraduateDestinationUncheckedCreateInput>;

export async function graduateDestination(ctx: FactoryContext, traits: GraduateDestinationTraits = {}) {
  const who = traits.studentId === undefined ? await student(ctx) : undefined;
  const studentId = traits.studentId ?? who!.id;
  const graduationYear =
    traits.graduationYear ??
    who?.graduationYear ??
    (
      await ctx.db.prisma.student.findUniqueOrThrow({
        where: { id: studentId },
      })
    ).graduationYear;
  return ctx.db.prisma.graduateDestination.create({
    data: { kind: "EMPLOYED_CONTRACT", ...traits, studentId, graduationYear },
  });
}
