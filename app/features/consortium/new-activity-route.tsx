import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { readForm } from "~/lib/form.server";
import { activityFormContext, recordActivity } from "./activities.server";
import { ActivitySchema, LIMITS } from "./consortium-schema";
import { ACTIVITY_KIND_LABEL } from "./membership-status";

export const meta: MetaFunction = () => [{ title: "记录共同体活动 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await activityFormContext(user));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await activityFormContext(user); // 403 for anyone who may not record, before reading the body
  const submission = await readForm(request, ActivitySchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const outcome = await recordActivity(user, submission.value);
  if (!outcome.recorded) return json(submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), { status: 400 });
  return redirect(`/consortium/activities/${outcome.id}`);
}

export default function NewActivityRoute() {
  const { today, own, members } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "consortium-activity-new",
    lastResult,
    constraint: getZodConstraint(ActivitySchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ActivitySchema }),
    shouldRevalidate: "onBlur",
  });
  const chosen = new Set((fields.memberIds.initialValue as string[] | string | undefined) ?? (own ? [String(own)] : []));
  return (
    <section className="card">
      <p>
        <Link to="/consortium">← 产教融合共同体</Link>
      </p>
      <h1>记录共同体活动</h1>
      <p className="muted">记录已开展的会议、合作项目和培训，以及参与的成员单位。</p>
      <Form method="post" {...getFormProps(form)} className="consortium-activity-form">
        <div className="field">
          <label htmlFor={fields.kind.id}>活动类型</label>
          <select {...getSelectProps(fields.kind)}>
            <option value="">请选择</option>
            {Object.entries(ACTIVITY_KIND_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <ErrorList id={fields.kind.errorId} errors={fields.kind.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.title.id}>活动名称</label>
          <input {...getInputProps(fields.title, { type: "text" })} maxLength={LIMITS.title} />
          <ErrorList id={fields.title.errorId} errors={fields.title.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.heldOn.id}>活动日期</label>
          <input {...getInputProps(fields.heldOn, { type: "date" })} max={today} />
          <ErrorList id={fields.heldOn.errorId} errors={fields.heldOn.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.peopleCount.id}>参与人数（可选）</label>
          <input {...getInputProps(fields.peopleCount, { type: "number" })} inputMode="numeric" />
          <ErrorList id={fields.peopleCount.errorId} errors={fields.peopleCount.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.description.id}>活动内容（可选）</label>
          <textarea {...getTextareaProps(fields.description)} rows={4} maxLength={LIMITS.description} />
          <ErrorList id={fields.description.errorId} errors={fields.description.errors} />
        </div>
        <fieldset className="field consortium-participants">
          <legend>参与单位</legend>
          {members.map((m) => (
            <label key={m.value} className="check">
              <input type="checkbox" name={fields.memberIds.name} value={m.value} defaultChecked={chosen.has(String(m.value))} /> {m.label}
              <span className="muted">{` ${m.type}`}</span>
            </label>
          ))}
          <ErrorList id={fields.memberIds.errorId} errors={fields.memberIds.errors} />
        </fieldset>
        <ErrorList id={form.errorId} errors={form.errors} />
        <button type="submit">记录</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
