import type { ApplicationStatus, Prisma } from "~/generated/prisma/client";
import type { FactoryContext } from "./context";
import { position } from "./position";
import { student } from "./student";

// An application already in `status` (SUBMITTED by default), with the event history that got it
// there, one event per move in the order the platform allows them (typed out here, not read from
// the app's transition table): SUBMITTED, then VIEWED, INTERVIEW and OFFER on the enterprise's
// side, then ACCEPTED or DECLINED on the student's; REJECTED straight after SUBMITTED; WITHDRAWN
// straight after SUBMITTED. The events carry no actor and one millisecond apart. It does not close
// a position that an ACCEPTED fills, nor write the inbox notices a real move writes.
//
// A new published position and a new student unless `positionId` / `studentId` are given.

export const HISTORY: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  SUBMITTED: ["SUBMITTED"],
  VIEWED: ["SUBMITTED", "VIEWED"],
  INTERVIEW: ["SUBMITTED", "VIEWED", "INTERVIEW"],
  OFFER: ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"],
  ACCEPTED: ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER", "ACCEPTED"],
  DECLINED: ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER", "DECLINED"],
  REJECTED: ["SUBMITTED", "REJECTED"],
  WITHDRAWN: ["SUBMITTED", "WITHDRAWN"],
  CLOSED: ["SUBMITTED", "CLOSED"],
};

export type ApplicationTraits = Partial<Omit<Prisma.ApplicationUncheckedCreateInput, "events">>;

export async function application(ctx: FactoryContext, traits: ApplicationTraits = {}) {
  const status = traits.status ?? "SUBMITTED";
  const positionId = traits.positionId ?? (await position(ctx)).id;
  const studentId = traits.studentId ?? (await student(ctx)).id;
  const at = Date.now();
  const steps = HISTORY[status];
  return ctx.db.prisma.$transaction(async (tx) => {
    const created = await tx.application.create({
      data: {
        ...traits,
        positionId,
        studentId,
        status,
        createdAt: traits.createdAt ?? new Date(at),
      },
    });
    let from: ApplicationStatus | null = null;
    for (const [i, to] of steps.entries()) {
      await tx.applicationEvent.create({
        data: {
          applicationId: created.id,
          fromStatus: from,
          toStatus: to,
          note: i === 0 ? traits.note ?? null : null,
          createdAt: new Date(at + i),
        },
      });
      from = to;
    }
    return created;
  });
}
