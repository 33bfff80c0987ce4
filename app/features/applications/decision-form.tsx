import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import type { ReactNode } from "react";
import { ConfirmActions, type Tone } from "~/components/confirm-actions";
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
  tone = () => "primary",
  asking = null,
  children,
}: {
  applicationId: number;
  next: readonly ApplicationStatus[];
  buttonName: "intent" | "to";
  valueOf: (status: ApplicationStatus) => string;
  verbOf: (status: ApplicationStatus) => string;
  schema: z.ZodObject;
  lastResult?: SubmissionResult<string[]>;
  /** Moves asked twice (app/components/confirm-actions.tsx): the question and the confirming button's words. */
  confirm?: Partial<Record<ApplicationStatus, { question: ReactNode; button: string; extra?: ReactNode }>>;
  /** How each move's button looks: the hoped-for answer primary, a step back secondary, an ending danger. */
  tone?: (status: ApplicationStatus) => Tone;
  /** The move the server asked to confirm (an unconfirmed post came back 400). */
  asking?: string | null;
  /** Extra fields for this form, e.g. the offer's reply-by day. */
  children?: ReactNode;
}) {
  const [form, fields] = useForm<{ note?: string; replyBy?: string }>({
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
      {children}
      <ErrorList id={fields.replyBy.errorId} errors={fields.replyBy.errors} />
      <ConfirmActions
        asking={asking}
        actions={next.map((status) => ({
          name: buttonName,
          value: valueOf(status),
          label: verbOf(status),
          tone: tone(status),
          confirm: confirm[status],
        }))}
      />
    </Form>
  );
}

/** The action's answer belongs to this application's form when it echoes its id. */
export function resultFor<R extends SubmissionResult<string[]>>(result: R | undefined, applicationId: number) {
  return result?.initialValue?.applicationId === String(applicationId) ? result : undefined;
}

/** The move the server wants confirmed, when its 400 answer is this application's. */
export function askingFor(result: (SubmissionResult<string[]> & { asking?: string }) | undefined, applicationId: number) {
  return resultFor(result, applicationId)?.asking ?? null;
}

/** Every message of a refused submission, for a banner when no form on the page owns it. */
export function allErrors(result: SubmissionResult<string[]> | undefined): string[] {
  return [...new Set(Object.values(result?.error ?? {}).flatMap((e) => e ?? []))];
}
