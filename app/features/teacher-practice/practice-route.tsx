import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { ErrorList } from "~/components/forms";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { HOST_GRADES, PRACTICE_FORM_LABEL, PRACTICE_STATUS_TONE } from "./labels";
import { actOnPractice } from "./practice-moves.server";
import { practiceDetail } from "./practice.server";
import { LIMITS, PracticeActionSchema } from "./schemas";

export const meta: MetaFunction = () => [{ title: "教师企业实践 · 青城产教通" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await practiceDetail(user, idParam(params.practiceId)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const practiceId = idParam(params.practiceId);
  await practiceDetail(user, practiceId); // 404 for a practice the user may not know, before reading the body
  const submission = await readForm(request, PracticeActionSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), asking: null as string | null }, { status: 400 });
  const value = submission.value;
  // Declining, cancelling and completing cannot be undone: asked twice (app/lib/confirm.ts).
  if ((value.intent === "decline" || value.intent === "cancel" || value.intent === "complete") && value.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: value.intent as string }, { status: 400 });
  }
  const outcome = await actOnPractice(user, practiceId, value);
  if (!outcome.done) return json({ ...submission.reply({ formErrors: [outcome.message] }), asking: null }, { status: 400 });
  return redirect(`/teacher-practice/${practiceId}?done=${encodeURIComponent(outcome.message)}`);
}

export default function PracticeRoute() {
  const { practice: p, moves, canLog, canConfirm, canSeeLedger, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = result ? null : search.get("done");
  const errors = [...new Set(Object.values(result?.error ?? {}).flatMap((e) => e ?? []))];
  const asking = result?.asking ?? null;
  const confirmed = p.days.filter((d) => d.confirmed).length;
  return (
    <>
      <section className="card">
        <p>
          <Link to="/teacher-practice">← 教师企业实践</Link>
        </p>
        <h1>{`${p.teacher} · ${p.base?.name ?? p.host}`}</h1>
        <p>
          <StatusBadge tone={PRACTICE_STATUS_TONE[p.status]}>
            <span data-testid="practice-status">{p.statusLabel}</span>
          </StatusBadge>
        </p>
        <FactList
          facts={[
            { label: "学校", value: p.school },
            { label: "接收企业", value: p.host },
            { label: "培训基地", value: p.base ? <Link to={`/training-bases/${p.base.id}`}>{p.base.name}</Link> : null },
            { label: "实践形式", value: PRACTICE_FORM_LABEL[p.form] },
            { label: "实践期", value: `${p.startsOn} 至 ${p.endsOn}` },
            { label: "已确认实践日", value: <span data-testid="confirmed-days">{`${confirmed} 天`}</span> },
            { label: "未接收原因", value: p.declineReason },
            { label: "企业考核等级", value: p.hostGrade },
            { label: "企业考核意见", value: p.hostAssessment },
            { label: "教师台账", value: canSeeLedger ? <Link to={`/teachers/${p.teacherId}/ledger`}>查看台账</Link> : null },
          ]}
        />
        {done ? (
          <p className="notice" role="status">
            {done}
          </p>
        ) : null}
        <ErrorList errors={errors} />
      </section>

      {moves.includes("accept") || moves.includes("decline") ? (
        <section className="card">
          <h2>答复实践申请</h2>
          <Form method="post">
            <button type="submit" name="intent" value="accept" className="button-primary">
              接收
            </button>
          </Form>
          <Form method="post">
            <div className="field">
              <label htmlFor="decline-reason">未接收的原因</label>
              <textarea id="decline-reason" name="reason" rows={2} maxLength={LIMITS.reason} />
            </div>
            <ConfirmActions
              asking={asking}
              actions={[{ name: "intent", value: "decline", label: "不接收", tone: "danger", confirm: { question: "确定不接收这次实践？", button: "确定不接收" } }]}
            />
          </Form>
        </section>
      ) : null}

      {moves.includes("cancel") ? (
        <section className="card">
          <Form method="post">
            <ConfirmActions
              asking={asking}
              actions={[{ name: "intent", value: "cancel", label: "取消这次实践", tone: "danger", confirm: { question: "实践尚未开始。确定取消？", button: "确定取消" } }]}
            />
          </Form>
        </section>
      ) : null}

      {p.status === "ACCEPTED" || p.status === "COMPLETED" ? (
        <section className="card">
          <h2>实践日</h2>
          {canLog ? (
            <Form method="post" className="practice-log">
              <div className="field">
                <label htmlFor="log-day">日期</label>
                <input id="log-day" name="day" type="date" min={p.startsOn} max={p.endsOn < today ? p.endsOn : today} defaultValue={p.endsOn < today ? p.endsOn : today} />
              </div>
              <div className="field">
                <label htmlFor="log-note">当日内容（可选）</label>
                <input id="log-note" name="note" type="text" maxLength={LIMITS.note} />
              </div>
              <button type="submit" name="intent" value="log" className="button-primary">
                登记实践日
              </button>
            </Form>
          ) : null}
          <ResponsiveList
            label="实践日"
            rows={p.days}
            rowId={(d) => d.id}
            columns={[
              { header: "日期", kind: "title", cell: (d) => d.day },
              { header: "确认", kind: "status", cell: (d) => <StatusBadge tone={d.confirmed ? "good" : "muted"}>{d.confirmed ? "企业已确认" : "待确认"}</StatusBadge> },
              { header: "内容", kind: "fact", cell: (d) => d.note ?? "" },
              ...(canConfirm
                ? [
                    {
                      header: "操作",
                      kind: "action" as const,
                      cell: (d: (typeof p.days)[number]) =>
                        d.confirmed ? null : (
                          <Form method="post">
                            <input type="hidden" name="dayId" value={d.id} />
                            <button type="submit" name="intent" value="confirmDay" className="button-secondary">
                              确认
                            </button>
                          </Form>
                        ),
                    },
                  ]
                : []),
            ]}
          />
          {p.days.length === 0 ? <p className="muted">还没有登记实践日。</p> : null}
          {canConfirm ? (
            <Form method="post">
              <button type="submit" name="intent" value="confirmAll" className="button-primary">
                全部确认
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {moves.includes("complete") ? (
        <section className="card">
          <h2>企业考核</h2>
          <Form method="post">
            <div className="field">
              <label htmlFor="assessment">考核意见</label>
              <textarea id="assessment" name="assessment" rows={3} maxLength={LIMITS.assessment} />
            </div>
            <div className="field">
              <label htmlFor="grade">考核等级</label>
              <select id="grade" name="grade" defaultValue="">
                <option value="">请选择</option>
                {HOST_GRADES.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </div>
            <ConfirmActions
              asking={asking}
              actions={[{ name: "intent", value: "complete", label: "完成考核", tone: "primary", confirm: { question: "考核提交后实践即告完成，不能修改。确定提交？", button: "确定提交" } }]}
            />
          </Form>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
