import type { ReactNode } from "react";

// The app's one list pattern (issue 9): a single <table> that CSS lays out as cards on a phone and as
// a table on a wide screen (app.css, "responsive list"). One markup, so screen readers and tests see
// one row each, and each row keeps its data-row-id.
//
// Each column says what it is to the row, and the cards follow from that:
//   title   the row's name, at the top of the card (a link to the record, usually)
//   status  a badge beside the title; on a wide screen the FIRST column, whatever order it is given in
//   fact    the one or two facts that matter, one line under the title on a card
//   minor   a column of the wide table only; hidden on a phone
//   action  the row's links or buttons, at the bottom of the card
// A title whose link is the row's only action says so with `titleIsAction`: its cell is marked
// data-cell="title action", and the browser tests find the action of every list by [data-cell~="action"].
//
// Statistics tables stay tables at every width: inside .table-wrap they scroll sideways in their own box,
// never the page, with the first column kept in view (app.css).

export type CellKind = "title" | "status" | "fact" | "minor" | "action";

export type ListColumn<Row> = {
  header: string;
  kind: CellKind;
  cell: (row: Row) => ReactNode;
  /** Right-aligned tabular figures in the wide table. */
  num?: boolean;
  /** Only for kind "title": the title's link is the row's action (no separate action column). */
  titleIsAction?: boolean;
};

export function ResponsiveList<Row>({
  label,
  rows,
  rowId,
  columns,
}: {
  /** What the list is, for screen readers (the table's accessible name). */
  label: string;
  rows: readonly Row[];
  /** Written to data-row-id; omit for rows that are not records. */
  rowId?: (row: Row) => number | string;
  columns: ListColumn<Row>[];
}) {
  // Status first in the wide table (the card places it by CSS); otherwise the order given.
  const ordered = [...columns.filter((c) => c.kind === "status"), ...columns.filter((c) => c.kind !== "status")];
  const cellKind = (c: ListColumn<Row>) => (c.kind === "title" && c.titleIsAction ? "title action" : c.kind);
  return (
    <div className="rlist-wrap">
      <table className="rlist" aria-label={label}>
        <thead>
          <tr>
            {ordered.map((c) => (
              <th key={c.header} scope="col" className={c.num ? "num" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const id = rowId?.(row);
            return (
              <tr key={id ?? i} data-row-id={id}>
                {ordered.map((c) => (
                  <td key={c.header} data-cell={cellKind(c)} data-label={c.header} className={c.num ? "num" : undefined}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A status as a badge; `tone` colours it (open: in progress, good: settled well, bad: ended, muted: neutral). */
export function StatusBadge({ tone = "muted", children }: { tone?: "open" | "good" | "bad" | "muted"; children: ReactNode }) {
  return (
    <span className="status-badge" data-tone={tone}>
      {children}
    </span>
  );
}
