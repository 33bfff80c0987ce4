import { Link } from "@remix-run/react";

/** One headline figure; a single text node each, so the figure reads (and is tested) as written. */
export function Stat({ value, label }: { value: number | string; label: string }) {
  return (
    <div className="card">
      <div className="stat">{typeof value === "number" ? value.toLocaleString("zh-CN") : value}</div>
      <div className="muted">{label}</div>
    </div>
  );
}

export function NextSteps({ links }: { links: Array<[to: string, text: string]> }) {
  return (
    <ul className="actions">
      {links.map(([to, text]) => (
        <li key={to}>
          <Link to={to}>{text}</Link>
        </li>
      ))}
    </ul>
  );
}
