import type { Database } from "~/db/database.server";
import { currentCohort } from "~/features/applications/eligibility";
import { useApplicationWorld } from "../support/application-world";
import { dayFromToday } from "../support/dates";

// The cast of the order-class suites: the application world (a school offering a program, an
// enterprise with a signed-in staff member, a maker of signed-in students of the school's program and
// 2nd-year cohort), plus an apprenticeship agreement in force between them, the school's office and
// teacher signed in, and a maker of classes under that agreement.

export const COHORT = currentCohort(dayFromToday(0)) - 1; // the world's students' cohort

export function useOrderClassWorld() {
  const w = useApplicationWorld();
  const extra = {} as {
    agreementId: number;
    office: Awaited<ReturnType<typeof w.clientFor>>;
    officeUserId: number;
    teacher: Awaited<ReturnType<typeof w.clientFor>>;
  };
  const setup = async () => {
    const agreement = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, kind: "APPRENTICESHIP" });
    const office = await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id });
    const teacher = await w.make.user({ role: "TEACHER", organisationId: w.school.id });
    Object.assign(extra, {
      agreementId: agreement.id,
      office: await w.clientFor(office.id),
      officeUserId: office.id,
      teacher: await w.clientFor(teacher.id),
    });
  };
  /** A class of the world's school, program and cohort under the agreement; apprenticeship by default. */
  const orderClass = (traits: { capacity?: number; kind?: "ORDER_CLASS" | "MODERN_APPRENTICESHIP"; mentors?: string[] } = {}) =>
    w.make.orderClass({
      schoolId: w.school.id,
      enterpriseId: w.enterprise.id,
      schoolProgramId: w.offering.id,
      agreementId: extra.agreementId,
      cohortYear: COHORT,
      kind: traits.kind ?? "MODERN_APPRENTICESHIP",
      capacity: traits.capacity ?? 40,
      mentors: traits.mentors ?? ["王师傅", "李师傅"],
    });
  return { w, extra, setup, orderClass };
}

/** What a membership change may touch: members, classes, notices. */
export async function orderClassTables(db: Database) {
  const [members, classes, notifications] = await Promise.all([
    db.prisma.orderClassMember.findMany({ orderBy: { id: "asc" } }),
    db.prisma.orderClass.findMany({ orderBy: { id: "asc" } }),
    db.prisma.notification.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { members, classes, notifications };
}

export const classPath = (id: number) => `/order-classes/${id}`;
