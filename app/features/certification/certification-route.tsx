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
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { MoveSchema, REASON_MAX } from "./certification-schema";
import { assertReadable, moveCertification, openCertification } from "./certifications.server";
import { STATUS_LABEL, stateTone } from "./levels";
import { MOVE_LABEL, type CertificationMove } from "./transitions";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.certification.teacher ?? "双师型教师认定"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await openCertification(user, idParam(params.certificationId)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const certificationId = idParam(params.certificationId);
  await assertReadable(user, certificationId); // 404 for who may not know it, before the body is read
  const submission = await readForm(request, MoveSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const { intent, confirm } = submission.value;
  // Refusing and withdrawing cannot be undone: asked twice (app/components/confirm-actions.tsx).
  if (intent !== "certify" && confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: intent }, { status: 400 });
  }
  const outcome = await moveCertification(user, certificationId, submission.value);
  if (!outcome.moved) {
    const reply = outcome.field ? { fieldErrors: { [outcome.field]: [outcome.message] } } : { formErrors: [outcome.message] };
    return json(submission.reply(reply), { status: 400 });
  }
  return redirect(`/certifications/${certificationId}`);
}

const TONE: Record<CertificationMove, "primary" | "danger"> = { certify: "primary", refuse: "danger", withdraw: "danger" };
const QUESTION: Record<CertificationMove, string> = {
  certify: "",
  refuse: "不予认定后该申请不能再认定，确定吗？",
  withdraw: "撤回后该申请不再办理，确定撤回吗？",
};

export default function CertificationRoute() {
  const { certification: c, teacherLevel, moves, renewal, suggested } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<{ validFrom?: string; validUntil?: string; reason?: string }>({
    id: "certification-move",
    lastResult,
    defaultValue: { validFrom: suggested.validFrom, validUntil: suggested.validUntil },
  });
  const asking = lastResult && "asking" in lastResult ? (lastResult.asking as string) : null;
  const deciding = moves.includes("certify");
  return (
    <>
      <section className="card">
        <p>
          <Link to="/certifications">← 双师型教师认定</Link>
        </p>
        <h1>{`${c.teacher} · ${c.level}双师型教师认定`}</h1>
        <p>
          <StatusBadge tone={stateTone(c.state)}>{c.stateLabel}</StatusBadge>
        </p>
        <FactList
          facts={[
            { label: "学校", value: c.school },
            { label: "申请等级", value: c.level },
            { label: "有效期", value: c.validity },
            { label: "教师现有等级", value: teacherLevel },
            { label: "近5年企业实践（提交时）", value: `${c.practiceDays} 天` },
            { label: "职业资格或技能等级证书", value: c.certificates },
            { label: "企业任职经历", value: c.enterprisePost },
            {
              label: "佐证材料",
              value: c.evidence ? <a href={`/certifications/${c.id}/document`} download>{`${c.evidence.fileName}（${Math.ceil(c.evidence.byteSize / 1024)} KB）`}</a> : null,
            },
            { label: "说明", value: c.note },
            { label: "不予认定理由", value: c.refusalReason },
            { label: "续期自", value: c.renewsId ? <Link to={`/certifications/${c.renewsId}`}>{`认定记录 #${c.renewsId}`}</Link> : null },
            {
              label: "续期申请",
              value: c.renewedBy.length > 0 ? c.renewedBy.map((id) => <Link key={id} to={`/certifications/${id}`}>{`认定记录 #${id} `}</Link>) : null,
            },
            { label: "提交时间", value: c.submittedAt },
          ]}
        />
        {renewal ? (
          renewal.problem ? (
            <p className="muted">{`续期自 ${renewal.opensOn} 起可提交，截至有效期最后一天。`}</p>
          ) : (
            <p>
              <Link to={`/certifications/new?renews=${c.id}`} className="button-secondary">
                提交续期
              </Link>
            </p>
          )
        ) : null}
      </section>
      {moves.length > 0 ? (
        <section className="card">
          <h2>{deciding ? "认定" : "处理申请"}</h2>
          <Form method="post" {...getFormProps(form)}>
            {deciding ? (
              <>
                <div className="field">
                  <label htmlFor={fields.validFrom.id}>有效期起始日</label>
                  <input {...getInputProps(fields.validFrom, { type: "date" })} />
                  <ErrorList id={fields.validFrom.errorId} errors={fields.validFrom.errors} />
                </div>
                <div className="field">
                  <label htmlFor={fields.validUntil.id}>有效期截止日（最后一天仍有效）</label>
                  <input {...getInputProps(fields.validUntil, { type: "date" })} />
                  <ErrorList id={fields.validUntil.errorId} errors={fields.validUntil.errors} />
                </div>
                <div className="field">
                  <label htmlFor={fields.reason.id}>理由（不予认定时必填）</label>
                  <textarea {...getTextareaProps(fields.reason)} rows={2} maxLength={REASON_MAX} />
                  <ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
                </div>
              </>
            ) : null}
            <ErrorList id={form.errorId} errors={form.errors} />
            <ConfirmActions
              asking={asking}
              actions={moves.map((m) => ({
                name: "intent",
                value: m,
                label: MOVE_LABEL[m],
                tone: TONE[m],
                confirm: m === "certify" ? undefined : { question: QUESTION[m], button: `确定${MOVE_LABEL[m]}` },
              }))}
            />
          </Form>
        </section>
      ) : null}
      <section className="card">
        <h2>办理记录</h2>
        <StatusHistory events={c.history} labels={STATUS_LABEL} opened="提交" />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
