import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, TextAreaField } from "~/components/forms";
import { assertCan } from "~/features/auth/permissions.server";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { BlockSchema } from "./standing-schema";
import { schoolBlock, setSchoolBlock } from "./standing.server";

// A school's office keeps an enterprise away from its own students (不合作企业): its positions leave
// their search, recommendations and position pages, and they cannot apply. Other schools are unaffected.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `不合作企业 · ${data?.enterprise.name ?? ""} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await schoolBlock(user, idParam(params.enterpriseId)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const enterpriseId = idParam(params.enterpriseId);
  assertCan(user, { action: "school.blockEnterprise", schoolId: user.organisationId }, "只有学校管理人员可以设置不合作企业");
  const submission = await readForm(request, BlockSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), asking: null }, { status: 400 });
  const form = submission.value;
  if (form.intent === "block" && form.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: "block" }, { status: 400 });
  }
  await setSchoolBlock(user, enterpriseId, form);
  return redirect(`/enterprises/${enterpriseId}/block`);
}

export default function BlockRoute() {
  const { enterprise, block } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: `block-${enterprise.id}-${block ? "on" : "off"}`,
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BlockSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="card">
      <p>
        <Link to={`/enterprises/${enterprise.id}`}>{`← ${enterprise.name}`}</Link> · <Link to="/school/blocked-enterprises">本校不合作企业</Link>
      </p>
      <h1>{`不合作企业：${enterprise.name}`}</h1>
      <Form method="post" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        {block ? (
          <>
            <p data-blocked>{`本校已于 ${block.at} 将该企业列入不合作名单（${block.actor}）。原因：${block.reason ?? "未填写"}`}</p>
            <p className="muted">本校学生看不到该企业的岗位，也不能申请；其他学校不受影响。</p>
            <ConfirmActions actions={[{ name: "intent", value: "unblock", label: "取消不合作", tone: "secondary" }]} />
          </>
        ) : (
          <>
            <p className="muted">列入后，本校学生在搜索、推荐和岗位页面都看不到该企业的岗位，也不能申请；其他学校的学生不受影响。可以随时取消。</p>
            <TextAreaField label="原因（必填）" meta={fields.reason} />
            <ConfirmActions
              asking={result?.asking ?? null}
              actions={[
                {
                  name: "intent",
                  value: "block",
                  label: "列入不合作名单",
                  tone: "danger",
                  confirm: { question: "本校学生将看不到该企业的岗位。确认列入？", button: "确认列入" },
                },
              ]}
            />
          </>
        )}
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
