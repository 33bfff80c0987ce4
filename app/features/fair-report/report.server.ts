import { prisma } from "~/db/db.server";
import { assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { moment } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { FAIR_STATUS_LABEL, type FairStatus } from "~/lib/fairs";
import { FIGURE_NAMES, FIGURES, figureValue, OTHER_CLUSTER, type Figure, type StudentFilter } from "./figures";

// 招聘会报告 (issue 12 item 6, docs/decisions/0014 and docs/glossary "招聘会报告"): what a fair achieved,
// counted from its records — booths, booth positions, registrations, applications with fairId, leads,
// and the application events after the fair. Each figure is one FIGURES entry (figures.ts): a name,
// its meaning and the rows behind it, so a number on the report and the rows of
// /fairs/:fairId/report/records?figure=<name> are one filter over one load, never two queries that
// could drift. For the organiser's staff and the bureau (fair.report); everyone else is 404, as for a
// fair they may not know exists.

/** The report's outcome windows: 30 and 90 days after the fair's end (issue 12 item 6; figures.ts windowEnd). */
export const OUTCOME_WINDOWS = [30, 90] as const;

export type BoothRecord = {
  id: number;
  enterpriseId: number;
  enterprise: string;
  status: string;
  boothNo: number | null;
  arrivedAt: Date | null;
  leads: number;
  positions: PositionRecord[];
};
export type PositionRecord = { id: number; title: string; headcount: number; enterprise: string };
export type RegistrationRecord = {
  id: number;
  studentId: number;
  student: string;
  studentNumber: string | null;
  schoolId: number;
  school: string;
  programId: number;
  program: string;
  clusterId: number | null;
  cluster: string;
  cancelledAt: Date | null;
  checkedInAt: Date | null;
};
export type ApplicationRecord = {
  id: number;
  student: string;
  school: string;
  position: string;
  enterprise: string;
  status: string;
  createdAt: Date;
  /** The first 拟录用 (OFFER) and 已接受录用 (ACCEPTED) event times, or null. */
  offeredAt: Date | null;
  acceptedAt: Date | null;
};
export type LeadRecord = { id: number; student: string; school: string; enterprise: string; status: string; createdAt: Date; applicationId: number | null };

export type FairRecords = {
  fair: { id: number; title: string; status: FairStatus; organiserId: number; organiser: string; startsAt: Date; endsAt: Date };
  booths: BoothRecord[];
  registrations: RegistrationRecord[];
  applications: ApplicationRecord[];
  leads: LeadRecord[];
};

/** The fair and everything the report counts, for `user` under fair.report (404 otherwise, or for no such fair). */
export async function fairRecords(user: SessionUser, fairId: number): Promise<FairRecords> {
  const db = prisma();
  const fair = await db.jobFair.findUnique({
    where: { id: fairId },
    select: { id: true, title: true, status: true, organiserId: true, startsAt: true, endsAt: true, organiser: { select: { name: true } } },
  });
  if (!fair) notFound("找不到该招聘会");
  assertVisible(user, { action: "fair.report", organiserId: fair.organiserId }, "找不到该招聘会");
  const [booths, registrations, applications, leads] = await Promise.all([
    db.fairBooth.findMany({
      where: { fairId },
      orderBy: [{ boothNo: "asc" }, { id: "asc" }],
      select: {
        id: true,
        enterpriseId: true,
        status: true,
        boothNo: true,
        arrivedAt: true,
        enterprise: { select: { organisation: { select: { name: true } } } },
        _count: { select: { leads: true } },
        positions: { orderBy: { positionId: "asc" }, select: { position: { select: { id: true, title: true, headcount: true } } } },
      },
    }),
    db.fairRegistration.findMany({
      where: { fairId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        cancelledAt: true,
        checkedInAt: true,
        student: {
          select: {
            id: true,
            name: true,
            studentNumber: true,
            schoolId: true,
            school: { select: { organisation: { select: { name: true } } } },
            schoolProgram: { select: { program: { select: { id: true, name: true, cluster: { select: { id: true, name: true } } } } } },
          },
        },
      },
    }),
    db.application.findMany({
      where: { fairId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        status: true,
        createdAt: true,
        student: { select: { name: true, school: { select: { organisation: { select: { name: true } } } } } },
        position: { select: { title: true, enterprise: { select: { organisation: { select: { name: true } } } } } },
        events: { where: { toStatus: { in: ["OFFER", "ACCEPTED"] } }, orderBy: { createdAt: "asc" }, select: { toStatus: true, createdAt: true } },
      },
    }),
    db.fairLead.findMany({
      where: { fairId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        status: true,
        createdAt: true,
        applicationId: true,
        student: { select: { name: true, school: { select: { organisation: { select: { name: true } } } } } },
        booth: { select: { enterprise: { select: { organisation: { select: { name: true } } } } } },
      },
    }),
  ]);
  return {
    fair: {
      id: fair.id,
      title: fair.title,
      status: fair.status,
      organiserId: fair.organiserId,
      organiser: fair.organiser.name,
      startsAt: fair.startsAt,
      endsAt: fair.endsAt,
    },
    booths: booths.map((b) => {
      const enterprise = b.enterprise.organisation.name;
      return {
        id: b.id,
        enterpriseId: b.enterpriseId,
        enterprise,
        status: b.status,
        boothNo: b.boothNo,
        arrivedAt: b.arrivedAt,
        leads: b._count.leads,
        positions: b.positions.map(({ position: p }) => ({ id: p.id, title: p.title, headcount: p.headcount, enterprise })),
      };
    }),
    registrations: registrations.map((r) => {
      const program = r.student.schoolProgram.program;
      return {
        id: r.id,
        studentId: r.student.id,
        student: r.student.name,
        studentNumber: r.student.studentNumber,
        schoolId: r.student.schoolId,
        school: r.student.school.organisation.name,
        programId: program.id,
        program: program.name,
        clusterId: program.cluster?.id ?? null,
        cluster: program.cluster?.name ?? OTHER_CLUSTER,
        cancelledAt: r.cancelledAt,
        checkedInAt: r.checkedInAt,
      };
    }),
    applications: applications.map((a) => ({
      id: a.id,
      student: a.student.name,
      school: a.student.school.organisation.name,
      position: a.position.title,
      enterprise: a.position.enterprise.organisation.name,
      status: a.status,
      createdAt: a.createdAt,
      offeredAt: a.events.find((e) => e.toStatus === "OFFER")?.createdAt ?? null,
      acceptedAt: a.events.find((e) => e.toStatus === "ACCEPTED")?.createdAt ?? null,
    })),
    leads: leads.map((l) => ({
      id: l.id,
      student: l.student.name,
      school: l.student.school.organisation.name,
      enterprise: l.booth.enterprise.organisation.name,
      status: l.status,
      createdAt: l.createdAt,
      applicationId: l.applicationId,
    })),
  };
}

export type BreakdownRow = { id: number | null; name: string; registered: number; checkedIn: number };

export type FairReport = {
  fair: FairRecords["fair"] & { statusLabel: string; starts: string; ends: string };
  /** Every figure by name (FIGURES), the count of its records. */
  figures: Record<Figure, number>;
  bySchool: BreakdownRow[];
  byProgram: BreakdownRow[];
  byCluster: BreakdownRow[];
};

/** The report of `fairId` for `user` (fair.report; 404 otherwise). */
export async function fairReport(user: SessionUser, fairId: number): Promise<FairReport> {
  return summarise(await fairRecords(user, fairId));
}

export function summarise(records: FairRecords): FairReport {
  const figures = Object.fromEntries(FIGURE_NAMES.map((name) => [name, figureValue(name, FIGURES[name].rows(records, {}))])) as Record<Figure, number>;
  return {
    fair: { ...records.fair, statusLabel: FAIR_STATUS_LABEL[records.fair.status], starts: moment(records.fair.startsAt), ends: moment(records.fair.endsAt) },
    figures,
    bySchool: breakdown(records, (r) => ({ id: r.schoolId, name: r.school }), "school"),
    byProgram: breakdown(records, (r) => ({ id: r.programId, name: r.program }), "program"),
    byCluster: breakdown(records, (r) => ({ id: r.clusterId, name: r.cluster }), "cluster"),
  };
}

/**
 * Registered and checked-in students grouped by school, program or cluster (none → 其他, last),
 * each count through the same figure as its link (studentsRegistered / studentsCheckedIn with the
 * group's filter), most registered first, then by name.
 */
function breakdown(
  records: FairRecords,
  key: (r: RegistrationRecord) => { id: number | null; name: string },
  by: keyof StudentFilter,
): BreakdownRow[] {
  const groups = new Map<number | null, string>();
  for (const r of FIGURES.studentsRegistered.rows(records, {})) {
    const k = key(r);
    groups.set(k.id, k.name);
  }
  return [...groups]
    .map(([id, name]) => {
      const filter: StudentFilter = { [by]: id ?? "none" };
      return {
        id,
        name,
        registered: FIGURES.studentsRegistered.rows(records, filter).length,
        checkedIn: FIGURES.studentsCheckedIn.rows(records, filter).length,
      };
    })
    .sort((a, b) => Number(a.id === null) - Number(b.id === null) || b.registered - a.registered || a.name.localeCompare(b.name, "zh-CN"));
}

export type FigureRecords = {
  fair: FairRecords["fair"];
  figure: Figure;
  label: string;
  meaning: string;
  value: number;
  rows:
    | { kind: "booth"; list: BoothRecord[] }
    | { kind: "position"; list: PositionRecord[] }
    | { kind: "student"; list: RegistrationRecord[] }
    | { kind: "application"; list: ApplicationRecord[] }
    | { kind: "lead"; list: LeadRecord[] };
};

/** The records behind one figure of the report, with the figure's value (the same as on the report). */
export async function figureRecords(user: SessionUser, fairId: number, figure: Figure, filter: StudentFilter): Promise<FigureRecords> {
  const records = await fairRecords(user, fairId);
  const def = FIGURES[figure];
  const list = def.rows(records, def.kind === "student" ? filter : {});
  return {
    fair: records.fair,
    figure,
    label: def.label,
    meaning: def.meaning,
    value: figureValue(figure, list),
    rows: { kind: def.kind, list } as FigureRecords["rows"],
  };
}
