import type { Database } from "~/db/database.server";
import type { SessionUser } from "~/features/auth/session.server";
import { useApplicationWorld } from "../../support/application-world";
import type { JobFairTraits } from "../../support/factories/job-fair";

// The cast of the students-at-fairs suites: the application world (a school offering a program, an
// enterprise with signed-in staff, a maker of signed-in students of that school and program), and
// fairs organised by the world's school, so its students are eligible unless a test narrows it.

export function useFairWorld() {
  const w = useApplicationWorld();
  /** A fair of the world's school (its own students eligible), OPEN, windows open now, held in 7 days. */
  const fair = (traits: JobFairTraits = {}) => w.make.jobFair({ organiserId: w.school.id, ...traits });
  /** The user as the session hands it to services, for calling them with a chosen `now`. */
  const sessionUser = async (userId: number): Promise<SessionUser> => {
    const u = await w.db.prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { organisation: true } });
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      organisationId: u.organisationId,
      organisation: { id: u.organisation.id, name: u.organisation.name, kind: u.organisation.kind },
    } as SessionUser;
  };
  return { w, fair, sessionUser };
}

/** What a registration or lead move may touch: registrations, leads, applications, notices. */
export async function fairTables(db: Database) {
  const [registrations, leads, applications, notifications] = await Promise.all([
    db.prisma.fairRegistration.findMany({ orderBy: { id: "asc" } }),
    db.prisma.fairLead.findMany({ orderBy: { id: "asc" } }),
    db.prisma.application.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, fairId: true, positionId: true, studentId: true } }),
    db.prisma.notification.count(),
  ]);
  return { registrations, leads, applications, notifications };
}

export const registrationPath = (fairId: number) => `/fairs/${fairId}/registration`;
