import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
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
import { PLACEMENT_FIELD_LABEL } from "./field-labels";
import { activatePlacement, decideRequest, endPlacement, requestChange, type Outcome } from "./placement-lifecycle.server";
import { placementPage } from "./placement-pages.server";
import { PlacementActionSchema } from "./placement-schema";
import { PLACEMENT_STATUS_LABEL, PLACEMENT_STATUS_TONE, REQUEST_DECISION_LABEL, REQUEST_KIND_LABEL } from "./placement-status";

export const meta: MetaFunction = () => [{ title: "岗位实习详情 · 青城产教通" }];

const NOTICES: Record<string, string> = {
  saved: "已保存。",
  activated: "每项规定都已满足，岗位实习已启用。",
  completed: "岗位实习已结束。",
  terminated: "岗位实习已终止。",
  requested: "申请已提交，等待学校处理。",
  decided: "已处理学生的申请。",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await placementPage(user, idParam(params.placementId)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const placementId = idParam(params.placementId);
  await placementPage(user, placementId); // 404 for a placement the user may not know, before the body is read
  const submission = await readForm(request, PlacementActionSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), refusals: [] as Refusal[], asking: null }, { status: 400 });
  const v = submission.value;
  if ((v.intent === "complete" || v.intent === "terminate" || v.intent === "decide") && v.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), refusals: [] as Refusal[], asking: v.intent === "decide" ? `decide-${v.requestId}-${v.decision}` : v.intent }, { status: 400 });
  }
  let outcome: Outcome;
  let notice: string;
  switch (v.intent) {
    case "activate":
      outcome = await activatePlacement(user, placementId);
      notice = "activated";
      break;
    case "complete":
      outcome = await endPlacement(user, placementId, "COMPLETED", v.reason);
      notice = "completed";
      break;
    case "terminate":
      outcome = await endPlacement(user, placementId, "TERMINATED", v.reason);
      notice = "terminated";
      break;
    case "request":
      outcome = await requestChange(user, placementId, v.kind, v.reason);
      notice = "requested";
      break;
    case "decide":
      outcome = await decideRequest(user, placementId, v.requestId, v.decision, v.note);
      notice = "decided";
      break;
  }
  if (!outcome.ok) {
    const refusals: Refusal[] = Object.entries(outcome.fieldErrors).flatMap(([field, messages]) => messages.map((text) => ({ field, text })));
    const formErrors = refusals.length > 0 ? [] : outcome.formErrors ?? [];
    // Errors on the move's own fields (reason, note) stay on them; the rule refusals are listed with their fields.
    const own = ["reason", "note", "requestId"];
    return json(
      {
        ...submission.reply({ formErrors, fieldErrors: Object.fromEntries(Object.entries(outcome.fieldErrors).filter(([f]) => own.includes(f))) }),
        refusals: refusals.filter((r) => !own.includes(r.field)),
        asking: null,
      },
      { status: 400 },
    );
  }
  return redirect(`/placements/${placementId}?notice=${notice}`);
}

type Refusal = { field: string; text: string };

export default function PlacementRoute() {
  const { placement: p, documents, history, requests, rules, may } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = NOTICES[params.get("notice") ?? ""];
  const errors = [...(result?.error?.[""] ?? [])];
  const fieldError = (name: string) => result?.error?.[name] ?? undefined;
  return (
    <section className="card placement">
      <h1>
        {`${p.student} · ${p.enterprise}`} <StatusBadge tone={PLACEMENT_STATUS_TONE[p.status]}>{PLACEMENT_STATUS_LABEL[p.status]}</StatusBadge>
      </h1>
      {notice ? <p className="notice" role="status">{notice}</p> : null}
      <FactList
        facts={[
          { label: "学校", value: p.school },
          { label: "学生", value: `${p.student}（${p.cohortYear}级）` },
          { label: "实习岗位", value: [p.post, p.postCategory].filter(Boolean).join(" · ") },
          { label: "实习时间", value: p.dates },
          { label: "延长理由", value: p.extensionReason },
          { label: "学校指导教师", value: p.supervisor },
          { label: "企业指导教师", value: p.mentor },
          { label: "实习时长", value: p.hours },
          { label: "实习报酬", value: p.pay },
          { label: "实习责任保险", value: p.insurance },
          { label: "结束/终止理由", value: p.endReason },
        ]}
      />

      {result?.refusals?.length ? (
        <div className="placement-refusals" role="alert">
          <h2>不能启用：以下规定未满足</h2>
          <ul>
            {result.refusals.map((r) => (
              <li key={`${r.field}-${r.text}`}>
                {r.text}
                <span className="muted">（请修改：{PLACEMENT_FIELD_LABEL[r.field] ?? r.field}）</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ErrorList errors={errors} />

      {rules ? (
        <>
          <h2>启用前检查（教职成〔2021〕4号）</h2>
          <ul className="rule-checks">
            {rules.map((r) => (
              <li key={r.id} data-holds={r.holds ? "yes" : "no"}>
                <span aria-hidden="true">{r.holds ? "✓" : "✗"}</span> {r.holds ? `${r.article || "同期无其他进行中的岗位实习"}：已满足` : r.text}
                {r.holds ? null : <span className="muted">（{PLACEMENT_FIELD_LABEL[r.field] ?? r.field}）</span>}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {may.edit || may.activate || may.complete || may.terminate ? (
        <Form method="post" className="placement-actions">
          {may.edit ? (
            <p>
              <Link to={`/placements/${p.id}/edit`}>修改实习信息与材料</Link>
            </p>
          ) : null}
          {may.complete || may.terminate ? (
            <div className="field">
              <label htmlFor="end-reason">理由（终止必填；提前结束必填）</label>
              <textarea id="end-reason" name="reason" rows={2} />
              <ErrorList errors={fieldError("reason")} />
            </div>
          ) : null}
          <ConfirmActions
            asking={result?.asking ?? null}
            actions={[
              ...(may.activate ? [{ name: "intent", value: "activate", label: "启用", tone: "primary" as const }] : []),
              ...(may.complete
                ? [{ name: "intent", value: "complete", label: "结束实习", tone: "secondary" as const, confirm: { question: "确认结束该岗位实习？", button: "确认结束" } }]
                : []),
              ...(may.terminate
                ? [
                    {
                      name: "intent",
                      value: "terminate",
                      label: p.status === "PLANNED" ? "取消实习" : "终止实习",
                      tone: "danger" as const,
                      confirm: { question: "终止后不能恢复，确认？", button: "确认终止" },
                    },
                  ]
                : []),
            ]}
          />
        </Form>
      ) : null}

      {may.request ? (
        <Form method="post" className="placement-request">
          <h2>申请终止或调换</h2>
          <input type="hidden" name="intent" value="request" />
          <div className="field">
            <label htmlFor="request-kind">申请类型</label>
            <select id="request-kind" name="kind" defaultValue="END">
              <option value="END">{REQUEST_KIND_LABEL.END}</option>
              <option value="TRANSFER">{REQUEST_KIND_LABEL.TRANSFER}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="request-reason">理由</label>
            <textarea id="request-reason" name="reason" rows={3} required />
            <ErrorList errors={fieldError("reason")} />
          </div>
          <button type="submit">提交申请</button>
        </Form>
      ) : null}

      {requests.length > 0 ? (
        <>
          <h2>学生申请</h2>
          <ul className="placement-requests">
            {requests.map((r) => (
              <li key={r.id}>
                <p>
                  {REQUEST_KIND_LABEL[r.kind]} · {r.when} · {REQUEST_DECISION_LABEL[r.decision]}
                </p>
                <p>理由：{r.reason}</p>
                {r.note ? <p>学校说明：{r.note}</p> : null}
                {may.decide && r.decision === "PENDING" && (p.status === "PLANNED" || p.status === "ACTIVE") ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="decide" />
                    <input type="hidden" name="requestId" value={r.id} />
                    <div className="field">
                      <label htmlFor={`note-${r.id}`}>说明（不同意时必填）</label>
                      <textarea id={`note-${r.id}`} name="note" rows={2} />
                      <ErrorList errors={fieldError("note")} />
                    </div>
                    <ConfirmActions
                      asking={result?.asking?.startsWith(`decide-${r.id}-`) ? result.asking.split("-")[2]! : null}
                      actions={[
                        { name: "decision", value: "APPROVED", label: "同意", tone: "primary", confirm: { question: "同意后该实习将终止，确认？", button: "确认同意" } },
                        { name: "decision", value: "DECLINED", label: "不同意", tone: "secondary", confirm: { question: "确认不同意该申请？", button: "确认" } },
                      ]}
                    />
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>材料</h2>
      <ul>
        {documents.map((d) => (
          <li key={d.kind}>
            {d.label}：{d.fileName ? <a href={`/placements/${p.id}/documents/${d.kind}`}>{d.fileName}</a> : <span className="muted">未上传</span>}
          </li>
        ))}
      </ul>

      <h2>记录</h2>
      <StatusHistory events={history} labels={PLACEMENT_STATUS_LABEL} opened="登记" />
      <p>
        <Link to="/placements">返回岗位实习列表</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
