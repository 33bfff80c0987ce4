// A destination's changes as the pages show them (describe.ts makes the lines): the school's page names who
// made each change; the graduate's own page leaves the staff's names out.

export type HistoryEntry = { id: number; at: string; via: string; who?: string; lines: string[]; note: string | null };

export function ChangeHistory({ history, withWho }: { history: HistoryEntry[]; withWho: boolean }) {
  return (
    <ol className="destination-history">
      {history.map((h) => (
        <li key={h.id} data-testid="history-entry">
          <strong>{withWho ? `${h.at} · ${h.via} · ${h.who}` : `${h.at} · ${h.via}`}</strong>
          <ul>
            {h.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {h.note ? <p className="muted">{`说明：${h.note}`}</p> : null}
        </li>
      ))}
    </ol>
  );
}
