import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { FairForm } from "./fair-form";
import { EditFairSchema, LIMITS } from "./fair-schema";
import { assertManages, fairForEdit, fairFormContext, moveFair, saveFair } from "./fairs.server";
import { MOVE_LABEL, type FairMove } from "./transitions";

export const meta: MetaFunction = () => [{ title: "管理招聘会 · 青城产教通" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const fair = await fairForEdit(user, idParam(params.fairId));
  const options = await fairFormContext(user);
  return json({ fair, options: { ...options, bureau: fair.bureauFair } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const fairId = idParam(params.fairId);
  await assertManages(user, fairId); // 404 / 403 before the body is read
  const submission = await readForm(request, EditFairSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const value = submission.value;
  if (value.intent === "save") {
    const { intent: _intent, ...fields } = value;
    const outcome = await saveFair(user, fairId, fields);
    if (!outcome.saved) {
      return json(submission.reply(outcome.field ? { fieldErrors: { [outcome.field]: [outcome.message] } } : { formErrors: [outcome.message] }), { status: 400 });
    }
    return redirect(`/fairs/${fairId}`);
  }
  // Cancelling cannot be undone: asked twice (app/components/confirm-actions.tsx).
  if (value.intent === "cancel" && value.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: "cancel" }, { status: 400 });
  }
  const outcome = await moveFair(user, fairId, value.intent, value.intent === "cancel" ? value.reason : undefined);
  if (!outcome.moved) return json(submission.reply({ formErrors: [outcome.message] }), { status: 400 });
  return redirect(value.intent === "cancel" ? `/fairs/${fairId}` : `/fairs/${fairId}/edit`);
}

const TONE: Record<FairMove, "primary" | "secondary" | "danger"> = { publish: "primary", start: "primary", close: "secondary", cancel: "danger" };
const QUESTION: Record<FairMove, string | null> = {
  publish: null,
  start: null,
  close: null,
  cancel: "取消后不能恢复，已报名的学生和申请展位的企业会收到通知。确定取消吗？",
};

export default function EditFairRoute() {
  const { fair, options } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const saving = lastResult?.initialValue?.intent === "save";
  const [moveForm, moveFields] = useForm<{ reason?: string }>({ id: "fair-move", lastResult: saving ? undefined : lastResult });
  const asking = lastResult && "asking" in lastResult ? (lastResult.asking as string) : null;
  return (
    <>
      <section className="card">
        <p>
          <Link to={`/fairs/${fair.id}`}>← 返回招聘会</Link>
        </p>
        <h1>管理招聘会</h1>
        <p>{`状态：${fair.statusLabel}`}</p>
        {fair.moves.length > 0 ? (
          <Form method="post" {...getFormProps(moveForm)} className="fair-moves">
            {fair.moves.includes("cancel") ? (
              <div className="field">
                <label htmlFor={moveFields.reason.id}>取消原因（取消时必填）</label>
                <textarea {...getTextareaProps(moveFields.reason)} rows={2} maxLength={LIMITS.reason} />
                <ErrorList id={moveFields.reason.errorId} errors={moveFields.reason.errors} />
              </div>
            ) : null}
            <ErrorList id={moveForm.errorId} errors={moveForm.errors} />
            <ConfirmActions
              asking={asking}
              actions={fair.moves.map((m) => ({
                name: "intent",
                value: m,
                label: MOVE_LABEL[m],
                tone: TONE[m],
                confirm: QUESTION[m] ? { question: QUESTION[m], button: "确定取消招聘会" } : undefined,
              }))}
            />
          </Form>
        ) : (
          <p className="muted">招聘会已结束或已取消，不能再变更。</p>
        )}
      </section>
      {fair.editable ? (
        <section className="card">
          <h2>招聘会信息</h2>
          <FairForm
            id="fair-edit"
            options={options}
            lastResult={saving ? lastResult : undefined}
            defaultValue={fair.defaults}
            intent="save"
            submitLabel="保存"
          />
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
