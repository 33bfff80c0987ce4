import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { z } from "zod";
import { APPLICATION_STATUSES, buttonStatuses } from "./application-status";
import { ownStudent } from "./apply.server";
import { eventSelect, historyOf } from "./history.server";
import { isoDayOf, moment } from "~/lib/dates";
import { optionalFilter } from "~/lib/search-params.server";

/** 我的申请's one filter: ?status=OFFER|INTERVIEW|…, the list the home page's to-do counts link to; anything else is all. */
export const OwnApplicationFilters = z.object({ status: optionalFilter(z.enum(APPLICATION_STATUSES)) });
export type OwnApplicationFilters = z.infer<typeof OwnApplicationFilters>;

/** The acting student's applications (of `filters.status` only, when given), newest first, each with its history and the buttons it allows. */
export async function ownApplications(user: SessionUser, filters: OwnApplicationFilters = {}) {
  const student = await ownStudent(user, "application.listOwn");
  const rows = await prisma().application.findMany({
    where: { studentId: student.id, status: filters.status },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      note: true,
      offerReplyBy: true,
      createdAt: true,
      position: {
        select: { id: true, title: true, kind: true, enterprise: { select: { organisation: { select: { name: true } } } } },
      },
      events: { orderBy: { id: "asc" }, select: eventSelect },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    status: a.status,
    note: a.note,
    /** 答复期限 of an offer still waiting for the answer, YYYY-MM-DD or null. */
    replyBy: a.status === "OFFER" ? isoDayOf(a.offerReplyBy) : null,
    appliedAt: moment(a.createdAt),
    position: {
      id: a.position.id,
      title: a.position.title,
      kind: a.position.kind,
      enterprise: a.position.enterprise.organisation.name,
    },
    history: historyOf(a.events, "student"),
    next: buttonStatuses("student", a.status),
  }));
}
