import { getFormProps, getSelectProps, useForm, type FieldMetadata } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, TextAreaField, TextField } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { DISTRICT_LABEL, SIZE_LABEL } from "~/lib/labels";
import { DISTRICTS } from "~/lib/districts";
import { ENTERPRISE_SIZES, EnterpriseProfileSchema, OrganisationProfileSchema } from "./profile-schema";
import { clusterChoices, editableProfile, profilePath, updateProfile } from "./profile.server";
import { readForm } from "~/lib/form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `编辑资料 · ${data?.organisation.name ?? ""} · 青城产教通` },
];

/** An enterprise's form has its cluster, size, contact person and credit code besides the common profile. */
const schemaFor = (isEnterprise: boolean) => (isEnterprise ? EnterpriseProfileSchema : OrganisationProfileSchema);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const organisation = await editableProfile(user, idParam(params.organisationId));
  const clusters = organisation.enterprise ? await clusterChoices() : [];
  return json({ organisation, clusters });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const organisationId = idParam(params.organisationId);
  const current = await editableProfile(user, organisationId); // refuse other organisations before reading the body
  const submission = await readForm(request, schemaFor(current.enterprise !== null));
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const outcome = await updateProfile(user, organisationId, submission.value);
  if (!outcome.ok) return json(submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), { status: 400 });
  return redirect(`${profilePath(outcome.saved)}?saved=1`);
}

function Select({ label, meta, options }: { label: string; meta: FieldMetadata<unknown>; options: { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select {...getSelectProps(meta)}>
        <option value="">请选择</option>
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

export default function EditOrganisationRoute() {
  const { organisation, clusters } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const enterprise = organisation.enterprise;
  // Typed as the enterprise form, the larger of the two: a school's form renders only the common fields.
  const schema = schemaFor(enterprise !== null) as typeof EnterpriseProfileSchema;
  const [form, fields] = useForm({
    id: "organisation-profile",
    lastResult,
    constraint: getZodConstraint(schema),
    defaultValue: {
      district: organisation.district ?? undefined,
      address: organisation.address ?? "",
      contactName: organisation.contactName ?? "",
      contactPhone: organisation.contactPhone ?? "",
      website: organisation.website ?? "",
      description: organisation.description ?? "",
      clusterId: enterprise?.clusterId != null ? String(enterprise.clusterId) : undefined,
      size: enterprise?.size ?? undefined,
      creditCode: enterprise?.creditCode ?? "",
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="card">
      <h1>编辑资料：{organisation.name}</h1>
      <Form method="post" {...getFormProps(form)}>
        {enterprise ? (
          <>
            <Select label="产业集群" meta={fields.clusterId} options={clusters.map((c) => ({ value: String(c.id), label: c.name }))} />
            <Select label="企业规模" meta={fields.size} options={ENTERPRISE_SIZES.map((s) => ({ value: s, label: SIZE_LABEL[s]! }))} />
          </>
        ) : null}
        <Select label="所在区县" meta={fields.district} options={DISTRICTS.map((d) => ({ value: d, label: DISTRICT_LABEL[d]! }))} />
        <TextField label="地址" meta={fields.address} />
        {enterprise ? <TextField label="联系人" meta={fields.contactName} autoComplete="name" /> : null}
        <TextField label="联系电话" meta={fields.contactPhone} type="tel" />
        <TextField label="网址（可选）" meta={fields.website} type="url" />
        {enterprise ? <TextField label="统一社会信用代码（可选，18 位）" meta={fields.creditCode} /> : null}
        <TextAreaField label="简介（可选）" meta={fields.description} />
        <ErrorList id={form.errorId} errors={form.errors} />
        <button type="submit">保存</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
