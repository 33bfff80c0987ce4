import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { ErrorList } from "~/components/forms";

// Form controls for field types ~/components/forms does not cover (numbers, dates, selects).

/** Every message about a field, including those about one item of a list (programIds[0]). */
export function fieldErrors(meta: FieldMetadata<unknown>): string[] {
  return [...new Set(Object.values(meta.allErrors).flat())];
}

type InputProps = { label: string; meta: FieldMetadata<unknown>; hint?: string };

export function InputField({ label, meta, hint, type }: InputProps & { type: "text" | "number" | "date" }) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <input {...getInputProps(meta, { type })} inputMode={type === "number" ? "numeric" : undefined} />
      {hint ? <span className="muted">{hint}</span> : null}
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function TextAreaInput({ label, meta, hint, rows = 5 }: InputProps & { rows?: number }) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <textarea {...getTextareaProps(meta)} rows={rows} />
      {hint ? <span className="muted">{hint}</span> : null}
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

type Choice = { value: string | number; label: string };
type ChoiceGroup = { label: string; choices: Choice[] };

/** A <select>; `multiple` lists are grouped (programs by category) and say how to pick several. */
export function SelectField({
  label,
  meta,
  choices,
  groups,
  multiple = false,
  empty = "请选择",
  hint,
}: InputProps & { choices?: Choice[]; groups?: ChoiceGroup[]; multiple?: boolean; empty?: string }) {
  const option = (c: Choice) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  );
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select {...getSelectProps(meta)} multiple={multiple} size={multiple ? 6 : undefined}>
        {multiple ? null : <option value="">{empty}</option>}
        {choices?.map(option)}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.choices.map(option)}
          </optgroup>
        ))}
      </select>
      {hint ? <span className="muted">{hint}</span> : null}
      <ErrorList id={meta.errorId} errors={fieldErrors(meta)} />
    </div>
  );
}
