import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import { ApplySchema, NOTE_MAX } from "./application-schema";

/**
 * The student's application for a position, posted to the apply action (apply-route.tsx). The
 * position page shows it; the apply route shows it again with a refusal and the note kept.
 */
export function ApplyForm({ positionId, lastResult }: { positionId: number; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({
    // Not "apply": the position page has a section with that id, and conform gives each field a
    // form="<id>" attribute, so the note would belong to the section, not the form, and be lost.
    id: "apply-form",
    lastResult,
    constraint: getZodConstraint(ApplySchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ApplySchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <>
      <ErrorList id={form.errorId} errors={form.errors} />
      <Form method="post" action={`/positions/${positionId}/apply`} {...getFormProps(form)}>
        <div className="field">
          <label htmlFor={fields.note.id}>{`给企业的留言（可选，最多 ${NOTE_MAX} 字）`}</label>
          <textarea {...getTextareaProps(fields.note)} rows={4} maxLength={NOTE_MAX} />
          <ErrorList id={fields.note.errorId} errors={fields.note.errors} />
        </div>
        <button type="submit">申请该岗位</button>
      </Form>
    </>
  );
}
