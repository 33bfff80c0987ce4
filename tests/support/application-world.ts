import { currentCohort } from "~/features/applications/eligibility";
import { dayFromToday } from "./dates";
import type { Client } from "./http";
import { useTestApp, type TestAppHandle } from "./test-app";
import { fromBeforeAll } from "./test-database";

/**
 * The cast most application and matching suites need, made by the factories: a school offering a
 * program in a cluster, an enterprise in that cluster with a signed-in staff member, and a maker of
 * signed-in students; on a database and app of the suite's own (`w.make` for anything else). Call
 * it once at the top of a suite; the world is there from the next beforeAll on.
 */
export function useApplicationWorld() {
  const t = useTestApp();
  return fromBeforeAll("useApplicationWorld()", async () => ({
    db: t.db,
    app: t.app,
    make: t.make,
    clientFor: t.clientFor,
    visitor: t.visitor,
    ...(await castOf(t)),
  }));
}
export type ApplicationWorld = ReturnType<typeof useApplicationWorld>;
/** A signed-in student made by the world: their user, student record and client. */
export type WorldStudent = Awaited<ReturnType<ApplicationWorld["student"]>>;
export type { Client };

async function castOf(t: TestAppHandle) {
  const { make } = t;
  const school = await make.school();
  const cluster = await make.cluster();
  const program = await make.program({ clusterId: cluster.id });
  const offering = await make.schoolProgram({ schoolId: school.id, programId: program.id });
  const enterprise = await make.enterprise({ clusterId: cluster.id });
  const staffUser = await make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id });
  const staff = await t.clientFor(staffUser.id);

  /** A signed-in student of `schoolId` (default: the world's school and program), 2nd year by default. */
  async function student(options: { schoolId?: number; schoolProgramId?: number; cohortYear?: number } = {}) {
    const schoolId = options.schoolId ?? school.id;
    const record = await make.student({
      account: true,
      schoolId,
      schoolProgramId: options.schoolProgramId ?? (schoolId === school.id ? offering.id : undefined),
      cohortYear: options.cohortYear ?? currentCohort(dayFromToday(0)) - 1,
    });
    return { user: record.user, student: record, client: await t.clientFor(record.user.id) };
  }

  return { school, cluster, program, offering, enterprise, staffUser, staff, student };
}
