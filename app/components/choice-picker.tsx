// Moved from app/features/positions/components (issue 11): the agreement form picks programs the same way.
import type { FieldMetadata } from "@conform-to/react";
import { useEffect, useId, useMemo, useState } from "react";
import { ErrorList } from "~/components/forms";
import { fieldErrors } from "./form-fields";

type Choice = { value: number; label: string };
type ChoiceGroup = { label: string; choices: Choice[] };

/** The ids a field starts with, as conform hands its initial value over (one string, a list, or nothing). */
function initialIds(meta: FieldMetadata<unknown>): Set<string> {
  const value = meta.initialValue as unknown;
  const list = Array.isArray(value) ? value : value === undefined || value === null || value === "" ? [] : [value];
  return new Set(list.map(String));
}

/**
 * A multi-select that works by touch: checkboxes grouped under headings, each posting `meta.name`
 * once per chosen item (the server reads them as a list). Without JavaScript it is just those
 * checkboxes. Once hydrated, a filter box narrows the list by name (program or group) and the chosen
 * items show above it as chips that remove themselves when tapped. Never `required`: an empty list
 * is a valid answer for every list this is used for.
 */
export function ChoicePicker({
  label,
  meta,
  groups,
  filterable = false,
  hint,
}: {
  label: string;
  meta: FieldMetadata<unknown>;
  groups: ChoiceGroup[];
  filterable?: boolean;
  hint?: string;
}) {
  const [chosen, setChosen] = useState(() => initialIds(meta));
  const [query, setQuery] = useState("");
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const filterId = useId();
  const labelOf = useMemo(
    () => new Map(groups.flatMap((g) => g.choices.map((c) => [String(c.value), c.label] as const))),
    [groups],
  );
  const toggle = (value: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });
  const words = query.trim().toLowerCase();
  const matches = (group: ChoiceGroup, choice: Choice) =>
    !words || choice.label.toLowerCase().includes(words) || group.label.toLowerCase().includes(words);
  const errors = fieldErrors(meta);
  const shown = groups.filter((g) => g.choices.some((c) => matches(g, c)));
  return (
    <fieldset className="field choice-picker" id={meta.id} aria-describedby={errors.length ? meta.errorId : undefined}>
      <legend>{label}</legend>
      {hydrated && chosen.size > 0 ? (
        <ul className="chips" aria-label="已选择">
          {[...chosen].map((value) => (
            <li key={value}>
              <button type="button" className="chip" onClick={() => toggle(value, false)} aria-label={`移除 ${labelOf.get(value) ?? value}`}>
                {labelOf.get(value) ?? value} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {hydrated && filterable ? (
        <>
          <label htmlFor={filterId} className="muted">
            筛选
          </label>
          <input
            id={filterId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="输入专业名称，如 烹饪"
            autoComplete="off"
            enterKeyHint="search"
            onKeyDown={(event) => {
              if (event.key === "Enter") event.preventDefault(); // filtering, not submitting the form
            }}
          />
        </>
      ) : null}
      {hint ? <span className="muted">{hint}</span> : null}
      <div className="choice-groups">
        {groups.map((group) => (
          <fieldset key={group.label} className="choice-group" hidden={!shown.includes(group)}>
            <legend>{group.label}</legend>
            {group.choices.map((choice) => {
              const value = String(choice.value);
              return (
                <label key={value} className="choice" hidden={!matches(group, choice)}>
                  <input
                    type="checkbox"
                    name={meta.name}
                    value={value}
                    checked={chosen.has(value)}
                    onChange={(event) => toggle(value, event.target.checked)}
                  />
                  {choice.label}
                </label>
              );
            })}
          </fieldset>
        ))}
        {shown.length === 0 ? <p className="muted">没有名称含“{query.trim()}”的选项</p> : null}
      </div>
      <ErrorList id={meta.errorId} errors={errors} />
    </fieldset>
  );
}
