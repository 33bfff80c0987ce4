import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { can } from "~/features/auth/permissions.server";
import { studentRegistrationState } from "~/features/fair-registration/index.server";
import { moment } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { BOOTH_STATUS_LABEL, boothAtFair, boothLabel, boothRows, FAIR_STATUS_LABEL, windowOpen, type FairBoothStatus, type FairStatus } from "~/lib/fairs";
import { DISTRICT_LABEL } from "~/lib/labels";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import { assertFairVisible, FAIR_NOT_FOUND } from "./access.server";
import { spanText } from "./fairs.server";

// The fair's page (/fairs/:fairId, issue 12 items 1–2): its facts in Hohhot time, the booth map, the
// approved booths with their positions and headcount, and what the viewer may do there.

type Window = { opensAt: Date; closesAt: Date };
export type WindowState = "notYet" | "open" | "closed";

function windowFacts(w: Window, now: Date) {
  const state: WindowState = now < w.opensAt ? "notYet" : windowOpen(w, now) ? "open" : "closed";
  return { state, opensAt: moment(w.opensAt), closesAt: moment(w.closesAt) };
}

export async function openFair(user: SessionUser, fairId: number, now = new Date()) {
  const db = prisma();
  const fair = await db.jobFair.findUnique({
    where: { id: fairId },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      cancelReason: true,
      online: true,
      venue: true,
      district: true,
      startsAt: true,
      endsAt: true,
      boothCount: true,
      boothsPerRow: true,
      enterpriseRegistrationOpensAt: true,
      enterpriseRegistrationClosesAt: true,
      studentRegistrationOpensAt: true,
      studentRegistrationClosesAt: true,
      allSchools: true,
      cohortYears: true,
      organiserId: true,
      organiser: { select: { name: true } },
      schools: { orderBy: { schoolId: "asc" }, select: { schoolId: true, school: { select: { organisation: { select: { name: true } } } } } },
      programs: { orderBy: { programId: "asc" }, select: { programId: true, program: { select: { name: true } } } },
      booths: {
        where: { status: "APPROVED" },
        orderBy: [{ boothNo: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: {
          id: true,
          boothNo: true,
          enterpriseId: true,
          enterprise: { select: { standing: true, organisation: { select: { name: true } } } },
          positions: {
            orderBy: { positionId: "asc" },
            select: { position: { select: { id: true, title: true, kind: true, headcount: true } } },
          },
        },
      },
    },
  });
  if (!fair) return notFound(FAIR_NOT_FOUND);
  const status = fair.status as FairStatus;
  assertFairVisible(user, { organiserId: fair.organiserId, status });

  const taken = new Set(fair.booths.flatMap((b) => (b.boothNo === null ? [] : [b.boothNo])));
  // The map keeps every approved booth's number taken; the list shows only the booths at the fair.
  const booths = fair.booths.filter((b) => boothAtFair({ status: "APPROVED", standing: b.enterprise.standing })).map((b) => {
    const positions = b.positions.map(({ position: p }) => ({ id: p.id, title: p.title, kind: POSITION_KIND_LABEL[p.kind] ?? p.kind, headcount: p.headcount }));
    return {
      id: b.id,
      enterprise: b.enterprise.organisation.name,
      booth: b.boothNo === null ? "待分配" : boothLabel(b.boothNo, fair.boothsPerRow),
      positions,
      headcount: positions.reduce((sum, p) => sum + p.headcount, 0),
    };
  });
  const studentWindow = windowFacts({ opensAt: fair.studentRegistrationOpensAt, closesAt: fair.studentRegistrationClosesAt }, now);
  const enterpriseWindow = windowFacts({ opensAt: fair.enterpriseRegistrationOpensAt, closesAt: fair.enterpriseRegistrationClosesAt }, now);
  const live = status === "OPEN" || status === "RUNNING";

  return {
    fair: {
      id: fair.id,
      title: fair.title,
      description: fair.description,
      status,
      statusLabel: FAIR_STATUS_LABEL[status],
      cancelReason: fair.cancelReason,
      when: spanText(fair.startsAt, fair.endsAt),
      where: fair.online ? "线上" : [fair.district ? DISTRICT_LABEL[fair.district] : null, fair.venue].filter(Boolean).join(" · "),
      organiser: fair.organiser.name,
      eligibility: eligibilityWords(fair),
      studentWindow,
      enterpriseWindow,
      boothCount: fair.boothCount,
    },
    map: boothRows(fair.boothCount, fair.boothsPerRow).map((row) =>
      row.map((no) => ({ no, label: boothLabel(no, fair.boothsPerRow), taken: taken.has(no) })),
    ),
    booths,
    totalHeadcount: booths.reduce((sum, b) => sum + b.headcount, 0),
    controls: {
      organiser: can(user, { action: "fair.manage", organiserId: fair.organiserId }),
      checkIn: can(user, { action: "fair.checkIn", organiserId: fair.organiserId }),
      report: can(user, { action: "fair.report", organiserId: fair.organiserId }),
      enterprise: await enterpriseControls(user, fair.id, live),
      // The student's 报名 / 入场码 / 取消报名 belong to the registration feature (its rules, its route).
      student: await studentRegistrationState(user, fair.id, now),
    },
  };
}

function eligibilityWords(fair: {
  allSchools: boolean;
  schools: Array<{ school: { organisation: { name: string } } }>;
  programs: Array<{ program: { name: string } }>;
  cohortYears: number[];
}): string {
  const schools = fair.allSchools ? "全市各校学生" : `${fair.schools.map((s) => s.school.organisation.name).join("、")}的学生`;
  const programs = fair.programs.length ? `，专业：${fair.programs.map((p) => p.program.name).join("、")}` : "";
  const cohorts = fair.cohortYears.length ? `，年级：${fair.cohortYears.map((y) => `${y}级`).join("、")}` : "";
  return `面向${schools}${programs}${cohorts}`;
}

async function enterpriseControls(user: SessionUser, fairId: number, live: boolean) {
  if (!can(user, { action: "fair.requestBooth" })) return null;
  const booth = await prisma().fairBooth.findUnique({
    where: { fairId_enterpriseId: { fairId, enterpriseId: user.organisationId } },
    select: { status: true },
  });
  return {
    booth: booth ? BOOTH_STATUS_LABEL[booth.status as FairBoothStatus] : null,
    // The booth page says whether the enterprise window is open; a finished fair takes no requests.
    mayRequest: live,
  };
}

