import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

/**
 * A list page's filters as a GET form, so every filtered view is a link. Keyed by the values the
 * URL applies: after navigating, the selects show what the list shows.
 */
export function FilterForm({ values, children }: { values: Record<string, unknown>; children: ReactNode }) {
  return (
    <Form method="get" className="filters" key={JSON.stringify(values)}>
      {children}
      <button type="submit">筛选</button>
    </Form>
  );
}

/** A GET filter's <select>; the empty option means "all" (readQuery drops empty values). */
export function SelectFilter({
  name,
  label,
  options,
  value,
}: {
  name: string;
  label: string;
  options: Record<string, string> | Array<{ value: string | number; label: string }>;
  value: string | number | undefined;
}) {
  const entries = Array.isArray(options)
    ? options.map((o) => [String(o.value), o.label] as const)
    : Object.entries(options);
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)}>
        <option value="">全部</option>
        {entries.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
