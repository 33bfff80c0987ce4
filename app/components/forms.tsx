import { getInputProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";

type InputType = "text" | "password" | "email" | "tel" | "url";

export function ErrorList({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="errors" role="alert">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

export function TextField({
  label,
  meta,
  type = "text",
  autoComplete,
}: {
  label: string;
  meta: FieldMetadata<string | undefined>;
  type?: InputType;
  autoComplete?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <input {...getInputProps(meta, { type })} autoComplete={autoComplete} />
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function TextAreaField({ label, meta }: { label: string; meta: FieldMetadata<string | undefined> }) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <textarea {...getTextareaProps(meta)} rows={5} />
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}
