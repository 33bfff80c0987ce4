import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import { BaseActionSchema, CreateBaseSchema, LIMITS } from "./schemas";

type Option = { value: number; label: string };
export type BaseDefaults = {
  name: string;
  enterpriseId: number;
  capacity: number;
  periodMonths: number;
  programIds: number[];
  designatedOn: string | null;
  description: string | null;
};

/** The bureau's base form: `create` on /training-bases, `save` on a base's page. */
export function BaseForm({
  intent,
  lastResult,
  enterprises,
  programs,
  defaults,
}: {
  intent: "create" | "save";
  lastResult: SubmissionResult<string[]> | undefined;
  enterprises: Option[];
  programs: Option[];
  defaults?: BaseDefaults;
}) {
  const schema = intent === "create" ? CreateBaseSchema : BaseActionSchema;
  const [form, fields] = useForm({
    id: `training-base-${intent}`,
    lastResult,
    constraint: getZodConstraint(CreateBaseSchema),
    defaultValue: defaults ? { ...defaults, designatedOn: defaults.designatedOn ?? "", description: defaults.description ?? "" } : { periodMonths: 6 },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="training-base-form">
      <input type="hidden" name="intent" value={intent} />
      <div className="field">
        <label htmlFor={fields.name.id}>基地名称</label>
        <input {...getInputProps(fields.name, { type: "text" })} maxLength={LIMITS.name} />
        <ErrorList id={fields.name.errorId} errors={fields.name.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.enterpriseId.id}>依托企业（须已核验）</label>
        <select {...getSelectProps(fields.enterpriseId)}>
          <option value="">请选择</option>
          {enterprises.map((e) => (
            <option key={e.value} value={e.value}>
              {e.label}
            </option>
          ))}
        </select>
        <ErrorList id={fields.enterpriseId.errorId} errors={fields.enterpriseId.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.capacity.id}>每期名额</label>
        <input {...getInputProps(fields.capacity, { type: "number" })} inputMode="numeric" />
        <ErrorList id={fields.capacity.errorId} errors={fields.capacity.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.periodMonths.id}>每期月数</label>
        <input {...getInputProps(fields.periodMonths, { type: "number" })} inputMode="numeric" />
        <ErrorList id={fields.periodMonths.errorId} errors={fields.periodMonths.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.programIds.id}>服务专业（可多选）</label>
        <select {...getSelectProps(fields.programIds)} multiple size={6}>
          {programs.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        <ErrorList id={fields.programIds.errorId} errors={fields.programIds.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.designatedOn.id}>认定日期（可选）</label>
        <input {...getInputProps(fields.designatedOn, { type: "date" })} />
        <ErrorList id={fields.designatedOn.errorId} errors={fields.designatedOn.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.description.id}>基地简介（可选）</label>
        <textarea {...getTextareaProps(fields.description)} rows={3} maxLength={LIMITS.description} />
        <ErrorList id={fields.description.errorId} errors={fields.description.errors} />
      </div>
      <ErrorList id={form.errorId} errors={form.errors} />
      <button type="submit" className="button-primary">
        {intent === "create" ? "设立基地" : "保存"}
      </button>
    </Form>
  );
}
