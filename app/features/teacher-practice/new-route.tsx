import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { assertCan } from "~/features/auth/permissions.server";
import { requireUser } from "~/features/auth/session.server";
import { todayInHohhot } from "~/lib/dates";
import { readForm } from "~/lib/form.server";
import { PRACTICE_FORM_LABEL } from "./labels";
import { proposeFormOptions, proposePractice } from "./practice.server";
import { ProposeSchema } from "./schemas";

export const meta: MetaFunction = () => [{ title: "安排教师企业实践 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ today: todayInHohhot(), ...(await proposeFormOptions(user)) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  assertCan(user, { action: "teacherPractice.propose", schoolId: user.organisationId }, "只有学校管理人员可以安排教师企业实践");
  const submission = await readForm(request, ProposeSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const outcome = await proposePractice(user, submission.value);
  if (!outcome.done) return json(submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), { status: 400 });
  return redirect(`/teacher-practice/${outcome.id}`);
}

export default function NewPracticeRoute() {
  const { today, teachers, bases, enterprises } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "teacher-practice-new",
    lastResult,
    constraint: getZodConstraint(ProposeSchema),
    defaultValue: { startsOn: today, endsOn: today },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProposeSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="card">
      <p>
        <Link to="/teacher-practice">← 教师企业实践</Link>
      </p>
      <h1>安排教师企业实践</h1>
      <Form method="post" {...getFormProps(form)} className="practice-form">
        <div className="field">
          <label htmlFor={fields.teacherId.id}>教师</label>
          <select {...getSelectProps(fields.teacherId)}>
            <option value="">请选择</option>
            {teachers.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
          <ErrorList id={fields.teacherId.errorId} errors={fields.teacherId.errors} />
        </div>
        <p className="muted">在培训基地实践，或在其他已核验的企业实践（二选一）。</p>
        <div className="field">
          <label htmlFor={fields.trainingBaseId.id}>培训基地</label>
          <select {...getSelectProps(fields.trainingBaseId)}>
            <option value="">不在基地</option>
            {bases.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </select>
          <ErrorList id={fields.trainingBaseId.errorId} errors={fields.trainingBaseId.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.hostEnterpriseId.id}>其他接收企业</label>
          <select {...getSelectProps(fields.hostEnterpriseId)}>
            <option value="">请选择</option>
            {enterprises.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
          <ErrorList id={fields.hostEnterpriseId.errorId} errors={fields.hostEnterpriseId.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.form.id}>实践形式</label>
          <select {...getSelectProps(fields.form)}>
            <option value="">请选择</option>
            {Object.entries(PRACTICE_FORM_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <ErrorList id={fields.form.errorId} errors={fields.form.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.startsOn.id}>开始日期</label>
          <input {...getInputProps(fields.startsOn, { type: "date" })} />
          <ErrorList id={fields.startsOn.errorId} errors={fields.startsOn.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.endsOn.id}>结束日期</label>
          <input {...getInputProps(fields.endsOn, { type: "date" })} />
          <ErrorList id={fields.endsOn.errorId} errors={fields.endsOn.errors} />
        </div>
        <ErrorList id={form.errorId} errors={form.errors} />
        <button type="submit" className="button-primary">
          提交
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
