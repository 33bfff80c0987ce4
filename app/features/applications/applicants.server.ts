import { z } from "zod";
import { prisma } from "~/db/db.server";
import type { Prisma } from "~/generated/prisma/client";
import type { SessionUser } from "~/features/auth/session.server";
import { idFilter, optionalFilter } from "~/lib/search-params.server";
import { notFound } from "~/lib/errors.server";
import { assertCan, assertVisible, can } from "~/features/auth/permissions.server";
import { sharedResumeFrom } from "~/features/resume";
import { APPLICATION_STATUSES, buttonStatuses, type ApplicationStatus } from "./application-status";
import { eventSelect, historyOf } from "./history.server";
import { moment } from "~/lib/dates";

// 个人信息最小化: an enterprise sees a student only once they applied to it, and then only what a
// hiring decision needs (name, school, program, cohort, certificates, their note). Birth date and
// phone are never selected here, so no rendering slip can show them. The résumé and the contacts in
// it are the copy the student shared by applying (docs/decisions/0008), gone once they withdraw.

export const ApplicantFilters = z.object({
  status: optionalFilter(z.enum(APPLICATION_STATUSES)),
  program: idFilter, // Program id
  school: idFilter, // School (organisation) id
});
export type ApplicantFilters = z.infer<typeof ApplicantFilters>;

/** The position whose applicants the user manages: a draft of another enterprise is not found, any other position of theirs is 403. */
export async function applicantsPosition(user: SessionUser, positionId: number) {
  const position = await prisma().position.findUnique({
    where: { id: positionId },
    select: { id: true, title: true, status: true, headcount: true, enterpriseId: true },
  });
  // A position the user may not see (another enterprise's draft or closed one) is "not found", as on its own page.
  if (!position) notFound("找不到该岗位");
  assertVisible(user, { action: "position.view", enterpriseId: position.enterpriseId, status: position.status }, "找不到该岗位");
  assertCan(user, { action: "position.applicants", enterpriseId: position.enterpriseId }, "只有发布该岗位的企业人员可以查看申请人");
  return position;
}

export const applicantSelect = {
  id: true,
  status: true,
  note: true,
  sharedResume: true,
  createdAt: true,
  events: { orderBy: { id: "asc" }, select: eventSelect },
  student: {
    select: {
      name: true,
      cohortYear: true,
      school: { select: { organisation: { select: { name: true } } } },
      schoolProgram: { select: { program: { select: { name: true } } } },
      certificateAttempts: {
        where: { passed: true },
        orderBy: { attemptedOn: "asc" },
        select: { certificateName: true, level: true },
      },
    },
  },
} as const;

/**
 * Seats against offers, for the enterprise deciding on another 拟录用: `left` = headcount minus
 * accepted; `outstanding` = offers not yet answered; `overOffered` when those offers already cover
 * every seat left (one more offer could be one the student cannot accept).
 */
export function seatsOf(headcount: number, tally: Record<ApplicationStatus, number>) {
  const left = Math.max(0, headcount - tally.ACCEPTED);
  return { headcount, accepted: tally.ACCEPTED, outstanding: tally.OFFER, left, overOffered: tally.OFFER >= left };
}

export async function positionApplicants(user: SessionUser, positionId: number, filters: ApplicantFilters) {
  const position = await applicantsPosition(user, positionId);
  const db = prisma();
  const [rows, everyone] = await Promise.all([
    db.application.findMany({
      where: {
        positionId,
        status: filters.status,
        student: { schoolId: filters.school, schoolProgram: filters.program ? { programId: filters.program } : undefined },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: applicantSelect,
    }),
    // The filters offer only the schools and programs this position's applicants come from.
    db.application.findMany({
      where: { positionId },
      select: {
        status: true,
        student: {
          select: {
            school: { select: { organisation: { select: { id: true, name: true } } } },
            schoolProgram: { select: { program: { select: { id: true, name: true } } } },
          },
        },
      },
    }),
  ]);
  const tally = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  for (const a of everyone) tally[a.status] += 1;
  const options = (pairs: Array<{ id: number; name: string }>) =>
    [...new Map(pairs.map((p) => [p.id, p.name]))].map(([value, label]) => ({ value, label })).sort((a, b) => a.value - b.value);
  return {
    position,
    tally,
    seats: seatsOf(position.headcount, tally),
    schools: options(everyone.map((a) => a.student.school.organisation)),
    programs: options(everyone.map((a) => a.student.schoolProgram.program)),
    applicants: rows.map((a) => applicantView(a, position.status, mayReadSharedResume(user, position.enterpriseId))),
  };
}

/** Whether the user reads the résumés shared with this enterprise's applications (only that enterprise's staff). */
export const mayReadSharedResume = (user: SessionUser, enterpriseId: number) =>
  can(user, { action: "application.sharedResume", enterpriseId });

/** The shared résumé as the card shows it, its moment in Hohhot time; null when none was shared or it was withdrawn. */
function sharedResumeView(json: unknown) {
  const shared = sharedResumeFrom(json);
  return shared && { ...shared, sharedAt: moment(new Date(shared.sharedAt)) };
}

/** One application as the enterprise's pages show it; no buttons on a closed position (no moves there). */
export function applicantView(
  a: Prisma.ApplicationGetPayload<{ select: typeof applicantSelect }>,
  positionStatus: string,
  mayReadResume: boolean,
) {
  return {
    resume: mayReadResume ? sharedResumeView(a.sharedResume) : null,
    id: a.id,
    status: a.status,
    note: a.note,
    appliedAt: moment(a.createdAt),
    name: a.student.name,
    school: a.student.school.organisation.name,
    program: a.student.schoolProgram.program.name,
    cohortYear: a.student.cohortYear,
    certificates: a.student.certificateAttempts.map((c) => (c.level ? `${c.certificateName}（${c.level}）` : c.certificateName)),
    history: historyOf(a.events, "other"),
    next: positionStatus === "CLOSED" ? [] : buttonStatuses("enterprise", a.status),
  };
}
