// A record's status changes, oldest first, one line each: "when · from → to · who：note". The agreement,
// certification and placement pages share it; each passes its own status labels and the word for the
// first line (an agreement is 提出, a certification 提交).

export type StatusEvent<S extends string> = { id: number; at: string; from: S | null; to: S; who: string; note: string | null };

export function StatusHistory<S extends string>({ events, labels, opened }: { events: StatusEvent<S>[]; labels: Record<S, string>; opened: string }) {
  return (
    <ol className="status-history">
      {events.map((e) => (
        <li key={e.id}>
          {`${e.at} · ${e.from ? labels[e.from] : opened} → ${labels[e.to]} · ${e.who}`}
          {e.note ? `：${e.note}` : null}
        </li>
      ))}
    </ol>
  );
}
