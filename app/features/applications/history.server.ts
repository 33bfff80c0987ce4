import type { HistoryEntry } from "./application-history";
import type { ApplicationStatus } from "./application-status";
import { moment } from "~/lib/dates";

// Events name their actor by side, not by person: the student sees "企业", the enterprise sees
// "学生". The transition table gives every target status to exactly one side, so the side is
// known from the event itself, also for demo events that have no recorded actor.

const STUDENT_ACTS: ReadonlySet<ApplicationStatus> = new Set(["SUBMITTED", "ACCEPTED", "DECLINED", "WITHDRAWN"]);

export const eventSelect = { fromStatus: true, toStatus: true, note: true, createdAt: true } as const;

type EventRow = { fromStatus: ApplicationStatus | null; toStatus: ApplicationStatus; note: string | null; createdAt: Date };

export function historyOf(events: EventRow[], viewer: "student" | "other"): HistoryEntry[] {
  // 岗位已关闭 follows from the position closing, not from anyone's decision about the student.
  const by = (to: ApplicationStatus) =>
    to === "CLOSED" ? "平台" : STUDENT_ACTS.has(to) ? (viewer === "student" ? "本人" : "学生") : "企业";
  return events.map((e) => ({ at: moment(e.createdAt), from: e.fromStatus, to: e.toStatus, note: e.note, by: by(e.toStatus) }));
}
