import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { boothLabel, fairDays, type FairStatus } from "~/lib/fairs";
import { fairStudent } from "./registration.server";
import type { LeadStatus } from "./lead-status";

// 我的招聘会: the signed-in student's registrations (upcoming: the fair has not ended and is not
// cancelled; past: the rest) and the leads booths recorded for them, newest first.

export async function myFairs(user: SessionUser, now = new Date()) {
  const student = await fairStudent(user);
  const [registrations, leads] = await Promise.all([
    prisma().fairRegistration.findMany({
      where: { studentId: student.id, fair: { status: { not: "DRAFT" } } },
      orderBy: [{ fair: { startsAt: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        cancelledAt: true,
        checkedInAt: true,
        fair: { select: { id: true, title: true, status: true, online: true, venue: true, startsAt: true, endsAt: true } },
      },
    }),
    prisma().fairLead.findMany({
      where: { studentId: student.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        status: true,
        note: true,
        createdAt: true,
        applicationId: true,
        position: { select: { id: true, title: true } },
        fair: { select: { id: true, title: true, boothsPerRow: true } },
        booth: {
          select: {
            boothNo: true,
            enterprise: { select: { organisation: { select: { name: true } } } },
            positions: { select: { position: { select: { id: true, title: true, status: true } } }, orderBy: { positionId: "asc" } },
          },
        },
      },
    }),
  ]);
  const rows = registrations.map((r) => ({
    id: r.id,
    fairId: r.fair.id,
    title: r.fair.title,
    status: r.fair.status as FairStatus,
    place: r.fair.online ? "线上" : (r.fair.venue ?? ""),
    days: fairDays(r.fair),
    cancelled: r.cancelledAt !== null,
    checkedIn: r.checkedInAt !== null,
    upcoming: r.fair.endsAt > now && r.fair.status !== "CANCELLED" && r.fair.status !== "CLOSED",
  }));
  return {
    upcoming: rows.filter((r) => r.upcoming),
    past: rows.filter((r) => !r.upcoming).reverse(),
    leads: leads.map((l) => ({
      id: l.id,
      status: l.status as LeadStatus,
      fairId: l.fair.id,
      fairTitle: l.fair.title,
      enterprise: l.booth.enterprise.organisation.name,
      booth: l.booth.boothNo === null ? null : boothLabel(l.booth.boothNo, l.fair.boothsPerRow),
      position: l.position,
      applicationId: l.applicationId,
      // What the student may confirm into: the booth's published positions.
      choices: l.booth.positions.map((p) => p.position).filter((p) => p.status === "PUBLISHED").map(({ id, title }) => ({ id, title })),
    })),
  };
}
