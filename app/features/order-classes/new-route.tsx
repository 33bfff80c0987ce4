import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { assertCan } from "~/features/auth/permissions.server";
import { requireUser } from "~/features/auth/session.server";
import { readForm } from "~/lib/form.server";
import { LIMITS, OpenClassSchema } from "./order-class-schema";
import { openClass, openFormContext } from "./order-classes.server";

export const meta: MetaFunction = () => [{ title: "开设订单班 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await openFormContext(user));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // Refuse everyone but the school's office before reading the body.
  assertCan(user, { action: "orderClass.open", schoolId: user.organisationId }, "只有学校管理人员可以开设订单班");
  const submission = await readForm(request, OpenClassSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const outcome = await openClass(user, submission.value);
  if (!outcome.opened) return json(submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), { status: 400 });
  return redirect(`/order-classes/${outcome.id}`);
}

export default function NewOrderClassRoute() {
  const { agreements, programs } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "order-class-new",
    lastResult,
    constraint: getZodConstraint(OpenClassSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OpenClassSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="card">
      <p>
        <Link to="/order-classes">← 订单班</Link>
      </p>
      <h1>开设订单班 / 学徒制班</h1>
      {agreements.length === 0 ? (
        <p className="muted">本校还没有正在生效的订单班或学徒培养协议，签订后才能开班。</p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="order-class-form">
          <div className="field">
            <label htmlFor={fields.agreementId.id}>合作协议</label>
            <select {...getSelectProps(fields.agreementId)}>
              <option value="">请选择</option>
              {agreements.map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
            </select>
            <ErrorList id={fields.agreementId.errorId} errors={fields.agreementId.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.name.id}>班级名称</label>
            <input {...getInputProps(fields.name, { type: "text" })} maxLength={LIMITS.name} />
            <ErrorList id={fields.name.errorId} errors={fields.name.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.schoolProgramId.id}>专业</label>
            <select {...getSelectProps(fields.schoolProgramId)}>
              <option value="">请选择</option>
              {programs.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
            <ErrorList id={fields.schoolProgramId.errorId} errors={fields.schoolProgramId.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.cohortYear.id}>年级（入学年份）</label>
            <input {...getInputProps(fields.cohortYear, { type: "number" })} inputMode="numeric" />
            <ErrorList id={fields.cohortYear.errorId} errors={fields.cohortYear.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.capacity.id}>名额</label>
            <input {...getInputProps(fields.capacity, { type: "number" })} inputMode="numeric" />
            <ErrorList id={fields.capacity.errorId} errors={fields.capacity.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.mentors.id}>企业师傅（每行一位）</label>
            <textarea {...getTextareaProps(fields.mentors)} rows={4} />
            <ErrorList id={fields.mentors.errorId} errors={fields.mentors.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.curriculumHours.id}>共建课程学时（可选）</label>
            <input {...getInputProps(fields.curriculumHours, { type: "number" })} inputMode="numeric" />
            <ErrorList id={fields.curriculumHours.errorId} errors={fields.curriculumHours.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.hiringCommitment.id}>企业录用承诺（可选）</label>
            <textarea {...getTextareaProps(fields.hiringCommitment)} rows={2} maxLength={LIMITS.commitment} />
            <ErrorList id={fields.hiringCommitment.errorId} errors={fields.hiringCommitment.errors} />
          </div>
          <ErrorList id={form.errorId} errors={form.errors} />
          <button type="submit">开设</button>
        </Form>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
