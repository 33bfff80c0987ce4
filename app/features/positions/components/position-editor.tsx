import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { SerializeFrom, TypedResponse } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import type { PositionFormDefaults } from "../position-record.server";
import type { PositionFormContext } from "../position-schema";
import { editPositionSchema, positionFieldsSchema } from "../position-schema";
import { PositionFormFields } from "./position-form-fields";
import { StatusActions } from "./status-actions";

/** The edit page's two forms: the status change its state allows, and the position's fields. */
export function PositionEditor({
  position,
  context,
  result,
}: {
  /** As the edit loader's json() hands them over: JSON drops the fields that are undefined. */
  position: SerializeFrom<() => TypedResponse<PositionFormDefaults>>;
  context: PositionFormContext;
  result: (SubmissionResult<string[]> & { asking?: string }) | undefined;
}) {
  // Both forms post to one action; `intent` in the reply says which form the errors belong to.
  const intent = result?.initialValue?.intent;
  const fieldsSchema = positionFieldsSchema(context, "save");
  const statusSchema = editPositionSchema(context, position);
  const [form, fields] = useForm({
    id: "position-edit",
    lastResult: intent === "save" ? result : undefined,
    constraint: getZodConstraint(fieldsSchema),
    defaultValue: position,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: fieldsSchema }),
    shouldRevalidate: "onBlur",
  });
  const [statusForm, statusFields] = useForm({
    id: "position-status",
    lastResult: intent === "save" ? undefined : result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: statusSchema }),
  });
  const statusErrors = [...(statusForm.errors ?? []), ...(statusFields.intent.errors ?? [])];
  return (
    <>
      <section className="card">
        <StatusActions
          status={position.status}
          deadline={position.deadline ?? null}
          today={context.today}
          form={{ props: getFormProps(statusForm), errorId: statusForm.errorId, errors: statusErrors }}
          deadlineField={statusFields.deadline}
          asking={result?.asking ?? null}
        />
      </section>
      <section className="card">
        <h2>编辑岗位信息</h2>
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="save" />
          <PositionFormFields fields={fields} options={context.options} />
          <ErrorList id={form.errorId} errors={form.errors} />
          <button type="submit">保存修改</button>
        </Form>
      </section>
    </>
  );
}
