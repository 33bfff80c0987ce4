import { getFormProps, getInputProps, getSelectProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { ErrorList, TextField } from "~/components/forms";
import { BUSINESS_CATEGORIES } from "~/lib/business-categories";
import { INSURANCE_PAYER_LABEL, PlacementFieldsSchema } from "./placement-schema";

// The placement form for /placements/new and /placements/:id/edit: one multipart post with the three
// documents. Everything but the student, the host and the dates may be left for later; 启用 checks the rules.

export type Option = { value: number | string; label: string };
export type PlacementFormOptions = { students: Option[]; teachers: Option[]; enterprises: Option[]; posts: Option[]; applications: Option[] };

function Select({ label, meta, options, empty = "请选择" }: { label: string; meta: FieldMetadata<unknown>; options: Option[]; empty?: string }) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select {...getSelectProps(meta as FieldMetadata<string>)}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

function Input({ label, meta, type = "text", step }: { label: string; meta: FieldMetadata<unknown>; type?: "text" | "date" | "number" | "tel"; step?: string }) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <input {...getInputProps(meta as FieldMetadata<string>, { type })} step={step} />
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

function Check({ label, meta }: { label: string; meta: FieldMetadata<unknown> }) {
  return (
    <div className="field checkbox-field">
      <label>
        <input {...getInputProps(meta as FieldMetadata<boolean>, { type: "checkbox" })} /> {label}
      </label>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

function FileInput({ label, meta, current }: { label: string; meta: FieldMetadata<unknown>; current?: string | null }) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <input id={meta.id} name={meta.name} type="file" accept="application/pdf,image/png,image/jpeg" aria-describedby={meta.errorId} />
      {current ? <p className="muted">已上传：{current}（重新选择文件将替换）</p> : null}
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function PlacementForm({
  id,
  options,
  lastResult,
  defaultValue,
  documents = {},
  submitLabel,
}: {
  id: string;
  options: PlacementFormOptions;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: Record<string, string | undefined>;
  documents?: { tripartite?: string | null; consent?: string | null; insurance?: string | null };
  submitLabel: string;
}) {
  const [form, fields] = useForm<z.input<typeof PlacementFieldsSchema>>({
    id,
    lastResult,
    constraint: getZodConstraint(PlacementFieldsSchema),
    defaultValue: (defaultValue ?? { payInMoney: "on", payMonthly: "on", insurancePayer: "SCHOOL" }) as never,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PlacementFieldsSchema }),
    shouldRevalidate: "onBlur",
  });
  const categories = BUSINESS_CATEGORIES.map((c) => ({ value: c.value, label: c.label }));
  const payers = Object.entries(INSURANCE_PAYER_LABEL).map(([value, label]) => ({ value, label }));
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="placement-form">
      <input type="hidden" name="intent" value="save" />
      <fieldset>
        <legend>学生与实习单位</legend>
        <Select label="学生" meta={fields.studentId} options={options.students} />
        <Select label="来自已录用的实习申请（可选）" meta={fields.applicationId} options={options.applications} empty="不关联申请" />
        <Select label="实习单位（已核验）" meta={fields.enterpriseId} options={options.enterprises} />
        <Select label="学校指导教师" meta={fields.supervisorTeacherId} options={options.teachers} />
        <TextField label="企业指导教师（师傅）姓名" meta={fields.mentorName} />
        <TextField label="企业指导教师电话" meta={fields.mentorPhone} type="tel" />
      </fieldset>
      <fieldset>
        <legend>岗位与时间</legend>
        <Select label="实习岗位（企业登记的岗位）" meta={fields.enterprisePostId} options={options.posts} empty="企业未登记岗位：填写下一项" />
        <TextField label="实习岗位名称（企业未登记岗位时）" meta={fields.post} />
        <Select label="岗位经营类别" meta={fields.postCategory} options={categories} />
        <Input label="开始日期" meta={fields.startsOn} type="date" />
        <Input label="结束日期" meta={fields.endsOn} type="date" />
        <TextField label="超过6个月的理由（第十条）" meta={fields.extensionReason} />
        <Input label="每日实习时长（小时）" meta={fields.dailyHours} type="number" step="0.5" />
        <Input label="每周实习时长（小时）" meta={fields.weeklyHours} type="number" step="0.5" />
        <Check label="安排夜班" meta={fields.nightShifts} />
        <Check label="安排加班" meta={fields.overtime} />
        <Check label="法定节假日实习" meta={fields.holidayWork} />
      </fieldset>
      <fieldset>
        <legend>报酬与权益</legend>
        <Input label="实习报酬（元/月）" meta={fields.monthlyPay} type="number" />
        <Input label="本单位相同岗位工资（元/月）" meta={fields.regularWage} type="number" />
        <Check label="以货币形式直接支付给学生" meta={fields.payInMoney} />
        <Check label="按月支付" meta={fields.payMonthly} />
        <Check label="收取费用、押金或扣押证件" meta={fields.feesCharged} />
        <Check label="经中介机构或有偿代理安排" meta={fields.viaIntermediary} />
        <Check label="含未成年工禁忌从事的劳动" meta={fields.hazardousForMinors} />
        <Check label="含女职工禁忌从事的劳动" meta={fields.hazardousForWomen} />
      </fieldset>
      <fieldset>
        <legend>保险与协议</legend>
        <TextField label="实习责任保险保单号" meta={fields.insurancePolicyNo} />
        <Input label="保险起始日期" meta={fields.insuranceFrom} type="date" />
        <Input label="保险截止日期" meta={fields.insuranceTo} type="date" />
        <Select label="投保方" meta={fields.insurancePayer} options={payers} />
        <FileInput label="保险单（PDF/图片）" meta={fields.insuranceFile} current={documents.insurance} />
        <Input label="三方协议签订日期" meta={fields.tripartiteSignedOn} type="date" />
        <FileInput label="三方协议（PDF/图片）" meta={fields.tripartiteFile} current={documents.tripartite} />
        <Input label="知情同意书签署日期（未满18周岁）" meta={fields.guardianConsentOn} type="date" />
        <FileInput label="监护人知情同意书（PDF/图片）" meta={fields.consentFile} current={documents.consent} />
      </fieldset>
      <ErrorList id={form.errorId} errors={[...(form.errors ?? []), ...(fields.intent.errors ?? [])]} />
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
