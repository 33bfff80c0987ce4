import type { Database } from "~/db/database.server";
import { currentCohort } from "~/features/applications/eligibility";
import type { ApplicationStatus, District, PositionKind, PositionStatus } from "~/generated/prisma/client";
import type { Client } from "./http";
import { dayFromToday } from "./position-forms";
import { useTestApp, type TestAppHandle } from "./test-app";
import { fromBeforeAll } from "./test-database";

// Helpers for the applications and matching suites. Positions are made directly with Prisma (the
// positions feature has its own suites for making them through its forms), and so are
// applications that a test needs to be in some state already.

/** A date `days` from today in Hohhot, YYYY-MM-DD (defined once, in position-forms.ts). */
export { dayFromToday };

const day = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export type PositionSpec = {
  enterpriseId: number;
  title?: string;
  status?: PositionStatus;
  kind?: PositionKind;
  headcount?: number;
  deadline?: string | null;
  startDate?: string | null;
  minAge?: number | null;
  district?: District | null;
  clusterId?: number | null;
  programIds?: readonly number[];
  categoryIds?: readonly number[];
};

export function applicationFactories(db: Database) {
  const prisma = db.prisma;
  let n = 0;

  /** A published job open for 30 days unless told otherwise. */
  async function position(spec: PositionSpec) {
    n += 1;
    const status = spec.status ?? "PUBLISHED";
    return prisma.position.create({
      data: {
        enterpriseId: spec.enterpriseId,
        status,
        kind: spec.kind ?? "JOB",
        title: spec.title ?? `测试岗位${n}`,
        description: "测试岗位描述",
        headcount: spec.headcount ?? 2,
        deadline: day(spec.deadline === undefined ? dayFromToday(30) : spec.deadline),
        startDate: day(spec.startDate),
        minAge: spec.minAge ?? null,
        district: spec.district ?? null,
        clusterId: spec.clusterId ?? null,
        publishedAt: status === "DRAFT" ? null : new Date(),
        programs: { create: (spec.programIds ?? []).map((programId) => ({ programId })) },
        categories: { create: (spec.categoryIds ?? []).map((categoryId) => ({ categoryId })) },
      },
    });
  }

  /** An application already in `status`, with the one event that put it there. */
  async function application(positionId: number, studentId: number, status: ApplicationStatus = "SUBMITTED") {
    return prisma.application.create({
      data: { positionId, studentId, status, events: { create: { fromStatus: null, toStatus: status } } },
    });
  }

  async function certificate(studentId: number, certificateName: string, passed = true, level: string | null = "初级") {
    return prisma.certificateAttempt.create({
      data: { studentId, certificateName, level, passed, attemptedOn: new Date("2025-06-01T00:00:00Z") },
    });
  }

  async function agreement(
    schoolId: number,
    enterpriseId: number,
    status: "ACTIVE" | "EXPIRED" | "DRAFT" | "TERMINATED" = "ACTIVE",
  ) {
    return prisma.partnershipAgreement.create({
      data: {
        schoolId,
        enterpriseId,
        kind: "COOPERATION",
        title: "校企合作协议",
        startsOn: new Date("2025-01-01T00:00:00Z"),
        status,
      },
    });
  }

  return { position, application, certificate, agreement };
}

/** Everything an application change writes, to prove that a refused request wrote nothing. */
export async function applicationTables(db: Database) {
  const [applications, events, notifications, positions, changes] = await Promise.all([
    db.prisma.application.findMany({ orderBy: { id: "asc" } }),
    db.prisma.applicationEvent.findMany({ orderBy: { id: "asc" } }),
    db.prisma.notification.findMany({ orderBy: { id: "asc" } }),
    db.prisma.position.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    db.prisma.positionChange.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { applications, events, notifications, positions, changes };
}

/**
 * The cast most suites need: a school with a program, an enterprise with a staff member, and
 * signed-in clients, on a database and app of the suite's own. Call it once at the top of a suite;
 * the world is there from the next beforeAll on.
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
  const more = applicationFactories(t.db);
  const school = await make.school();
  const cluster = await make.cluster();
  const program = await make.program({ clusterId: cluster.id });
  const offering = await make.schoolProgram(school.id, program.id);
  const enterprise = await make.enterprise({ clusterId: cluster.id });
  const staffUser = await make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id });
  const staff = await t.clientFor(staffUser.id);

  /** A signed-in student of `schoolId` (default: the world's school and program), 2nd year by default. */
  async function student(options: { schoolId?: number; schoolProgramId?: number; cohortYear?: number } = {}) {
    const schoolId = options.schoolId ?? school.id;
    const account = await make.user({ role: "STUDENT", organisationId: schoolId });
    const cohortYear = options.cohortYear ?? currentCohort(dayFromToday(0)) - 1;
    const record = await make.student({
      schoolId,
      schoolProgramId: options.schoolProgramId ?? (schoolId === school.id ? offering.id : undefined),
      userId: account.id,
      cohortYear,
    });
    return { user: account, student: record, client: await t.clientFor(account.id) };
  }

  return { more, school, cluster, program, offering, enterprise, staffUser, staff, student };
}
