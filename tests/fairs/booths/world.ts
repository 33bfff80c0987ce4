import type { Database } from "~/db/database.server";
import { useApplicationWorld } from "../../support/application-world";
import type { Client } from "../../support/http";

// The cast of the booth suites: the application world (a school, a verified enterprise with a signed-in
// staff member), the school's office signed in as the organiser of the fairs made here, and a maker of
// further enterprises with a signed-in staff member each.

export function useBoothWorld() {
  const w = useApplicationWorld();
  const extra = {} as { office: Client; officeUserId: number };
  const setup = async () => {
    const office = await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id });
    Object.assign(extra, { office: await w.clientFor(office.id), officeUserId: office.id });
  };
  /** An OPEN fair of the world's school (windows open now, 20 booths 10 a row) unless told otherwise. */
  const fair = (traits: Parameters<typeof w.make.jobFair>[0] = {}) => w.make.jobFair({ organiserId: w.school.id, ...traits });
  /** A new enterprise (verified unless told) with a signed-in staff member. */
  const company = async (standing: "VERIFIED" | "UNVERIFIED" | "SUSPENDED" = "VERIFIED") => {
    const enterprise = await w.make.enterprise({ standing });
    const user = await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id });
    return { enterprise, user, client: await w.clientFor(user.id) };
  };
  return { w, extra, setup, fair, company };
}

/** What a booth act may touch: booths, their programs and positions, notices. */
export async function boothTables(db: Database) {
  const [booths, programs, positions, notifications] = await Promise.all([
    db.prisma.fairBooth.findMany({ orderBy: { id: "asc" } }),
    db.prisma.fairBoothProgram.findMany({ orderBy: [{ boothId: "asc" }, { programId: "asc" }] }),
    db.prisma.fairBoothPosition.findMany({ orderBy: [{ boothId: "asc" }, { positionId: "asc" }] }),
    db.prisma.notification.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { booths, programs, positions, notifications };
}

export const ownPath = (fairId: number) => `/fairs/${fairId}/booth`;
export const deskPath = (fairId: number) => `/fairs/${fairId}/booths`;
