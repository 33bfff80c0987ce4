import type { ReactNode } from "react";

/** One fact of a <dl class="facts">: its label and its value, null (or "") when the record has none. */
export type Fact = { label: string; value: ReactNode };

const empty = (value: ReactNode) => value === null || value === undefined || value === false || (typeof value === "string" && value.trim() === "");

/** A list of facts that renders only those with a value: no "—" for what a record does not say (issue 9 item 9). */
export function FactList({ facts }: { facts: Fact[] }) {
  const shown = facts.filter((f) => !empty(f.value));
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map((f) => (
        <FactRow key={f.label} fact={f} />
      ))}
    </dl>
  );
}

function FactRow({ fact }: { fact: Fact }) {
  return (
    <>
      <dt>{fact.label}</dt>
      <dd>{fact.value}</dd>
    </>
  );
}
