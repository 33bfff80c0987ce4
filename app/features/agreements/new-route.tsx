import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, TextField } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { ChoicePicker } from "~/components/choice-picker";
import { InputField, SelectField, TextAreaInput } from "~/components/form-fields";
import { checkUpload, DOCUMENT_LIMIT_BYTES } from "~/lib/documents.server";
import { readForm } from "~/lib/form.server";
import { AGREEMENT_KIND_LABEL } from "./agreement-labels";
import { proposeSchema } from "./agreement-schema";
import { proposeAgreement, proposeContext } from "./agreements.server";

export const meta: MetaFunction = () => [{ title: "提出合作协议 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ context: await proposeContext(user), limitMb: DOCUMENT_LIMIT_BYTES / 1024 / 1024 });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const context = await proposeContext(user); // refuses other roles before the body is read
  const submission = await readForm(request, proposeSchema(context));
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  if (context.ownProblem) return json(submission.reply({ formErrors: [context.ownProblem] }), { status: 400 });
  const upload = await checkUpload(submission.value.document);
  if (upload && "error" in upload) return json(submission.reply({ fieldErrors: { document: [upload.error] } }), { status: 400 });
  const outcome = await proposeAgreement(user, submission.value, upload);
  if (!("id" in outcome)) {
    const reply = outcome.field === "form" ? { formErrors: [outcome.message] } : { fieldErrors: { [outcome.field]: [outcome.message] } };
    return json(submission.reply(reply), { status: 400 });
  }
  return redirect(`/agreements/${outcome.id}`);
}

const asChoices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export default function NewAgreementRoute() {
  const { context, limitMb } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const schema = proposeSchema(context);
  const [form, fields] = useForm({
    id: "agreement-new",
    lastResult,
    constraint: getZodConstraint(schema),
    defaultValue: { kind: "COOPERATION", startsOn: context.today },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldRevalidate: "onBlur",
  });
  const programGroups = context.categories
    .map((c) => ({
      label: c.name,
      choices: context.programs.filter((p) => p.categoryId === c.id).map((p) => ({ value: p.id, label: p.name })),
    }))
    .filter((g) => g.choices.length > 0);
  const counterpartLabel = context.side === "SCHOOL" ? "合作企业（已核验）" : "合作学校";
  return (
    <section className="card">
      <h1>提出合作协议</h1>
      <p className="muted">提交后由对方确认；确认前须上传双方签署的协议文本（PDF 或图片）。</p>
      {context.ownProblem ? <ErrorList errors={[context.ownProblem]} /> : null}
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <SelectField label="协议类型" meta={fields.kind} choices={asChoices(AGREEMENT_KIND_LABEL)} />
        <TextField label="协议名称" meta={fields.title} />
        <SelectField
          label={counterpartLabel}
          meta={fields.counterpartId}
          choices={context.counterparts.map((c) => ({ value: c.id, label: c.name }))}
        />
        <ChoicePicker label="涉及专业（可多选，可不选）" meta={fields.programIds} groups={programGroups} filterable />
        <InputField label="开始日期" meta={fields.startsOn} type="date" />
        <InputField label="结束日期" meta={fields.endsOn} type="date" hint="到期后协议自动显示为已到期" />
        <div className="field">
          <label htmlFor={fields.document.id}>签署的协议文本（可稍后上传）</label>
          <input {...getInputProps(fields.document, { type: "file" })} accept="application/pdf,image/png,image/jpeg" />
          <span className="muted">{`PDF、PNG 或 JPEG，不超过 ${limitMb} MB`}</span>
          <ErrorList id={fields.document.errorId} errors={fields.document.errors} />
        </div>
        <TextAreaInput label="备注（可选）" meta={fields.notes} rows={3} />
        <ErrorList id={form.errorId} errors={form.errors} />
        <button type="submit">提交协议</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
