import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { readForm } from "~/lib/form.server";
import { LIMITS, MembershipActionSchema } from "./consortium-schema";
import { actOnMembership, joinPage } from "./membership.server";
import { MEMBERSHIP_STATUS_LABEL, MEMBERSHIP_STATUS_TONE } from "./membership-status";
import { can } from "~/features/auth/permissions.server";

export const meta: MetaFunction = () => [{ title: "加入共同体 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ ...(await joinPage(user)), mayAsk: can(user, { action: "consortium.membership", organisationId: user.organisationId }) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // Who may make which move is asked per intent in actOnMembership (403 for anyone else).
  const submission = await readForm(request, MembershipActionSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), asking: null as string | null }, { status: 400 });
  const value = submission.value;
  // Leaving and declining end a membership or a request: asked twice (app/lib/confirm.ts).
  if ((value.intent === "leave" || value.intent === "decline") && value.confirm !== "yes") {
    const asking = value.intent === "decline" ? `decline-${value.memberId}` : "leave";
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking }, { status: 400 });
  }
  const outcome = await actOnMembership(user, value);
  if (!outcome.done) return json({ ...submission.reply({ formErrors: [outcome.message] }), asking: null }, { status: 400 });
  return redirect(`/consortium/join?done=${encodeURIComponent(outcome.message)}`);
}

export default function JoinRoute() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = result ? null : search.get("done");
  const errors = [...new Set(Object.values(result?.error ?? {}).flatMap((e) => e ?? []))];
  const asking = result?.asking ?? null;
  const mine = d.mine;
  return (
    <>
      <section className="card">
        <p>
          <Link to="/consortium">← 产教融合共同体</Link>
        </p>
        <h1>加入共同体</h1>
        <p className="muted">{d.consortium.name}</p>
        {done ? (
          <p className="notice" role="status">
            {done}
          </p>
        ) : null}
        <ErrorList errors={errors} />
        {d.mayAsk ? (
          <>
            <p>
              {`${d.organisation}：`}
              {mine ? (
                <StatusBadge tone={MEMBERSHIP_STATUS_TONE[mine.status]}>{MEMBERSHIP_STATUS_LABEL[mine.status]}</StatusBadge>
              ) : (
                <span className="muted">尚未加入</span>
              )}
              {mine?.status === "APPROVED" && mine.joinedOn ? <span className="muted">{` 加入日期：${mine.joinedOn}`}</span> : null}
              {mine?.status === "DECLINED" && mine.declineReason ? <span className="muted">{` 原因：${mine.declineReason}`}</span> : null}
            </p>
            {!mine || mine.status === "DECLINED" || mine.status === "LEFT" ? (
              <Form method="post">
                <button type="submit" name="intent" value="ask" className="button-primary">
                  {mine ? "重新申请加入" : "申请加入"}
                </button>
              </Form>
            ) : mine.status === "APPROVED" ? (
              <Form method="post">
                <ConfirmActions
                  asking={asking}
                  actions={[
                    { name: "intent", value: "leave", label: "退出共同体", tone: "danger", confirm: { question: "退出后本单位不再是共同体成员，确定退出吗？", button: "确定退出" } },
                  ]}
                />
              </Form>
            ) : (
              <p className="muted">申请已提交，等待教育局审核。</p>
            )}
          </>
        ) : d.decides ? null : (
          <p className="muted">入会由学校管理人员或企业人员为本单位申请。</p>
        )}
      </section>
      {d.decides ? (
        <section className="card">
          <h2>{`待审核的申请（${d.pending.length}）`}</h2>
          <ResponsiveList
            label="待审核的申请"
            rows={d.pending}
            rowId={(m) => m.id}
            columns={[
              { header: "单位", kind: "title", cell: (m) => m.name },
              { header: "类型", kind: "fact", cell: (m) => m.type },
              { header: "申请人", kind: "minor", cell: (m) => m.requestedBy ?? "" },
              { header: "操作", kind: "action", cell: (m) => <Decide memberId={m.id} asking={asking} /> },
            ]}
          />
          {d.pending.length === 0 ? <p className="muted">没有待审核的申请。</p> : null}
        </section>
      ) : null}
    </>
  );
}

function Decide({ memberId, asking }: { memberId: number; asking: string | null }) {
  return (
    <div className="member-actions">
      <Form method="post">
        <input type="hidden" name="memberId" value={memberId} />
        <button type="submit" name="intent" value="approve" className="button-primary">
          通过
        </button>
      </Form>
      <Form method="post">
        <input type="hidden" name="memberId" value={memberId} />
        <div className="field">
          <label htmlFor={`reason-${memberId}`}>未通过的原因</label>
          <textarea id={`reason-${memberId}`} name="reason" rows={2} maxLength={LIMITS.reason} />
        </div>
        <ConfirmActions
          asking={asking === `decline-${memberId}` ? "decline" : null}
          actions={[{ name: "intent", value: "decline", label: "不通过", tone: "danger", confirm: { question: "确定不通过这份申请吗？", button: "确定不通过" } }]}
        />
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
