import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { StatusHistory } from "~/components/status-history";
import { FactList } from "~/components/facts";
import { ErrorList } from "~/components/forms";
import { StatusBadge } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { checkUpload } from "~/lib/documents.server";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { SIDE_LABEL, STATUS_LABEL, stateTone } from "./agreement-labels";
import { MoveSchema, REASON_MAX } from "./agreement-schema";
import { assertParty, attachDocument, moveAgreement, openAgreement } from "./agreements.server";
import { MOVE_LABEL, type AgreementMove } from "./transitions";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.agreement.title ?? "合作协议"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await openAgreement(user, idParam(params.agreementId)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const agreementId = idParam(params.agreementId);
  await assertParty(user, agreementId); // 404 for strangers, 403 for the bureau, before the body is read
  const submission = await readForm(request, MoveSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const { intent, reason, confirm } = submission.value;
  if (intent === "attach") {
    const upload = await checkUpload(submission.value.document);
    if (upload === null) return json(submission.reply({ fieldErrors: { document: ["请选择要上传的文件"] } }), { status: 400 });
    if ("error" in upload) return json(submission.reply({ fieldErrors: { document: [upload.error] } }), { status: 400 });
    const outcome = await attachDocument(user, agreementId, upload);
    if (!outcome.attached) return json(submission.reply({ formErrors: [outcome.message] }), { status: 400 });
    return redirect(`/agreements/${agreementId}`);
  }
  // Declining and terminating cannot be undone: asked twice (app/components/confirm-actions.tsx).
  if ((intent === "decline" || intent === "terminate") && confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: intent }, { status: 400 });
  }
  const outcome = await moveAgreement(user, agreementId, intent, reason);
  if (!outcome.moved) return json(submission.reply({ formErrors: [outcome.message] }), { status: 400 });
  return redirect(`/agreements/${agreementId}`);
}

const TONE: Record<AgreementMove, "primary" | "danger"> = { confirm: "primary", decline: "danger", terminate: "danger" };

export default function AgreementRoute() {
  const { agreement: a, moves, canAttach } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const attaching = lastResult?.initialValue?.intent === "attach";
  const [moveForm, moveFields] = useForm<{ reason?: string }>({ id: "agreement-move", lastResult: attaching ? undefined : lastResult });
  const [attachForm, attachFields] = useForm<{ document?: File }>({ id: "agreement-attach", lastResult: attaching ? lastResult : undefined });
  const asking = lastResult && "asking" in lastResult ? (lastResult.asking as string) : null;
  const needsReason = moves.some((m) => m !== "confirm");
  return (
    <>
      <section className="card">
        <p>
          <Link to="/agreements">← 全部合作协议</Link>
        </p>
        <h1>{a.title}</h1>
        <p>
          <StatusBadge tone={stateTone(a.state)}>{a.state}</StatusBadge>
        </p>
        <FactList
          facts={[
            { label: "类型", value: a.kind },
            { label: "学校", value: a.school },
            { label: "企业", value: a.enterprise },
            { label: "提出方", value: SIDE_LABEL[a.proposedBy] },
            { label: "期限", value: a.term },
            { label: "涉及专业", value: a.programs.map((p) => p.name).join("、") },
            {
              label: "协议文本",
              value: a.document ? (
                <a href={`/agreements/${a.id}/document`} download>{`${a.document.fileName}（${Math.ceil(a.document.byteSize / 1024)} KB）`}</a>
              ) : (
                "尚未上传"
              ),
            },
            { label: "备注", value: a.notes },
          ]}
        />
      </section>
      {moves.length > 0 ? (
        <section className="card">
          <h2>处理协议</h2>
          <Form method="post" {...getFormProps(moveForm)}>
            {needsReason ? (
              <div className="field">
                <label htmlFor={moveFields.reason.id}>理由（拒绝或终止时必填）</label>
                <textarea {...getTextareaProps(moveFields.reason)} rows={2} maxLength={REASON_MAX} />
                <ErrorList id={moveFields.reason.errorId} errors={moveFields.reason.errors} />
              </div>
            ) : null}
            <ErrorList id={moveForm.errorId} errors={moveForm.errors} />
            <ConfirmActions
              asking={asking}
              actions={moves.map((m) => ({
                name: "intent",
                value: m,
                label: MOVE_LABEL[m],
                tone: TONE[m],
                confirm:
                  m === "confirm"
                    ? undefined
                    : { question: m === "decline" ? "拒绝后该协议不能再确认，确定拒绝吗？" : "终止后协议不再有效，确定终止吗？", button: `确定${MOVE_LABEL[m]}` },
              }))}
            />
          </Form>
        </section>
      ) : null}
      {canAttach ? (
        <section className="card">
          <h2>{a.document ? "更换协议文本" : "上传协议文本"}</h2>
          <Form method="post" encType="multipart/form-data" {...getFormProps(attachForm)}>
            <div className="field">
              <label htmlFor={attachFields.document.id}>签署的协议文本（PDF、PNG 或 JPEG）</label>
              <input {...getInputProps(attachFields.document, { type: "file" })} accept="application/pdf,image/png,image/jpeg" />
              <ErrorList id={attachFields.document.errorId} errors={attachFields.document.errors} />
            </div>
            <ErrorList id={attachForm.errorId} errors={attachForm.errors} />
            <button type="submit" name="intent" value="attach" className="button-secondary">
              上传
            </button>
          </Form>
        </section>
      ) : null}
      <section className="card">
        <h2>协议记录</h2>
        <StatusHistory events={a.history} labels={STATUS_LABEL} opened="提出" />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
