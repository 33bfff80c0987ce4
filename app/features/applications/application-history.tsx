import { APPLICATION_STATUS_LABEL, type ApplicationStatus } from "./application-status";

export type HistoryEntry = { at: string; from: ApplicationStatus | null; to: ApplicationStatus; note: string | null; by: string };

/** An application's events, oldest first: when, from what to what, by whom, and the note. */
export function ApplicationHistory({ entries }: { entries: HistoryEntry[] }) {
  return (
    <ol className="muted">
      {entries.map((e, i) => (
        <li key={i}>
          {`${e.at} · ${e.from ? `${APPLICATION_STATUS_LABEL[e.from]} → ` : ""}${APPLICATION_STATUS_LABEL[e.to]} · ${e.by}`}
          {e.note ? `：${e.note}` : null}
        </li>
      ))}
    </ol>
  );
}
