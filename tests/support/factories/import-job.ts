import type { Prisma } from "~/generated/prisma/client";
import type { FactoryContext } from "./context";
import { school } from "./organisation";

// A roster import (ImportJob, issue 14): a school's student roster of no rows, checked and waiting for
// confirmation (PREVIEW), in a new school unless `schoolId` is given (null: the bureau's).

export type ImportJobTraits = Partial<Prisma.ImportJobUncheckedCreateInput>;

export async function importJob(ctx: FactoryContext, traits: ImportJobTraits = {}) {
  const schoolId = traits.schoolId === undefined ? (await school(ctx)).id : traits.schoolId;
  return ctx.db.prisma.importJob.create({
    data: {
      kind: "STUDENTS",
      fileName: "名册.csv",
      sha256: "0".repeat(64),
      status: "PREVIEW",
      totalRows: 0,
      counts: { add: 0, update: 0, replace: 0, unchanged: 0 },
      errors: [],
      rows: { format: "csv", headers: [], rows: [] },
      ...traits,
      schoolId,
    },
  });
}
