import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, TextAreaField, TextField } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { DISTRICT_LABEL } from "~/lib/labels";
import { DISTRICTS } from "~/lib/districts";
import { OrganisationProfileSchema } from "./profile-schema";
import { editableProfile, profilePath, updateProfile } from "./profile.server";
import { readForm } from "~/lib/form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `编辑资料 · ${data?.organisation.name ?? ""} · 青城产教通` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const organisation = await editableProfile(user, idParam(params.organisationId));
  return json({ organisation });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const organisationId = idParam(params.organisationId);
  await editableProfile(user, organisationId); // refuse other organisations before reading the body
  const submission = await readForm(request, OrganisationProfileSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const saved = await updateProfile(user, organisationId, submission.value);
  return redirect(`${profilePath(saved)}?saved=1`);
}

export default function EditOrganisationRoute() {
  const { organisation } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "organisation-profile",
    lastResult,
    constraint: getZodConstraint(OrganisationProfileSchema),
    defaultValue: {
      district: organisation.district ?? undefined,
      address: organisation.address ?? "",
      contactPhone: organisation.contactPhone ?? "",
      website: organisation.website ?? "",
      description: organisation.description ?? "",
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OrganisationProfileSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="card">
      <h1>编辑资料：{organisation.name}</h1>
      <Form method="post" {...getFormProps(form)}>
        <div className="field">
          <label htmlFor={fields.district.id}>所在区县</label>
          <select {...getSelectProps(fields.district)}>
            <option value="">请选择</option>
            {DISTRICTS.map((d) => (
              <option key={d} value={d}>
                {DISTRICT_LABEL[d]}
              </option>
            ))}
          </select>
          <ErrorList id={fields.district.errorId} errors={fields.district.errors} />
        </div>
        <TextField label="地址" meta={fields.address} />
        <TextField label="联系电话" meta={fields.contactPhone} type="tel" />
        <TextField label="网址（可选）" meta={fields.website} type="url" />
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
