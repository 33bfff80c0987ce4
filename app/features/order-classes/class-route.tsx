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
import { actOnClass } from "./membership.server";
import { MEMBER_STATUS_LABEL, MEMBER_STATUS_TONE, ORDER_CLASS_KIND_LABEL } from "./member-status";
import { ClassActionSchema, LIMITS } from "./order-class-schema";
import { orderClassPage } from "./order-classes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.orderClass.name ?? "订单班"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await orderClassPage(user, idParam(params.orderClassId)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const orderClassId = idParam(params.orderClassId);
  await orderClassPage(user, orderClassId); // 404 for a class the user may not know, before reading the body
  const submission = await readForm(request, ClassActionSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), asking: null as string | null }, { status: 400 });
  const value = submission.value;
  // Withdrawing and declining end a request: asked twice (app/lib/confirm.ts).
  if ((value.intent === "withdraw" || value.intent === "decline") && value.confirm !== "yes") {
    const asking = value.intent === "decline" ? `decline-${value.memberId}` : "withdraw";
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking }, { status: 400 });
  }
  const outcome = await actOnClass(user, orderClassId, value);
  if (!outcome.done) return json({ ...submission.reply({ formErrors: [outcome.message] }), asking: null }, { status: 400 });
  return redirect(`/order-classes/${orderClassId}?done=${encodeURIComponent(outcome.message)}`);
}

export default function OrderClassRoute() {
  const { orderClass: c, viewer, mine, members, candidates } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = result ? null : search.get("done");
  const errors = [...new Set(Object.values(result?.error ?? {}).flatMap((e) => e ?? []))];
  const asking = result?.asking ?? null;
  const apprenticeship = c.kind === "MODERN_APPRENTICESHIP";
  return (
    <>
      <section className="card">
        <p>
          <Link to="/order-classes">← 订单班</Link>
        </p>
        <h1>{c.name}</h1>
        <p className="muted">{`${ORDER_CLASS_KIND_LABEL[c.kind]} · ${c.school} × ${c.enterprise}`}</p>
        <div className="grid seats">
          <div>
            <div className="stat">{c.capacity}</div>
            <div className="muted">名额</div>
          </div>
          <div>
            <div className="stat" data-testid="seats-used">{c.enrolled}</div>
            <div className="muted">已入班</div>
          </div>
          <div>
            <div className="stat" data-testid="seats-left">{c.left}</div>
            <div className="muted">剩余名额</div>
          </div>
        </div>
        <FactList
          facts={[
            { label: "专业", value: c.program },
            { label: "年级", value: `${c.cohortYear}级` },
            { label: "合作协议", value: c.agreement },
            { label: "企业师傅", value: c.mentors.join("、") },
            { label: "共建课程学时", value: c.curriculumHours === null ? null : `${c.curriculumHours} 学时` },
            { label: "企业录用承诺", value: c.hiringCommitment },
            { label: "起止日期", value: c.startsOn ? `${c.startsOn} 至 ${c.endsOn ?? "—"}` : null },
          ]}
        />
        {done ? (
          <p className="notice" role="status">
            {done}
          </p>
        ) : null}
        <ErrorList errors={errors} />
      </section>

      {viewer.joins ? (
        <section className="card">
          <h2>我的报名</h2>
          {mine ? (
            <p>
              <StatusBadge tone={MEMBER_STATUS_TONE[mine.status]}>{MEMBER_STATUS_LABEL[mine.status]}</StatusBadge>
              {mine.status === "DECLINED" && mine.declineReason ? <span className="muted">{` 原因：${mine.declineReason}`}</span> : null}
              {mine.mentorName ? <span className="muted">{` 企业师傅：${mine.mentorName}`}</span> : null}
              {apprenticeship && mine.status === "ENROLLED" ? (
                <span className="muted">{mine.apprenticeContract ? " 学徒三方协议已签" : " 学徒三方协议未签"}</span>
              ) : null}
            </p>
          ) : (
            <p className="muted">你还没有报名这个班。</p>
          )}
          {!mine || mine.status === "DECLINED" || mine.status === "WITHDRAWN" ? (
            <Form method="post">
              <button type="submit" name="intent" value="ask" className="button-primary">
                {mine ? "重新报名" : "报名"}
              </button>
            </Form>
          ) : (
            <Form method="post">
              <ConfirmActions
                asking={asking}
                actions={[
                  {
                    name: "intent",
                    value: "withdraw",
                    label: "退出",
                    tone: "danger",
                    confirm: { question: mine.status === "ENROLLED" ? "退出后名额会让给其他同学，确定退出吗？" : "确定撤回报名吗？", button: "确定退出" },
                  },
                ]}
              />
            </Form>
          )}
        </section>
      ) : null}

      {viewer.decides ? (
        <section className="card">
          <h2>安排入班</h2>
          {candidates.length === 0 ? (
            <p className="muted">本专业、本年级的在读学生都已在名单中。</p>
          ) : (
            <Form method="post" className="enrol-form">
              <div className="field">
                <label htmlFor="enrol-student">学生</label>
                <select id="enrol-student" name="studentId" required>
                  <option value="">请选择</option>
                  {candidates.map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" name="intent" value="enrol" className="button-primary">
                入班
              </button>
            </Form>
          )}
        </section>
      ) : null}

      {viewer.editsTerms ? (
        <section className="card">
          <h2>企业师傅与录用承诺</h2>
          <Form method="post">
            <div className="field">
              <label htmlFor="terms-mentors">企业师傅（每行一位）</label>
              <textarea id="terms-mentors" name="mentors" rows={4} defaultValue={c.mentors.join("\n")} />
            </div>
            <div className="field">
              <label htmlFor="terms-commitment">录用承诺</label>
              <textarea id="terms-commitment" name="hiringCommitment" rows={2} maxLength={LIMITS.commitment} defaultValue={c.hiringCommitment ?? ""} />
            </div>
            <button type="submit" name="intent" value="terms">
              保存
            </button>
          </Form>
        </section>
      ) : null}

      {members.length > 0 || viewer.decides ? (
        <section className="card">
          <h2>{`成员（${members.length}）`}</h2>
          <ResponsiveList
            label="成员"
            rows={members}
            rowId={(m) => m.id}
            columns={[
              { header: "学生", kind: "title", cell: (m) => m.name },
              { header: "状态", kind: "status", cell: (m) => <StatusBadge tone={MEMBER_STATUS_TONE[m.status]}>{MEMBER_STATUS_LABEL[m.status]}</StatusBadge> },
              {
                header: "企业师傅",
                kind: "fact",
                cell: (m) => [m.mentorName, apprenticeship && m.status === "ENROLLED" ? (m.apprenticeContract ? "学徒协议已签" : "学徒协议未签") : null].filter(Boolean).join(" · "),
              },
              ...(viewer.personal
                ? [
                    { header: "学号", kind: "minor" as const, cell: (m: (typeof members)[number]) => m.studentNumber ?? "" },
                    { header: "出生日期", kind: "minor" as const, cell: (m: (typeof members)[number]) => m.birthDate ?? "" },
                    { header: "电话", kind: "minor" as const, cell: (m: (typeof members)[number]) => m.phone ?? "" },
                  ]
                : []),
              ...(viewer.decides
                ? [{ header: "操作", kind: "action" as const, cell: (m: (typeof members)[number]) => <MemberActions member={m} mentors={c.mentors} apprenticeship={apprenticeship} asking={asking} /> }]
                : []),
            ]}
          />
        </section>
      ) : null}
    </>
  );
}

function MemberActions({
  member,
  mentors,
  apprenticeship,
  asking,
}: {
  member: { id: number; status: string; mentorName: string | null; apprenticeContract: boolean; declineReason: string | null };
  mentors: string[];
  apprenticeship: boolean;
  asking: string | null;
}) {
  if (member.status === "REQUESTED") {
    return (
      <div className="member-actions">
        <Form method="post">
          <input type="hidden" name="memberId" value={member.id} />
          <button type="submit" name="intent" value="approve" className="button-primary">
            通过
          </button>
        </Form>
        <Form method="post">
          <input type="hidden" name="memberId" value={member.id} />
          <div className="field">
            <label htmlFor={`reason-${member.id}`}>未通过的原因</label>
            <textarea id={`reason-${member.id}`} name="reason" rows={2} maxLength={LIMITS.reason} />
          </div>
          <ConfirmActions
            asking={asking === `decline-${member.id}` ? "decline" : null}
            actions={[
              { name: "intent", value: "decline", label: "不通过", tone: "danger", confirm: { question: "确定不通过这份报名吗？", button: "确定不通过" } },
            ]}
          />
        </Form>
      </div>
    );
  }
  if (member.status === "ENROLLED" && apprenticeship) {
    return (
      <Form method="post" className="member-actions">
        <input type="hidden" name="memberId" value={member.id} />
        <div className="field">
          <label htmlFor={`mentor-${member.id}`}>企业师傅</label>
          <select id={`mentor-${member.id}`} name="mentorName" defaultValue={member.mentorName ?? ""}>
            <option value="">未指定</option>
            {mentors.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" name="apprenticeContract" defaultChecked={member.apprenticeContract} /> 学徒三方协议已签
        </label>
        <button type="submit" name="intent" value="apprentice">
          保存
        </button>
      </Form>
    );
  }
  if (member.status === "DECLINED" && member.declineReason) return <span className="muted">{`原因：${member.declineReason}`}</span>;
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
