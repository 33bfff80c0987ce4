import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { PositionFormFields } from "../components/position-form-fields";
import { createPosition } from "../manage.server";
import { positionFormContext } from "../options.server";
import { ownEnterpriseId } from "~/features/auth/permissions.server";
import { newPositionSchema } from "../position-schema";
import { readForm } from "~/lib/form.server";

export const meta: MetaFunction = () => [{ title: "发布新岗位 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  ownEnterpriseId(user);
  return json({ context: await positionFormContext() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  ownEnterpriseId(user); // refuse non-enterprise users before reading the body
  const submission = await readForm(request, newPositionSchema(await positionFormContext()));
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const positionId = await createPosition(user, submission.value);
  return redirect(`/enterprise/positions/${positionId}/edit?done=create`);
}

export default function NewPositionRoute() {
  const { context } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const schema = newPositionSchema(context);
  const [form, fields] = useForm({
    id: "position-new",
    lastResult,
    constraint: getZodConstraint(schema),
    defaultValue: { kind: "JOB", headcount: 1 },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="card">
      <h1>发布新岗位</h1>
      <p className="muted">保存后为草稿，确认无误再发布；发布后学生才能搜索和申请。</p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="create" />
        <PositionFormFields fields={fields} options={context.options} />
        <ErrorList id={form.errorId} errors={[...(form.errors ?? []), ...(fields.intent.errors ?? [])]} />
        <button type="submit">保存草稿</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
