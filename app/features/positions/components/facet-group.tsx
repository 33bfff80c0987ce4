export type FacetOption = { value: string; label: string };

/**
 * One filter as checkboxes with how many positions each would find; empty options are left out,
 * unless `keepEmpty` (the search found nothing: the user needs every option to widen it).
 */
export function FacetGroup({
  legend,
  name,
  options,
  counts,
  selected,
  keepEmpty = false,
}: {
  legend: string;
  name: string;
  options: FacetOption[];
  counts: Record<string, number>;
  selected: Array<string | number>;
  keepEmpty?: boolean;
}) {
  const chosen = new Set(selected.map(String));
  const shown = keepEmpty ? options : options.filter((o) => (counts[o.value] ?? 0) > 0 || chosen.has(o.value));
  if (shown.length === 0) return null;
  return (
    <details open={chosen.size > 0}>
      <summary>{chosen.size > 0 ? `${legend}（已选 ${chosen.size}）` : legend}</summary>
      <fieldset>
        <legend className="muted">{legend}</legend>
        {shown.map((o) => (
          <div key={o.value}>
            <label>
              <input type="checkbox" name={name} value={o.value} defaultChecked={chosen.has(o.value)} /> {o.label}
              <span className="muted">{`（${counts[o.value] ?? 0}）`}</span>
            </label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}

export const optionsFrom = (labels: Record<string, string>): FacetOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const optionsOf = (rows: Array<{ id: number; name: string }>): FacetOption[] =>
  rows.map((r) => ({ value: String(r.id), label: r.name }));
