import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { ErrorList } from "~/components/forms";
import { NOTE_MAX } from "./application-schema";
import type { ApplicationStatus } from "./application-status";

/**
 * One application's buttons with an optional note. The button pressed carries the choice
 * (`buttonName` = `valueOf(status)`), so a phone user taps once instead of picking from a list.
 */
export function DecisionForm({
  applicationId,
  next,
  buttonName,
  valueOf,
  verbOf,
  schema,
  lastResult,
  confirm = {},
}: {
  applicationId: number;
  next: readonly ApplicationStatus[];
  buttonName: "intent" | "to";
  valueOf: (status: ApplicationStatus) => string;
  verbOf: (status: ApplicationStatus) => string;
  schema: z.ZodObject;
  lastResult?: SubmissionResult<string[]>;
  /** Moves asked twice: their button sits inside a <details> opened by `summary` (works without JavaScript). */
  confirm?: Partial<Record<ApplicationStatus, { summary: string; question: string; button: string }>>;
}) {
  const [form, fields] = useForm<{ note?: string }>({
    id: `decision-${applicationId}`,
    lastResult,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldRevalidate: "onBlur",
  });
  if (next.length === 0) return null;
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className="field">
        <label htmlFor={fields.note.id}>备注（可选）</label>
        <textarea {...getTextareaProps(fields.note)} rows={2} maxLength={NOTE_MAX} />
        <ErrorList id={fields.note.errorId} errors={fields.note.errors} />
      </div>
      <ErrorList id={form.errorId} errors={form.errors} />
      <div className="actions">
        {next.map((status) => {
          const asked = confirm[status];
          return asked ? (
            <details key={status} className="confirm">
              <summary>{asked.summary}</summary>
              <p>{asked.question}</p>
              <button type="submit" name={buttonName} value={valueOf(status)}>
                {asked.button}
              </button>
            </details>
          ) : (
            <button key={status} type="submit" name={buttonName} value={valueOf(status)}>
              {verbOf(status)}
            </button>
          );
        })}
      </div>
    </Form>
  );
}

/** The action's answer belongs to this application's form when it echoes its id. */
export function resultFor(result: SubmissionResult<string[]> | undefined, applicationId: number) {
  return result?.initialValue?.applicationId === String(applicationId) ? result : undefined;
}

/** Every message of a refused submission, for a banner when no form on the page owns it. */
export function allErrors(result: SubmissionResult<string[]> | undefined): string[] {
  return [...new Set(Object.values(result?.error ?? {}).flatMap((e) => e ?? []))];
}
