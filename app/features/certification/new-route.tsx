import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SelectField, TextAreaInput } from "~/components/form-fields";
import { ErrorList } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { checkUpload, DOCUMENT_LIMIT_BYTES } from "~/lib/documents.server";
import { parseId } from "~/lib/ids";
import { readForm } from "~/lib/form.server";
import { SubmitSchema } from "./certification-schema";
import { submitCertification, submitContext } from "./certifications.server";
import { LEVEL_LABEL } from "./levels";

export const meta: MetaFunction = () => [{ title: "提交双师型教师认定 · 青城产教通" }];

const renewsParam = (request: Request) => parseId(new URL(request.url).searchParams.get("renews"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ context: await submitContext(user, renewsParam(request)), limitMb: DOCUMENT_LIMIT_BYTES / 1024 / 1024 });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await submitContext(user, null); // refuses other roles before the body is read
  const submission = await readForm(request, SubmitSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const upload = await checkUpload(submission.value.document);
  if (upload && "error" in upload) return json(submission.reply({ fieldErrors: { document: [upload.error] } }), { status: 400 });
  const outcome = await submitCertification(user, submission.value, upload);
  if (!("id" in outcome)) {
    const reply = outcome.field === "form" ? { formErrors: [outcome.message] } : { fieldErrors: { [outcome.field]: [outcome.message] } };
    return json(submission.reply(reply), { status: 400 });
  }
  return redirect(`/certifications/${outcome.id}`);
}

const LEVELS = (["JUNIOR", "INTERMEDIATE", "SENIOR"] as const).map((value) => ({ value, label: LEVEL_LABEL[value] }));

export default function NewCertificationRoute() {
  const { context, limitMb } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const renews = context.renews;
  const [form, fields] = useForm({
    id: "certification-new",
    lastResult,
    constraint: getZodConstraint(SubmitSchema),
    defaultValue: renews ? { teacherId: String(renews.teacherId), renewsId: String(renews.id) } : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SubmitSchema }),
    shouldRevalidate: "onBlur",
  });
  const teachers = renews ? context.teachers.filter((t) => t.id === renews.teacherId) : context.teachers;
  return (
    <section className="card">
      <p>
        <Link to="/certifications">← 双师型教师认定</Link>
      </p>
      <h1>{renews ? "提交认定续期" : "提交双师型教师认定"}</h1>
      {renews ? (
        <p className="muted">{`续期：${renews.teacher}，${renews.level}，有效期 ${renews.validity ?? "—"}`}</p>
      ) : (
        <p className="muted">近 5 年企业实践天数由教师企业实践台账自动计入，提交后作为佐证保存。</p>
      )}
      {renews?.problem ? <ErrorList errors={[renews.problem]} /> : null}
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        {renews ? <input {...getInputProps(fields.renewsId, { type: "hidden" })} /> : null}
        <SelectField
          label="教师"
          meta={fields.teacherId}
          choices={teachers.map((t) => ({ value: t.id, label: `${t.name}（现有等级：${t.level}；近5年企业实践 ${t.practiceDays} 天）` }))}
        />
        {renews ? <ErrorList id={fields.renewsId.errorId} errors={fields.renewsId.errors} /> : null}
        <SelectField label="申请等级" meta={fields.level} choices={LEVELS} />
        <TextAreaInput label="职业资格或技能等级证书" meta={fields.certificates} rows={3} hint="证书名称、等级、发证机关，每行一项；与企业任职经历至少填一项" />
        <TextAreaInput label="企业任职经历" meta={fields.enterprisePost} rows={2} hint="企业名称、岗位、起止时间" />
        <div className="field">
          <label htmlFor={fields.document.id}>佐证材料（可选）</label>
          <input {...getInputProps(fields.document, { type: "file" })} accept="application/pdf,image/png,image/jpeg" />
          <span className="muted">{`PDF、PNG 或 JPEG，不超过 ${limitMb} MB`}</span>
          <ErrorList id={fields.document.errorId} errors={fields.document.errors} />
        </div>
        <TextAreaInput label="说明（可选）" meta={fields.note} rows={3} />
        <ErrorList id={form.errorId} errors={form.errors} />
        <button type="submit">提交申请</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
