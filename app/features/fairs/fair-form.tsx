import { getCollectionProps, getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import { MAX_BOOTHS, MAX_BOOTHS_PER_ROW } from "~/lib/fairs";
import { DISTRICT_LABEL } from "~/lib/labels";
import { FairSchema, LIMITS, type FairValue } from "./fair-schema";

// The fair's particulars, for /fairs/new and /fairs/:fairId/edit (which posts intent=save).

export type FairFormOptions = {
  bureau: boolean;
  schools: Array<{ value: number; label: string }>;
  programs: Array<{ value: number; label: string }>;
  cohorts: number[];
};

/** The form's fields as text, as the browser posts them. */
export type FairFormFields = {
  title: string;
  description?: string;
  online?: string;
  venue?: string;
  district?: string;
  startsAt: string;
  endsAt: string;
  boothCount: string;
  boothsPerRow: string;
  enterpriseOpensAt: string;
  enterpriseClosesAt: string;
  studentOpensAt: string;
  studentClosesAt: string;
  schoolIds: string[];
  programIds: string[];
  cohortYears: string[];
};

export function FairForm({
  id,
  options,
  defaultValue,
  lastResult,
  intent,
  submitLabel,
}: {
  id: string;
  options: FairFormOptions;
  defaultValue: Partial<FairFormFields>;
  lastResult: SubmissionResult<string[]> | undefined;
  intent?: string;
  submitLabel: string;
}) {
  const [form, fields] = useForm<FairFormFields, FairValue>({
    id,
    lastResult,
    defaultValue,
    constraint: getZodConstraint(FairSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: FairSchema }),
    shouldRevalidate: "onBlur",
  });
  const time = (name: "startsAt" | "endsAt" | "enterpriseOpensAt" | "enterpriseClosesAt" | "studentOpensAt" | "studentClosesAt", label: string) => (
    <div className="field">
      <label htmlFor={fields[name].id}>{label}</label>
      <input {...getInputProps(fields[name], { type: "datetime-local" })} />
      <ErrorList id={fields[name].errorId} errors={fields[name].errors} />
    </div>
  );
  return (
    <Form method="post" {...getFormProps(form)} className="fair-form">
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <div className="field">
        <label htmlFor={fields.title.id}>招聘会名称</label>
        <input {...getInputProps(fields.title, { type: "text" })} maxLength={LIMITS.title} />
        <ErrorList id={fields.title.errorId} errors={fields.title.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.description.id}>简介（可选）</label>
        <textarea {...getTextareaProps(fields.description)} rows={3} maxLength={LIMITS.description} />
        <ErrorList id={fields.description.errorId} errors={fields.description.errors} />
      </div>
      <div className="field checkbox">
        <label>
          <input {...getInputProps(fields.online, { type: "checkbox", value: "on" })} /> 线上招聘会
        </label>
        <ErrorList id={fields.online.errorId} errors={fields.online.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.venue.id}>地点（线下必填）</label>
        <input {...getInputProps(fields.venue, { type: "text" })} maxLength={LIMITS.venue} />
        <ErrorList id={fields.venue.errorId} errors={fields.venue.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.district.id}>所在区县（可选）</label>
        <select {...getSelectProps(fields.district)}>
          <option value="">请选择</option>
          {Object.entries(DISTRICT_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <ErrorList id={fields.district.errorId} errors={fields.district.errors} />
      </div>
      <fieldset>
        <legend>时间（呼和浩特时间）</legend>
        {time("startsAt", "开始时间")}
        {time("endsAt", "结束时间")}
        {time("enterpriseOpensAt", "企业报名开始")}
        {time("enterpriseClosesAt", "企业报名截止")}
        {time("studentOpensAt", "学生报名开始")}
        {time("studentClosesAt", "学生报名截止")}
      </fieldset>
      <fieldset>
        <legend>展位图</legend>
        <div className="field">
          <label htmlFor={fields.boothCount.id}>{`展位数（1—${MAX_BOOTHS}）`}</label>
          <input {...getInputProps(fields.boothCount, { type: "number" })} inputMode="numeric" />
          <ErrorList id={fields.boothCount.errorId} errors={fields.boothCount.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.boothsPerRow.id}>{`每排展位数（1—${MAX_BOOTHS_PER_ROW}）`}</label>
          <input {...getInputProps(fields.boothsPerRow, { type: "number" })} inputMode="numeric" />
          <ErrorList id={fields.boothsPerRow.errorId} errors={fields.boothsPerRow.errors} />
        </div>
      </fieldset>
      <fieldset>
        <legend>参会学生</legend>
        {options.bureau ? (
          <p className="muted">市教育局主办的招聘会面向全市各校学生。</p>
        ) : (
          <div className="field fair-schools">
            <span>参会学校</span>
            {getCollectionProps(fields.schoolIds, { type: "checkbox", options: options.schools.map((s) => String(s.value)) }).map((props) => (
              <label key={props.key}>
                <input {...props} key={undefined} /> {options.schools.find((s) => String(s.value) === props.value)?.label}
              </label>
            ))}
            <ErrorList id={fields.schoolIds.errorId} errors={fields.schoolIds.errors} />
          </div>
        )}
        <div className="field">
          <label htmlFor={fields.programIds.id}>面向专业（可多选；不选则不限）</label>
          <select {...getSelectProps(fields.programIds)} multiple size={6}>
            {options.programs.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
          <ErrorList id={fields.programIds.errorId} errors={fields.programIds.errors} />
        </div>
        <div className="field fair-cohorts">
          <span>入学年级（不选则不限）</span>
          {getCollectionProps(fields.cohortYears, { type: "checkbox", options: options.cohorts.map(String) }).map((props) => (
            <label key={props.key}>
              <input {...props} key={undefined} /> {`${props.value}级`}
            </label>
          ))}
          <ErrorList id={fields.cohortYears.errorId} errors={fields.cohortYears.errors} />
        </div>
      </fieldset>
      <ErrorList id={form.errorId} errors={form.errors} />
      <button type="submit" className="button-primary">
        {submitLabel}
      </button>
    </Form>
  );
}
