import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { loader as suggestLoader } from "../suggest-route";

const PAUSE_MS = 200; // wait for a pause in typing, not a request per keystroke

/** The keyword box; with JavaScript it offers titles as you type, without it the form simply submits. */
export function QueryInput({ defaultValue, maxLength }: { defaultValue: string; maxLength: number }) {
  const suggestions = useFetcher<typeof suggestLoader>();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const load = suggestions.load;
  return (
    <div className="field">
      <label htmlFor="position-q">关键词</label>
      <input
        id="position-q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={maxLength}
        list="position-suggestions"
        autoComplete="off"
        placeholder="岗位名称、企业、专业，如：烹饪"
        onChange={(event) => {
          const text = event.currentTarget.value.trim();
          clearTimeout(timer.current);
          if (text) timer.current = setTimeout(() => load(`/positions/suggest?q=${encodeURIComponent(text)}`), PAUSE_MS);
        }}
      />
      <datalist id="position-suggestions">
        {(suggestions.data?.suggestions ?? []).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
